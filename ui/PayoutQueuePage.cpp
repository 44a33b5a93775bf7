#include "PayoutQueuePage.h"
#include "TableKeys.h"

#include "AmountText.h"
#include "ApproveDialog.h"
#include "ClearButton.h"
#include "PayoutQueueModel.h"
#include "ProviderDelegate.h"
#include "QueueActionDialog.h"
#include "ReserveBanner.h"
#include "contract/CurrencyRegistry.h"
#include "domain/OrderStatus.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "services/PayoutQueue.h"
#include "services/QueueActions.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

namespace {

enum Part { CountPart = 1, PagePart = 2, WaitingPart = 4, ReservePart = 8 };

} // namespace

PayoutQueuePage::PayoutQueuePage(
    Workspace &workspace, ProviderHub &hub, PayoutEngine &engine, const CurrencyRegistry &currencies, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_engine(engine)
    , m_currencies(currencies)
    , m_queue(
          std::make_unique<PayoutQueue>(workspace.bookThread(), hub.registry(), currencies, workspace.member().login))
    , m_actions(std::make_unique<QueueActions>(workspace.bookThread(), workspace.member().login))
    , m_model(new PayoutQueueModel(*m_queue, hub.registry(), currencies, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_reserve(new ReserveBanner(hub, *m_queue, this))
    , m_view(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_approveButton(new QPushButton(this))
    , m_approve(new QAction(this))
    , m_refreshSoon(new QTimer(this))
{
    // The actions, with their shortcuts: in the buttons here and in the Order menu.
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    const QList<std::pair<QueueAction, QKeySequence>> keys {
        { QueueAction::Hold, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H) },
        { QueueAction::Release, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
        { QueueAction::Reject, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X) },
        { QueueAction::Retry, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) },
        { QueueAction::MarkPaid, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) },
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approveButton);
    m_buttons << m_approveButton;
    connect(m_approveButton, &QPushButton::clicked, m_approve, &QAction::trigger);
    connect(m_approve, &QAction::triggered, this, [this] { approveSelected(); });
    for (const auto &[action, key] : keys) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        m_act.insert(action, a);
        auto *button = new QPushButton(this);
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::triggered, this, [this, action = action] { askToAct(action); });
        connect(a, &QAction::changed, button, [a, button] { button->setEnabled(a->isEnabled()); });
        buttons->addWidget(button);
        m_buttons << button;
    }
    connect(
        m_approve, &QAction::changed, m_approveButton, [this] { m_approveButton->setEnabled(m_approve->isEnabled()); });
    addActions(orderActions());
    auto *reload = new QPushButton(this);
    buttons->addStretch();
    buttons->addWidget(reload);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_view);
    filters->addWidget(m_currency);
    filters->addWidget(m_provider);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_summary);
    addClearButtonSoon(m_search);
    // Filled once the book and the providers are read, and again in another language.
    for (QComboBox *box : { m_view, m_currency, m_provider })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_relabel([=, this] {
        m_approve->setText(tr("&Approve…"));
        m_approveButton->setText(tr("Approve…"));
        m_approve->setToolTip(
            tr("Pay the selected orders (%1)").arg(m_approve->shortcut().toString(QKeySequence::NativeText)));
        const QHash<QueueAction, QString> texts { { QueueAction::Hold, tr("&Hold…") },
            { QueueAction::Release, tr("Re&lease hold…") }, { QueueAction::Reject, tr("&Reject…") },
            { QueueAction::Retry, tr("Re&try…") }, { QueueAction::MarkPaid, tr("&Mark paid manually…") } };
        int i = 1;
        for (const auto &[action, key] : keys) {
            QAction *a = m_act.value(action);
            a->setText(texts.value(action));
            m_buttons.at(i++)->setText(QString(texts.value(action)).remove(u'&'));
            m_buttons.at(i - 1)->setToolTip(QStringLiteral("%1 (%2)").arg(
                QueueActionDialog::title(action), key.toString(QKeySequence::NativeText)));
        }
        m_approveButton->setToolTip(m_approve->toolTip());
        reload->setText(tr("Refresh"));
        m_search->setPlaceholderText(tr("Search UID, order id or recipient"));
        fillFilters();
    });

    TableKeys::apply(m_table);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(PayoutQueueModel::Provider, new ProviderDelegate(hub.registry(), this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures a hundred thousand rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // an address keeps its start and its end
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PayoutQueueModel::Age, Qt::DescendingOrder); // the oldest first
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(PayoutQueueModel::Recipient, QHeaderView::Stretch);
    m_relabel([this] { fitColumns(); });
    auto *open = new QAction(this);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(open);
    connect(open, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit openOrder(current.data(PayoutQueueModel::OrderIdRole).toString());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == PayoutQueueModel::Provider && (m_model->flags(index) & Qt::ItemIsEditable)) {
            m_table->edit(index);
            return;
        }
        const QString id = index.data(PayoutQueueModel::OrderIdRole).toString();
        if (!id.isEmpty())
            emit openOrder(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(m_reserve);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selection);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(150);
    connect(m_refreshSoon, &QTimer::timeout, this, &PayoutQueuePage::readNow);
    connect(reload, &QPushButton::clicked, this, &PayoutQueuePage::refresh);
    connect(m_view, &QComboBox::activated, this, &PayoutQueuePage::applyFilter);
    connect(m_currency, &QComboBox::activated, this, &PayoutQueuePage::applyFilter);
    connect(m_provider, &QComboBox::activated, this, &PayoutQueuePage::applyFilter);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &PayoutQueuePage::applyFilter);

    connect(m_model, &PayoutQueueModel::countChanged, this, [this](qint64 total) {
        m_summary->setText(tr("%n order(s) shown", nullptr, int(total)));
        emit summaryChanged(m_summary->text());
        m_awaiting &= ~CountPart;
        checkRefreshed();
    });
    connect(m_model, &PayoutQueueModel::pageLoaded, this, [this](int page) {
        restoreSelection();
        if (page == 0) {
            m_awaiting &= ~PagePart;
            checkRefreshed();
        }
    });
    // A read that failed is a read that is over: the page says why and counts as refreshed.
    connect(m_model, &PayoutQueueModel::loadFailed, this, [this](const QString &error) {
        m_summary->setText(tr("The queue cannot be read: %1").arg(error));
        emit summaryChanged(m_summary->text());
        m_awaiting &= ~(CountPart | PagePart);
        checkRefreshed();
    });
    connect(
        m_model, &PayoutQueueModel::providerChosen, this, [this] { m_reserve->recount(m_model->chosenProviders()); });
    connect(m_reserve, &ReserveBanner::counted, this, [this](const QueueReserve &reserve) {
        m_model->setReserve(reserve);
        m_awaiting &= ~ReservePart;
        checkRefreshed();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring) {
            m_selected.clear();
            for (const QString &id : selectedOrderIds())
                m_selected.insert(id);
        }
        showSelection();
        updateActions();
    });
    updateActions();
    readNow();
}

