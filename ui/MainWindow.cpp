#include "MainWindow.h"

#include "ExportDialog.h"
#include "ExportProgress.h"
#include "NewOrderDialog.h"
#include "merchant/OrderCreator.h"
#include "providerhub/ProviderHub.h"

#include "AboutDialog.h"
#include "ActivityPage.h"
#include "BlocklistDialog.h"
#include "DashboardPage.h"
#include "LimitsDialog.h"
#include "OrderBookDialog.h"
#include "OrderDialog.h"
#include "OrderTableModel.h"
#include "OrdersPage.h"
#include "PageSlot.h"
#include "PayoutQueuePage.h"
#include "ProvidersPage.h"
#include "ReconciliationPage.h"
#include "SettingsDialog.h"
#include "StaffDialog.h"
#include "TrayBadge.h"
#include "contract/CurrencyRegistry.h"
#include "domain/StaffMember.h"
#include "import/OrderImportJob.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "services/OrderLookup.h"
#include "workspace/BookNotifications.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>

namespace pd {

MainWindow::MainWindow(Workspace &workspace, const CurrencyRegistry &currencies, ProviderHub &providers,
    PayoutEngine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_currencies(currencies)
    , m_hub(providers)
    , m_registry(providers.registry())
    , m_lookup(std::make_unique<OrderLookup>(workspace.bookThread(), workspace.member().login))
    , m_tabs(new QTabWidget(this))
    , m_orders(new OrdersPage(workspace, currencies, this))
    , m_queueSlot(new PageSlot(
          [this, &workspace, &providers, &engine, &currencies](QWidget *parent) {
              auto *queue = new PayoutQueuePage(workspace, providers, engine, currencies, parent);
              wireQueue(queue, engine);
              return queue;
          },
          this))
    , m_providers(new PageSlot(
          [&workspace, &providers](QWidget *parent) {
              auto *page = new ProvidersPage(providers, workspace, parent);
              page->setEditable(StaffRoles::mayAdminister(workspace.member().role));
              return page;
          },
          this))
    , m_activity(new PageSlot([&workspace](QWidget *parent) { return new ActivityPage(workspace, parent); }, this))
    , m_dashboard(new PageSlot(
          [this, &workspace, &providers, &engine](QWidget *parent) {
              auto *page = new DashboardPage(workspace, providers, parent);
              // The dashboard follows the book: every payout recorded, and every change the
              // order book shows (an IPN, an import, a status set by hand) recounts its orders.
              connect(&engine, &PayoutEngine::attemptRecorded, page, &DashboardPage::payoutRecorded);
              connect(m_orders, &OrdersPage::summaryChanged, page, &DashboardPage::bookChanged);
              return page;
          },
          this))
    , m_reconciliation(new PageSlot(
          [&workspace, &providers, &engine, &currencies](
              QWidget *parent) { return new ReconciliationPage(workspace, providers, engine, currencies, parent); },
          this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_summary->setObjectName(QStringLiteral("summary"));
    // The book's name, not its folder (that is in the status bar): the demo is called so, and a
    // team's book by its database.
    m_relabel([this] {
        const QString name = QDir(m_workspace.dir()) == QDir(Workspace::demoDir()) ? tr("demo workspace")
            : !m_workspace.database().url().isEmpty()
            ? tr("team book %1").arg(m_workspace.database().url().path().mid(1))
            : QDir(m_workspace.dir()).dirName();
        setWindowTitle(tr("PayoutDesk — %1").arg(name));
    });
    setWindowIcon(QIcon(QStringLiteral(":/payoutdesk/icons/payoutdesk.png")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_orders, QString());
    m_tabs->addTab(m_queueSlot, QString());
    m_tabs->addTab(m_providers, QString());
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(m_reconciliation, QString());
    m_tabs->addTab(m_activity, QString());
    m_relabel([this] {
        m_tabs->setTabText(m_tabs->indexOf(m_reconciliation), tr("Reconciliation"));
        m_tabs->setTabText(m_tabs->indexOf(m_orders), tr("Orders"));
        m_tabs->setTabText(m_tabs->indexOf(m_providers), tr("Providers"));
        m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
        m_tabs->setTabText(m_tabs->indexOf(m_activity), tr("Activity"));
    });
    // Team mode: another desk's orders and payouts show here within a moment (PostgreSQL
    // NOTIFY); the pages re-read what they show, never the whole book.
    auto *elsewhere = new BookNotifications(workspace.database(), this);
    connect(elsewhere, &BookNotifications::changedElsewhere, this, [this](const QSet<QString> &, bool) {
        m_orders->refresh();
        refreshQueue();
    });
    setCentralWidget(m_tabs);
    statusBar()->addWidget(m_summary, 1);
    auto *where = new QLabel(this);
    statusBar()->addPermanentWidget(where);
    // Who is signed in, as what: staff at a shared book see at a glance what they may do.
    auto *who = new QLabel(this);
    who->setObjectName(QStringLiteral("signedIn"));
    statusBar()->addPermanentWidget(who);
    m_relabel([this, where, who] {
        where->setText(tr("Workspace: %1").arg(m_workspace.dir()));
        const StaffMember &me = m_workspace.member();
        who->setText(
            tr("Signed in as %1 (%2)").arg(me.name.isEmpty() ? me.login : me.name, StaffRoles::title(me.role)));
    });
    // The status bar's summary is the page's on screen: the orders' count on Orders, the queue's
    // on the payout queue, none elsewhere.
    connect(m_orders, &OrdersPage::summaryChanged, this, [this](const QString &summary) {
        m_ordersSummary = summary;
        showSummary();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showSummary);
    connect(m_orders, &OrdersPage::orderActivated, this, &MainWindow::openOrder);
    createActions();
    createTray(engine);
    m_relabel([this] { showWaiting(m_waiting); });

    QSettings settings;
    // A fresh window: as large as is comfortable, never larger than the screen it opens on
    // (1280×720 included, with the status bar in view). A remembered one is kept on screen too.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(qMin(1360, room.width()), qMin(820, room.height() - 40));
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())
        && (width() > room.width() || height() > room.height()))
        resize(qMin(width(), room.width()), qMin(height(), room.height() - 40));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_orders->restoreLayout(settings.value(QStringLiteral("orders/columns")).toByteArray());
    // The queue in a turn of its own, so that the window's first turn stays short.
    QTimer::singleShot(0, this, [this] { queuePage(); });
}

MainWindow::~MainWindow() = default;

PayoutQueuePage *MainWindow::queuePage() const
{
    return static_cast<PayoutQueuePage *>(m_queueSlot->page());
}

// The queue, once built: what it tells the window and what the window tells it.
void MainWindow::wireQueue(PayoutQueuePage *queue, PayoutEngine &engine)
{
    m_queue = queue;
    connect(queue, &PayoutQueuePage::changed, m_orders, &OrdersPage::refresh);
    connect(&engine, &PayoutEngine::attemptRecorded, queue, &PayoutQueuePage::refresh);
    connect(queue, &PayoutQueuePage::openOrder, this, &MainWindow::openOrder);
    connect(queue, &PayoutQueuePage::waitingChanged, this, &MainWindow::showWaiting);
    connect(queue, &PayoutQueuePage::summaryChanged, this, &MainWindow::showSummary);
    queue->setMayOperate(StaffRoles::mayOperate(m_workspace.member().role));
    // Its actions on its selected rows, with their shortcuts, in the Order menu: from any tab
    // the queue is brought to the front, so staff see what they act on.
    for (QAction *a : queue->orderActions()) {
        m_orderMenu->addAction(a);
        connect(a, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_queueSlot); });
    }
}

void MainWindow::showSummary()
{
    if (m_tabs->currentWidget() == m_orders)
        m_summary->setText(m_ordersSummary);
    else if (m_tabs->currentWidget() == m_queueSlot && m_queue)
        m_summary->setText(m_queue->summary());
    else
        m_summary->clear();
}

void MainWindow::refreshQueue()
{
    if (m_queue)
        m_queue->refresh(); // else it reads the book when it is built
}

ProvidersPage *MainWindow::providersPage() const
{
    return static_cast<ProvidersPage *>(m_providers->page());
}

ActivityPage *MainWindow::activityPage() const
{
    return static_cast<ActivityPage *>(m_activity->page());
}

DashboardPage *MainWindow::dashboardPage() const
{
    return static_cast<DashboardPage *>(m_dashboard->page());
}

ReconciliationPage *MainWindow::reconciliationPage() const
{
    return static_cast<ReconciliationPage *>(m_reconciliation->page());
}

void MainWindow::reconciliationFound(const QString &provider, int open)
{
    const QString said
        = tr("Reconciliation with %1: %n mismatch(es) open, waiting for a person.", nullptr, open).arg(provider);
    statusBar()->showMessage(said, 30000);
    if (m_tray)
        m_tray->showMessage(tr("Reconciliation mismatch"), said, QSystemTrayIcon::Warning);
    if (m_reconciliation->built())
        reconciliationPage()->refresh();
    if (m_activity->built())
        activityPage()->refresh();
}

int MainWindow::tabIndex(QWidget *page) const
{
    for (QWidget *tab = page; tab; tab = tab->parentWidget()) {
        if (const int index = m_tabs->indexOf(tab); index >= 0)
            return index;
    }
    return -1;
}

void MainWindow::showPage(QWidget *page)
{
    m_tabs->setCurrentIndex(tabIndex(page));
}

void MainWindow::newOrder()
{
    if (!m_creator)
        m_creator = std::make_unique<OrderCreator>(m_workspace.database(), m_hub.secrets(), *m_hub.network());
    NewOrderDialog dialog(*m_creator, m_workspace.database().login(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return;
    m_orders->refresh();
    statusBar()->showMessage(tr("Order UID %1 created on the exchange site.").arg(dialog.created()->uid), 10000);
    openOrder(dialog.created()->id);
}

// Every menu and action is labelled through m_relabel, so that a language switch re-labels
// them where they are.
QMenu *MainWindow::menu(const char *title, QMenu *parent)
{
    QMenu *m = parent ? parent->addMenu(QString()) : menuBar()->addMenu(QString());
    m_relabel([m, title] { m->setTitle(tr(title)); });
    return m;
}

QAction *MainWindow::labelled(QAction *action, const char *text)
{
    m_relabel([action, text] { action->setText(tr(text)); });
    return action;
}

void MainWindow::createActions()
{
    auto *file = menu(QT_TR_NOOP("&File"));
    auto *newOrder
        = labelled(file->addAction(style()->standardIcon(QStyle::SP_FileIcon), QString(), this, &MainWindow::newOrder),
            QT_TR_NOOP("&New order on the exchange site…"));
    newOrder->setShortcut(QKeySequence::New);
    auto *import = labelled(file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this,
                                &MainWindow::chooseImportFile),
        QT_TR_NOOP("&Import orders…"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    labelled(
        file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this, &MainWindow::exportCsv),
        QT_TR_NOOP("&Export to CSV…"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    labelled(
        file->addAction(QString(), this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_workspace.dir())); }),
        QT_TR_NOOP("Open workspace &folder"));
    file->addSeparator();
    labelled(file->addAction(QString(), this,
                 [this] {
                     OrderBookDialog dialog(m_workspace, this);
                     dialog.exec();
                 }),
        QT_TR_NOOP("Order &book (team mode)…"));
    labelled(file->addAction(QString(), this, &QWidget::close), QT_TR_NOOP("&Quit"))->setShortcut(QKeySequence::Quit);

    auto *edit = menu(QT_TR_NOOP("&Edit"));
    labelled(edit->addAction(QString(), m_orders, &OrdersPage::focusSearch), QT_TR_NOOP("&Find order…"))
        ->setShortcut(QKeySequence::Find);
    labelled(edit->addAction(QString(), m_orders, &OrdersPage::clearFilters), QT_TR_NOOP("&Clear filters"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    edit->addSeparator();
    labelled(edit->addAction(QString(), this,
                 [this] {
                     if (!m_orders->currentOrderId().isEmpty())
                         QApplication::clipboard()->setText(m_orders->currentOrderId());
                 }),
        QT_TR_NOOP("Copy order &id"));
    // Ctrl+C and Ctrl+Shift+C belong to the table with the focus: the cell, the row (TableKeys).
    edit->addSeparator();
    // What the signed-in staff member's role cannot do is not offered (the book refuses it
    // anyway: on PostgreSQL the grants are the lock, not these menus).
    const StaffRole role = m_workspace.member().role;
    const bool operates = StaffRoles::mayOperate(role), administers = StaffRoles::mayAdminister(role);
    newOrder->setVisible(operates);
    import->setVisible(operates);
    labelled(edit->addAction(QString(), this,
                 [this] {
                     LimitsDialog dialog(m_workspace, m_registry, this);
                     dialog.exec();
                 }),
        QT_TR_NOOP("Payout &limits…"))
        ->setVisible(administers);
    labelled(edit->addAction(QString(), this,
                 [this, administers] {
                     BlocklistDialog dialog(m_workspace, this);
                     dialog.setMayUnblock(administers);
                     connect(&dialog, &BlocklistDialog::changed, this, &MainWindow::refreshQueue);
                     dialog.exec();
                 }),
        QT_TR_NOOP("&Blocked recipients…"))
        ->setVisible(operates);
    // Staff and roles belong to a team's book; on one desk the OS user is the admin.
    m_staffAction = labelled(edit->addAction(QString(), this,
                                 [this] {
                                     StaffDialog dialog(m_workspace, this);
                                     dialog.exec();
                                 }),
        QT_TR_NOOP("S&taff…"));
    m_staffAction->setVisible(administers && m_workspace.database().dialect().kind() == SqlDialect::Kind::PostgreSQL);
    auto *settings = labelled(edit->addAction(QString(), this, &MainWindow::openSettings), QT_TR_NOOP("&Settings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    auto *view = menu(QT_TR_NOOP("&View"));
    auto *refresh = labelled(
        view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), m_orders, &OrdersPage::refresh),
        QT_TR_NOOP("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    labelled(view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_orders); }), QT_TR_NOOP("&Orders"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    labelled(view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_queueSlot); }),
        QT_TR_NOOP("Payout &queue"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    labelled(
        view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_providers); }), QT_TR_NOOP("&Providers"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    labelled(
        view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_dashboard); }), QT_TR_NOOP("&Dashboard"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    labelled(view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_reconciliation); }),
        QT_TR_NOOP("&Reconciliation"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    labelled(
        view->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_activity); }), QT_TR_NOOP("&Activity"))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    view->addSeparator();
    auto *columns = menu(QT_TR_NOOP("&Columns"), view);
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c) {
        auto *toggle = columns->addAction(QString());
        m_relabel([this, toggle, c] { toggle->setText(m_orders->model()->headerData(c, Qt::Horizontal).toString()); });
        toggle->setCheckable(true);
        connect(columns, &QMenu::aboutToShow, toggle,
            [this, toggle, c] { toggle->setChecked(!m_orders->table()->isColumnHidden(c)); });
        connect(toggle, &QAction::toggled, this, [this, c](bool on) { m_orders->table()->setColumnHidden(c, !on); });
    }

