#include "MainWindow.h"

#include "ExportDialog.h"
#include "ExportProgress.h"
#include "NewOrderDialog.h"
#include "merchant/OrderCreator.h"
#include "providers/ProviderHub.h"

#include "AboutDialog.h"
#include "ActivityPage.h"
#include "OrderDialog.h"
#include "OrderTableModel.h"
#include "OrdersPage.h"
#include "PayoutQueuePage.h"
#include "ProvidersPage.h"
#include "SettingsDialog.h"
#include "TrayBadge.h"
#include "payouts/PayoutEngine.h"
#include "providers/ProviderHub.h"
#include "contract/CurrencyRegistry.h"
#include "import/OrderImporter.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QUrl>

namespace pd {

MainWindow::MainWindow(Workspace &workspace, const CurrencyRegistry &currencies, ProviderHub &providers,
                       PayoutEngine &engine, QWidget *parent)
    : QMainWindow(parent),
      m_workspace(workspace),
      m_currencies(currencies),
      m_hub(providers),
      m_registry(providers.registry()),
      m_store(std::make_unique<OrderStore>(workspace.database())),
      m_tabs(new QTabWidget(this)),
      m_orders(new OrdersPage(workspace, currencies, this)),
      m_providers(new ProvidersPage(providers, this)),
      m_queue(new PayoutQueuePage(workspace.database(), providers, engine, currencies, this)),
      m_activity(new ActivityPage(workspace.database(), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("PayoutDesk — %1").arg(workspace.dir()));
    setWindowIcon(QIcon(QStringLiteral(":/payoutdesk/icons/payoutdesk.png")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_orders, tr("Orders"));
    m_tabs->insertTab(1, m_queue, tr("Payout queue"));
    m_tabs->addTab(m_providers, tr("Providers"));
    m_tabs->addTab(m_activity, tr("Activity"));
    connect(m_queue, &PayoutQueuePage::changed, m_orders, &OrdersPage::refresh);
    connect(&engine, &PayoutEngine::attemptRecorded, m_queue, &PayoutQueuePage::refresh);
    setCentralWidget(m_tabs);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Workspace: %1").arg(workspace.dir()), this));
    connect(m_orders, &OrdersPage::summaryChanged, m_summary, &QLabel::setText);
    connect(m_orders, &OrdersPage::orderActivated, this, &MainWindow::openOrder);
    createActions();
    createTray(engine);

    QSettings settings;
    resize(1360, 820);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_orders->restoreLayout(settings.value(QStringLiteral("orders/columns")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::newOrder()
{
    if (!m_creator)
        m_creator = std::make_unique<OrderCreator>(m_workspace.database(), m_hub.secrets(), *m_hub.network());
    NewOrderDialog dialog(*m_creator, Workspace::currentStaff(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.created())
        return;
    m_orders->refresh();
    statusBar()->showMessage(tr("Order UID %1 created on the exchange site.").arg(dialog.created()->uid), 10000);
    openOrder(dialog.created()->id);
}

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *newOrder = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New order on the exchange site…"), this,
                                     &MainWindow::newOrder);
    newOrder->setShortcut(QKeySequence::New);
    auto *import = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import orders…"), this,
                                   &MainWindow::chooseImportFile);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export to CSV…"), this, &MainWindow::exportCsv)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Open workspace &folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_workspace.dir()));
    });
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    auto *find = edit->addAction(tr("&Find order…"), m_orders, &OrdersPage::focusSearch);
    find->setShortcut(QKeySequence::Find);
    auto *clear = edit->addAction(tr("&Clear filters"), m_orders, &OrdersPage::clearFilters);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    edit->addSeparator();
    auto *copyId = edit->addAction(tr("Copy order &id"), this, [this] {
        if (!m_orders->currentOrderId().isEmpty())
            QApplication::clipboard()->setText(m_orders->currentOrderId());
    });
    copyId->setShortcut(QKeySequence::Copy);
    edit->addSeparator();
    auto *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *refresh = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), m_orders,
                                    &OrdersPage::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *showOrders = view->addAction(tr("&Orders"), this, [this] { m_tabs->setCurrentWidget(m_orders); });
    showOrders->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    auto *showQueue = view->addAction(tr("Payout &queue"), this, [this] { m_tabs->setCurrentWidget(m_queue); });
    showQueue->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    auto *showProviders = view->addAction(tr("&Providers"), this, [this] { m_tabs->setCurrentWidget(m_providers); });
    showProviders->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    auto *showActivity = view->addAction(tr("&Activity"), this, [this] { m_tabs->setCurrentWidget(m_activity); });
    showActivity->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    view->addSeparator();
    auto *columns = view->addMenu(tr("&Columns"));
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c) {
        auto *toggle = columns->addAction(m_orders->model()->headerData(c, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        connect(columns, &QMenu::aboutToShow, toggle, [this, toggle, c] {
            toggle->setChecked(!m_orders->table()->isColumnHidden(c));
        });
        connect(toggle, &QAction::toggled, this, [this, c](bool on) { m_orders->table()->setColumnHidden(c, !on); });
    }

    auto *orderMenu = menuBar()->addMenu(tr("&Order"));
    auto *open = orderMenu->addAction(tr("&Open order"), this, [this] {
        if (!m_orders->currentOrderId().isEmpty())
            openOrder(m_orders->currentOrderId());
    });
    open->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About PayoutDesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    auto *toolbar = addToolBar(tr("Main"));
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
    showWaiting(m_queue->waitingCount());
    connect(m_queue, &PayoutQueuePage::waitingChanged, this, &MainWindow::showWaiting);
    connect(&engine, &PayoutEngine::attemptRecorded, this, [this](const QString &id, PayoutAttempt::State state) {
        // Staff know an order by its number on the site; the long id only when it cannot be read.
        const auto order = m_store->byId(id);
        const QString orderId = order ? QString::number(order->uid) : id;
        if (state == PayoutAttempt::State::Failed)
            m_tray->showMessage(tr("Payout failed"), tr("The payout of order %1 failed; it is back in the queue as a payout error.").arg(orderId),
                                QSystemTrayIcon::Warning);
        else if (state == PayoutAttempt::State::NeedsAttention || state == PayoutAttempt::State::Unknown)
            m_tray->showMessage(tr("Payout needs attention"), tr("The outcome of the payout of order %1 is not known yet.").arg(orderId),
                                QSystemTrayIcon::Warning);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_tabs->setCurrentWidget(m_queue);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

// The count of payouts waiting: on the tray icon, in its tooltip and on the queue's tab.
void MainWindow::showWaiting(int count)
{
    m_tray->setIcon(TrayBadge::withCount(windowIcon(), count));
    m_tray->setToolTip(count > 0 ? tr("PayoutDesk: %n payout(s) waiting", nullptr, count) : tr("PayoutDesk: no payout waiting"));
    m_tabs->setTabText(m_tabs->indexOf(m_queue),
                       count > 0 ? tr("Payout queue (%1)").arg(QLocale().toString(count)) : tr("Payout queue"));
}

OrderDialog *MainWindow::openOrder(const QString &orderId)
{
    for (auto *existing : findChildren<OrderDialog *>()) {
        if (existing->orderId() == orderId) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    auto *dialog = new OrderDialog(m_workspace.database(), orderId, this);
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
    auto *dialog = new SettingsDialog(m_workspace.database(), m_hub.secrets(), m_registry, m_currencies, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The queue shows each currency's default provider; the activity page the changes.
    connect(dialog, &QDialog::accepted, m_queue, &PayoutQueuePage::refresh);
    connect(dialog, &QDialog::accepted, m_activity, &ActivityPage::refresh);
    dialog->open();
    return dialog;
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import orders"), QString(),
                                                      tr("Orders (*.json *.jsonl *.csv);;All files (*)"));
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
        statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(path), 15000);
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
    auto outcome = std::make_shared<OrderImporter::Outcome>();
    QThread *worker = QThread::create([this, path, outcome] {
        *outcome = OrderImporter::importFile(m_workspace, path, m_currencies, Workspace::currentStaff());
    });
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        worker->deleteLater();
        QApplication::restoreOverrideCursor();
        m_importing = false;
        QStringList problems;
        for (const auto &p : outcome->problems)
            problems << tr("Line %1: %2").arg(p.line).arg(p.message);
        showImportOutcome(outcome->imported, problems, outcome->error);
        emit importFinished(outcome->imported, int(outcome->problems.size()), outcome->error);
    });
    worker->start();
}

void MainWindow::showImportOutcome(int imported, const QStringList &problems, const QString &error)
{
    statusBar()->clearMessage();
    if (!problems.isEmpty() || !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Nothing was imported"),
                        problems.isEmpty() ? error
                                           : tr("The file has %n bad row(s); no order was imported. Fix them and "
                                                "import the file again.", nullptr, int(problems.size())),
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
    QMessageBox::information(this, tr("Keyboard shortcuts"), QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
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