PayoutQueuePage::~PayoutQueuePage() = default;

// Each column as wide as its header and what it holds at the longest, in this language and
// font (again after a language switch): a state is never cut to "In pay…out".
void PayoutQueuePage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = header->fontMetrics();
    const int icon = m_table->iconSize().isValid() ? m_table->iconSize().width() : 16;
    const auto widest = [&cell](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = qMax(w, cell.horizontalAdvance(t));
        return w;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList states;
    for (OrderStatus s : { OrderStatus::InProgressPayout, OrderStatus::ErrorPayout, OrderStatus::Hold })
        states << OrderStatuses::title(s);
    const QHash<int, int> content {
        { PayoutQueueModel::Uid, widest({ QStringLiteral("00000000") }) },
        { PayoutQueueModel::Age, widest({ PayoutQueueModel::age(now.addDays(-999), now) }) },
        { PayoutQueueModel::Amount, widest({ QLocale().toString(9999999.99, 'f', 2) }) + icon + 8 },
        { PayoutQueueModel::Currency, widest({ QStringLiteral("USDT · TRC20") }) },
        { PayoutQueueModel::Provider, widest({ QStringLiteral("Cryptomus") }) + icon + 24 },
        { PayoutQueueModel::State, widest(states) + icon + 8 },
        { PayoutQueueModel::LastAttempt, widest({ QStringLiteral("00:00 · ") }) + 120 },
        { PayoutQueueModel::Approvals, 0 },
    };
    for (auto it = content.cbegin(); it != content.cend(); ++it) {
        const QString title = m_model->headerData(it.key(), Qt::Horizontal).toString();
        // The header's room for the sort arrow and the margins on both sides.
        header->resizeSection(it.key(), qMax(it.value() + 16, head.horizontalAdvance(title) + 32));
    }
}