    auto *orderMenu = menu(QT_TR_NOOP("&Order"));
    labelled(orderMenu->addAction(QString(), this,
                 [this] {
                     if (!m_orders->currentOrderId().isEmpty())
                         openOrder(m_orders->currentOrderId());
                 }),
        QT_TR_NOOP("&Open order"))
        ->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    // The payout queue's actions follow when the queue is built (wireQueue).
    orderMenu->addSeparator();
    m_orderMenu = orderMenu;

    auto *help = menu(QT_TR_NOOP("&Help"));
    labelled(help->addAction(QString(), this, &MainWindow::showShortcuts), QT_TR_NOOP("&Keyboard shortcuts"))
        ->setShortcut(QKeySequence::HelpContents);
    labelled(help->addAction(QString(), this, &MainWindow::about), QT_TR_NOOP("&About PayoutDesk"))
        ->setMenuRole(QAction::AboutRole);
    labelled(help->addAction(QString(), qApp, &QApplication::aboutQt), QT_TR_NOOP("About &Qt"))
        ->setMenuRole(QAction::AboutQtRole);

    auto *toolbar = addToolBar(QString());
    m_relabel([toolbar] { toolbar->setWindowTitle(tr("Main")); });
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(refresh);
    toolbar->addAction(import);
}

// A tray icon with the count of payouts waiting on it, and a notice when a payout fails or
// needs a person. The icon is kept current even where no tray is shown (Xvfb, some
// desktops), so that it is right the moment a tray appears.
void MainWindow::createTray(PayoutEngine &engine)
{
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    showWaiting(m_waiting);
    connect(&engine, &PayoutEngine::attemptRecorded, this, [this](const QString &id, PayoutAttempt::State state) {
        if (state != PayoutAttempt::State::Failed && state != PayoutAttempt::State::NeedsAttention
            && state != PayoutAttempt::State::Unknown)
            return;
        // Staff know an order by its number on the site; the long id only when it cannot be read.
        auto *reply = m_lookup->details(id, this);
        connect(reply, &BookReply::finished, this, [this, reply, id, state] {
            reply->deleteLater();
            const auto &order = reply->value().order;
            const QString orderId = order ? QString::number(order->uid) : id;
            if (state == PayoutAttempt::State::Failed)
                m_tray->showMessage(tr("Payout failed"),
                    tr("The payout of order %1 failed; it is back in the queue as a payout error.").arg(orderId),
                    QSystemTrayIcon::Warning);
            else
                m_tray->showMessage(tr("Payout needs attention"),
                    tr("The outcome of the payout of order %1 is not known yet.").arg(orderId),
                    QSystemTrayIcon::Warning);
        });
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_tabs->setCurrentWidget(m_queueSlot);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

// The count of payouts waiting: on the tray icon, in its tooltip and on the queue's tab.
void MainWindow::showWaiting(int count)
{
    m_waiting = count;
    m_tray->setIcon(TrayBadge::withCount(windowIcon(), count));
    m_tray->setToolTip(
        count > 0 ? tr("PayoutDesk: %n payout(s) waiting", nullptr, count) : tr("PayoutDesk: no payout waiting"));
    m_tabs->setTabText(m_tabs->indexOf(m_queueSlot),
        count > 0 ? tr("Payout queue (%1)").arg(QLocale().toString(count)) : tr("Payout queue"));
}

OrderDialog *MainWindow::openOrder(const QString &orderId)
{
    for (auto *existing : findChildren<OrderDialog *>()) {
        if (existing->orderId() == orderId && existing->isVisible()) { // a closed one is on its way out
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    auto *dialog = new OrderDialog(m_workspace, orderId, this);
    dialog->setRole(m_workspace.member().role);
    connect(dialog, &OrderDialog::changed, this, &MainWindow::refreshQueue);
    connect(dialog, &OrderDialog::changed, m_orders, &OrdersPage::refresh);
    dialog->show();
    return dialog;
}

SettingsDialog *MainWindow::openSettings()
{
    if (auto *existing = findChild<SettingsDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto *dialog = new SettingsDialog(m_workspace, m_hub.secrets(), m_registry, m_currencies, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBookWideEditable(StaffRoles::mayAdminister(m_workspace.member().role));
    // The queue shows each currency's default provider; the activity page the changes.
    connect(dialog, &QDialog::accepted, this, &MainWindow::refreshQueue);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_activity->built())
            activityPage()->refresh();
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import orders"), QString(), tr("Orders (*.json *.jsonl *.csv);;All files (*)"));
    if (!path.isEmpty())
        importOrders(path);
}

void MainWindow::exportCsv()
{
    ExportDialog dialog(m_orders->filter(), m_orders->sort(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *progress = new ExportProgress(m_workspace.database(), dialog.options(), dialog.path(), this);
    connect(progress, &ExportProgress::exported, this, [this](qint64 rows, const QString &path) {
        statusBar()->showMessage(
            tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(path), 15000);
    });
    connect(progress, &ExportProgress::cancelledExport, this,
        [this] { statusBar()->showMessage(tr("Export cancelled: no file was written."), 8000); });
    progress->start();
}

void MainWindow::importOrders(const QString &path)
{
    if (m_importing) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_importing = true;
    statusBar()->showMessage(tr("Importing %1…").arg(path));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto *job = new OrderImportJob(m_workspace, path, m_currencies, m_workspace.database().login(), this);
    connect(job, &BookReply::finished, this, [this, job] {
        job->deleteLater();
        QApplication::restoreOverrideCursor();
        m_importing = false;
        const OrderImporter::Outcome &outcome = job->value();
        QStringList problems;
        for (const auto &p : outcome.problems)
            problems << tr("Line %1: %2").arg(p.line).arg(p.message);
        showImportOutcome(outcome.imported, problems, outcome.error);
        emit importFinished(outcome.imported, int(outcome.problems.size()), outcome.error);
    });
    job->start();
}

void MainWindow::showImportOutcome(int imported, const QStringList &problems, const QString &error)
{
    statusBar()->clearMessage();
    if (!problems.isEmpty() || !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing was imported"),
            problems.isEmpty() ? error
                               : tr("The file has %n bad row(s); no order was imported. Fix them and "
                                    "import the file again.",
                                   nullptr, int(problems.size())),
            QMessageBox::Ok, this);
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Imported %n order(s).", nullptr, imported), 8000);
    m_orders->refresh();
}

void MainWindow::about()
{
    AboutDialog dialog(m_workspace.dir(), this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QStringList rows;
    for (QAction *menu : menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (!a->shortcut().isEmpty())
                rows << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                            .arg(a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText));
        }
    }
    rows << QStringLiteral("<tr><td>%1</td><td><b>Enter</b></td></tr>").arg(tr("Open the selected order"));
    QMessageBox::information(
        this, tr("Keyboard shortcuts"), QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_relabel.again();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("orders/columns"), m_orders->saveLayout());
    event->accept();
}

} // namespace pd