QList<QAction *> PayoutQueuePage::orderActions() const
{
    return { m_approve, m_act.value(QueueAction::Hold), m_act.value(QueueAction::Release),
        m_act.value(QueueAction::Reject), m_act.value(QueueAction::Retry), m_act.value(QueueAction::MarkPaid) };
}

QAction *PayoutQueuePage::action(QueueAction action) const
{
    return m_act.value(action);
}

void PayoutQueuePage::fillFilters()
{
    const int view = qMax(0, m_view->currentIndex());
    m_view->clear();
    m_view->addItem(tr("Whole queue"), int(View::All));
    m_view->addItem(tr("Needs attention"), int(View::NeedsAttention));
    m_view->addItem(tr("Waiting for approval"), int(View::Waiting));
    m_view->addItem(tr("Payout failed"), int(View::Failed));
    m_view->addItem(tr("On hold"), int(View::OnHold));
    m_view->setCurrentIndex(view);
    const QString currency = m_currency->currentData().toString();
    m_currency->clear();
    m_currency->addItem(tr("All currencies"), QString());
    QStringList xmls;
    for (const Manifest &m : m_hub.registry().manifests())
        xmls << m.allowXml;
    xmls.removeDuplicates();
    xmls.sort();
    for (const QString &xml : xmls) {
        const auto c = m_currencies.byXml(xml);
        m_currency->addItem(c ? QStringLiteral("%1 (%2 · %3)").arg(xml, c->currency, c->network) : xml, xml);
    }
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(currency)));
    const QString provider = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    for (const Manifest &m : m_hub.registry().manifests())
        m_provider->addItem(m.title, m.name);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(provider)));
    if (isVisible())
        showProviderIcons();
}

// The providers' icons are decoded when the page is first shown, not while the desk starts
// (the cold start's budget: no GUI-thread stall over 100 ms).
void PayoutQueuePage::showProviderIcons()
{
    for (int i = 0; i < m_provider->count(); ++i) {
        const auto manifest = m_hub.registry().manifest(m_provider->itemData(i).toString());
        if (manifest && m_provider->itemIcon(i).isNull())
            m_provider->setItemIcon(i, QIcon(manifest->icon));
    }
}

void PayoutQueuePage::showEvent(QShowEvent *event)
{
    showProviderIcons();
    QWidget::showEvent(event);
}

void PayoutQueuePage::setView(View view)
{
    m_view->setCurrentIndex(qMax(0, m_view->findData(int(view))));
    applyFilter();
}

void PayoutQueuePage::applyFilter()
{
    QueueFilter filter;
    switch (View(m_view->currentData().toInt())) {
    case View::All:
        break;
    case View::NeedsAttention:
        filter.needsAttention = true;
        break;
    case View::Waiting:
        filter.statuses = { OrderStatus::InProgressPayout };
        break;
    case View::Failed:
        filter.statuses = { OrderStatus::ErrorPayout };
        break;
    case View::OnHold:
        filter.statuses = { OrderStatus::Hold };
        break;
    }
    filter.currency = m_currency->currentData().toString();
    filter.provider = m_provider->currentData().toString();
    filter.search = m_search->text().trimmed();
    if (filter == m_model->filter())
        return;
    m_awaiting |= CountPart | PagePart;
    m_model->setFilter(filter);
}

void PayoutQueuePage::refresh()
{
    if (!m_refreshSoon->isActive())
        m_refreshSoon->start();
}

void PayoutQueuePage::readNow()
{
    m_awaiting = CountPart | PagePart | WaitingPart | ReservePart;
    m_model->refresh();
    m_reserve->recount(m_model->chosenProviders());
    QueueFilter waiting;
    waiting.statuses = { OrderStatus::InProgressPayout, OrderStatus::ErrorPayout };
    auto *reply = m_queue->count(waiting, this);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok()) {
            const int count = int(reply->value());
            if (std::exchange(m_waiting, count) != count)
                emit waitingChanged(count);
        }
        m_awaiting &= ~WaitingPart;
        checkRefreshed();
    });
}

void PayoutQueuePage::checkRefreshed()
{
    if (m_awaiting == 0 && !m_refreshSoon->isActive())
        emit refreshed();
}

QString PayoutQueuePage::summary() const
{
    return m_summary->text();
}

QStringList PayoutQueuePage::selectedOrderIds() const
{
    QStringList ids;
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : rows) {
        const QString id = index.data(PayoutQueueModel::OrderIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void PayoutQueuePage::selectOrders(const QStringList &orderIds)
{
    m_selected = QSet<QString>(orderIds.cbegin(), orderIds.cend());
    restoreSelection();
}

// The rows shown may be other orders after a refresh (one paid, another arrived): the
// selection follows the orders, not the row numbers.
void PayoutQueuePage::restoreSelection()
{
    m_restoring = true;
    QItemSelection selection;
    for (const auto &[row, id] : m_model->loadedOrders()) {
        if (m_selected.contains(id))
            selection.select(m_model->index(row, 0), m_model->index(row, PayoutQueueModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_restoring = false;
    showSelection();
    updateActions();
}

void PayoutQueuePage::showSelection()
{
    QMap<QString, Money> totals;
    int n = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto r = m_model->rowAt(index.row());
        if (!r)
            continue;
        ++n;
        const QString currency = index.data(PayoutQueueModel::BalanceCurrencyRole).toString();
        totals[currency.isEmpty() ? r->order.xmlTo : currency] += r->order.outAmount;
    }
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts << AmountText::shown(it.value()) + u' ' + it.key();
    m_selection->setText(n == 0 ? tr("Select orders to act on them; double-click or Enter opens one.")
                                : tr("Selected: %n order(s) · %1", nullptr, n).arg(parts.join(QStringLiteral(", "))));
}

void PayoutQueuePage::updateActions()
{
    QSet<OrderStatus> statuses;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const auto r = m_model->rowAt(index.row()))
            statuses.insert(r->order.status);
    }
    m_approve->setEnabled(!m_running && statuses.contains(OrderStatus::InProgressPayout));
    for (auto it = m_act.cbegin(); it != m_act.cend(); ++it) {
        bool any = false;
        for (OrderStatus s : statuses)
            any = any || QueueActions::appliesTo(it.key(), s);
        it.value()->setEnabled(any);
    }
}

PayoutRun *PayoutQueuePage::approveSelected()
{
    if (m_running)
        return nullptr; // one approval at a time from this window
    QList<ApproveDialog::Line> lines;
    QList<PayoutEngine::Item> items;
    QStringList skipped;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto r = m_model->rowAt(index.row());
        if (!r)
            continue;
        const Order &o = r->order;
        const QString provider = m_model->providerAt(index.row());
        QString why;
        if (o.status == OrderStatus::Hold)
            why = tr("on hold: release it first");
        else if (o.status == OrderStatus::ErrorPayout)
            why = tr("its last payout failed: retry it first");
        else if (o.status != OrderStatus::InProgressPayout)
            why = tr("no longer waiting for its payout");
        else if (r->last && PayoutAttempt::isOpen(r->last->state))
            why = tr("a payout of it is already on its way or its outcome is not known yet");
        else if (o.recipientWaitsForAPerson())
            why = tr("the site sent another recipient: decide in the order's window first");
        else if (provider.isEmpty())
            why = tr("no provider pays %1").arg(o.xmlTo);
        if (!why.isEmpty()) {
            skipped << tr("%1: %2").arg(o.uid).arg(why);
            continue;
        }
        const auto currency = m_currencies.byXml(o.xmlTo);
        lines.append(
            { o, provider, currency ? currency->network : QString(), currency ? currency->currency : o.xmlTo });
        items.append({ o.id, provider });
    }
    if (items.isEmpty()) {
        m_lastApproveMessage = skipped.isEmpty()
            ? tr("Select orders that wait for a payout (payout queued) first.")
            : tr("None of the selected orders can be sent now:") + u'\n' + skipped.join(u'\n');
        auto *box
            = new QMessageBox(QMessageBox::Information, tr("Approve"), m_lastApproveMessage, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    m_lastApproveMessage = skipped.isEmpty() ? QString() : skipped.join(u'\n');
    ApproveDialog confirm(m_hub, *m_queue, lines, skipped, this);
    if (!confirm.ask())
        return nullptr;
    m_running = true;
    updateActions();
    PayoutRun *run = m_engine.approve(items, m_workspace.member().login);
    auto *progress = new QProgressDialog(tr("Sending payouts…"), tr("Cancel the rest"), 0, run->total(), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, run, &PayoutRun::cancel);
    connect(run, &PayoutRun::itemFinished, progress, [progress, run] { progress->setValue(run->done()); });
    connect(run, &PayoutRun::finished, this, [this, run, progress] {
        progress->deleteLater();
        m_running = false;
        updateActions();
        refresh();
        emit changed();
        emit runFinished(run);
        showResults(run);
    });
    return run;
}

void PayoutQueuePage::showResults(PayoutRun *run)
{
    // By UID, as the queue shows them.
    const QHash<QString, qint64> uids = m_model->loadedUids();
    QStringList lines;
    int paid = 0, awaiting = 0;
    for (const PayoutOutcome &o : run->outcomes()) {
        const qint64 uid = uids.value(o.orderId);
        lines << QStringLiteral("%1: %2").arg(uid ? QString::number(uid) : o.orderId, o.message);
        paid += o.kind == PayoutOutcome::Kind::Paid;
        awaiting += o.kind == PayoutOutcome::Kind::AwaitingApproval;
    }
    QString text = tr("%1 of %2 paid.").arg(paid).arg(run->total());
    if (awaiting > 0)
        text += u' ' + tr("%n payout(s) awaiting a second approval by another staff member.", nullptr, awaiting);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Payouts"), text, QMessageBox::Ok, this);
    box->setInformativeText(lines.mid(0, 12).join(u'\n') + (lines.size() > 12 ? QStringLiteral("\n…") : QString()));
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QueueActionDialog *PayoutQueuePage::askToAct(QueueAction action)
{
    QList<OrderLines::Line> lines;
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto r = m_model->rowAt(index.row());
        if (!r || !QueueActions::appliesTo(action, r->order.status))
            continue;
        const QString currency = index.data(PayoutQueueModel::BalanceCurrencyRole).toString();
        lines.append({ r->order.uid, r->order.recipient(),
            AmountText::shown(r->order.outAmount) + u' ' + (currency.isEmpty() ? r->order.xmlTo : currency), {} });
        ids << r->order.id;
    }
    if (ids.isEmpty()) {
        const QString why = action == QueueAction::Release ? tr("Select orders on hold first.")
            : action == QueueAction::Retry                 ? tr("Select orders whose payout failed first.")
                                                           : tr("Select orders in the payout queue first.");
        auto *box
            = new QMessageBox(QMessageBox::Information, QueueActionDialog::title(action), why, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    auto *dialog = new QueueActionDialog(*m_actions, action, ids, lines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QueueActionDialog::acted, this, [this](const QueueActionResults &results) {
        refresh();
        emit changed();
        emit actionFinished(results);
    });
    dialog->open();
    return dialog;
}

void PayoutQueuePage::setMayOperate(bool may)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->setVisible(may);
    for (QAction *a : orderActions())
        a->setVisible(may);
}

void PayoutQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_relabel.again();
        m_model->relabel();
        showSelection();
    }
    QWidget::changeEvent(event);
}

} // namespace pd
