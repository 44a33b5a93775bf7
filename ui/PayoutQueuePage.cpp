#include "PayoutQueuePage.h"
#include "AmountText.h"

#include "ApproveDialog.h"
#include "ReserveBanner.h"
#include "StatusStyle.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "storage/Approvals.h"
#include "storage/AttemptStore.h"
#include "storage/Blocklist.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/Staff.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

QString attemptText(const std::optional<PayoutAttempt> &latest)
{
    if (!latest)
        return {};
    switch (latest->state) {
    case PayoutAttempt::State::Pending:
        return PayoutQueuePage::tr("awaiting the provider");
    case PayoutAttempt::State::Unknown:
    case PayoutAttempt::State::Prepared:
    case PayoutAttempt::State::Sent:
        return PayoutQueuePage::tr("outcome unknown: checking with the provider");
    case PayoutAttempt::State::NeedsAttention:
        return PayoutQueuePage::tr("needs attention");
    case PayoutAttempt::State::Failed:
        return PayoutQueuePage::tr("last attempt failed");
    case PayoutAttempt::State::Paid:
        return PayoutQueuePage::tr("paid");
    }
    return {};
}

} // namespace

PayoutQueuePage::PayoutQueuePage(
    Database &database, ProviderHub &hub, PayoutEngine &engine, const CurrencyRegistry &currencies, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_hub(hub)
    , m_engine(engine)
    , m_currencies(currencies)
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_reserve(new ReserveBanner(hub, currencies, this))
    , m_approve(new QPushButton(this))
{
    auto *hold = new QPushButton(this);
    auto *retry = new QPushButton(this);
    auto *reject = new QPushButton(this);
    auto *manual = new QPushButton(this);
    auto *reload = new QPushButton(this);
    m_relabel([=, this] {
        m_approve->setText(tr("Approve…"));
        hold->setText(tr("Hold…"));
        retry->setText(tr("Retry"));
        reject->setText(tr("Reject…"));
        manual->setText(tr("Mark paid manually…"));
        reload->setText(tr("Refresh"));
        m_approve->setToolTip(tr("Pay the selected orders (Ctrl+Shift+A)"));
        m_table->setHorizontalHeaderLabels(
            { tr("UID"), tr("State"), tr("Amount"), tr("Currency"), tr("Network"), tr("Recipient"), tr("Provider") });
    });
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto *buttons = new QHBoxLayout;
    m_actions = { m_approve, hold, reject, retry, manual };
    for (QPushButton *b : m_actions)
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    buttons->addWidget(reload);

    m_table->setColumnCount(ColumnCount);
    m_relabel.again(); // the headers, now that the table has its columns
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(Recipient, QHeaderView::Stretch);
    m_table->setColumnWidth(State, 260);
    m_table->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_reserve);
    layout->addWidget(m_table);

    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_reserve, &ReserveBanner::uncoveredChanged, this, &PayoutQueuePage::flagUncovered);
    connect(reload, &QPushButton::clicked, this, &PayoutQueuePage::refresh);
    connect(retry, &QPushButton::clicked, this, &PayoutQueuePage::retrySelected);
    connect(hold, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString comment = QInputDialog::getText(
            this, tr("Hold payouts"), tr("Why are these payouts held?"), QLineEdit::Normal, QString(), &ok);
        if (ok && !comment.trimmed().isEmpty())
            holdSelected(comment.trimmed());
    });
    connect(reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString comment = QInputDialog::getText(this, tr("Reject payouts"),
            tr("These orders will not be paid out and are marked returned: the "
               "sender is to be refunded. Why?"),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !comment.trimmed().isEmpty())
            rejectSelected(comment.trimmed());
    });
    connect(manual, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reference = QInputDialog::getText(this, tr("Mark paid manually"),
            tr("The payout was made outside the desk. Its external reference "
               "(transaction id, receipt number):"),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !reference.trimmed().isEmpty())
            markPaidSelected(reference.trimmed());
    });
    refresh();
}

void PayoutQueuePage::refresh()
{
    OrderFilter filter;
    filter.statuses = { OrderStatus::InProgressPayout, OrderStatus::ErrorPayout };
    OrderSort oldestFirst { OrderSortKey::CreatedAt, false };
    constexpr int shownAtMost = 2000;
    const auto orders = OrderStore(m_db).page(filter, oldestFirst, shownAtMost, 0);
    const QHash<QString, PayoutAttempt> latest = AttemptStore(m_db).latestInQueue();
    const QHash<QString, QStringList> approved = Approvals(m_db).waiting(); // four eyes: the first approvals
    QHash<QString, QString> names; // approvers by the name the team knows them by
    for (const Staff::Member &m : Staff(m_db).all())
        names.insert(m.login, m.name.isEmpty() ? m.login : m.name);
    DeskSettings desk(m_db);
    // The rows are read afresh (an IPN, a payout, a language switch): the selection stays.
    QSet<QString> selected;
    for (const int row : selectedRows())
        selected.insert(orderIdAt(row));
    m_table->setRowCount(0);
    if (!orders) {
        showReserve(); // nothing shown, nothing counted
        return;
    }
    const int waiting = orders->size() < shownAtMost ? int(orders->size()) : int(OrderStore(m_db).count(filter));
    m_table->setRowCount(int(orders->size()));
    QMap<QString, Money> totals;
    // Destination checks: a blocked recipient, and one shared by many different orders, are
    // flagged on their row (the claim refuses the blocked ones whatever is clicked).
    Blocklist blocklist(m_db);
    QStringList recipients;
    for (const Order &o : *orders)
        recipients << o.recipient();
    recipients.removeDuplicates();
    const QHash<QString, int> sharing = blocklist.ordersSharing(recipients);
    const QHash<QString, QString> blocked = blocklist.reasons(); // read once, not per row
    for (int row = 0; row < orders->size(); ++row) {
        const Order &o = orders->at(row);
        const auto currency = m_currencies.byXml(o.xmlTo);
        const auto found = latest.constFind(o.id);
        const std::optional<PayoutAttempt> last = found == latest.constEnd() ? std::nullopt : std::optional(*found);
        auto *uid = new QTableWidgetItem(QString::number(o.uid));
        uid->setData(Qt::UserRole, o.id);
        m_table->setItem(row, Uid, uid);
        // Waiting for Approve now: not yet claimed (one claimed is on its way), not failed.
        const bool claimable
            = o.status == OrderStatus::InProgressPayout && !(last && PayoutAttempt::isOpen(last->state));
        QString state = OrderStatuses::title(o.status);
        if (const QString attempt = attemptText(last); !attempt.isEmpty() && o.status == OrderStatus::InProgressPayout)
            state += QStringLiteral(" — ") + attempt;
        const QStringList approvers = approved.value(o.id);
        if (!approvers.isEmpty() && claimable) {
            QStringList who;
            for (const QString &login : approvers)
                who << names.value(login, login);
            state += QStringLiteral(" — ")
                + tr("approved by %1, awaiting a second approval").arg(who.join(QStringLiteral(", ")));
        }
        auto *stateItem = new QTableWidgetItem(StatusStyle::icon(o.status), state);
        stateItem->setForeground(StatusStyle::color(o.status));
        stateItem->setToolTip(approvers.contains(m_db.login())
                ? tr("You approved this payout: another staff member must approve it too before it is sent.")
                : state);
        m_table->setItem(row, State, stateItem);
        auto *amount = new QTableWidgetItem(AmountText::shown(o.outAmount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Amount, amount);
        auto *xml = new QTableWidgetItem(o.xmlTo);
        // What the reserve is counted against: orders that Approve would claim now. One already
        // claimed is in the reserve itself; a failed one must be retried first.
        if (claimable && currency) {
            amount->setData(Qt::UserRole, o.outAmount.toString());
            xml->setData(Qt::UserRole, currency->currency);
        }
        m_table->setItem(row, Currency, xml);
        m_table->setItem(row, Network, new QTableWidgetItem(currency ? currency->network : QString()));
        auto *recipient = new QTableWidgetItem(o.recipient());
        QStringList values;
        for (const OrderValue &v : o.toValues)
            values << v.value;
        if (o.recipientWaitsForAPerson()) {
            // Both side by side: the pinned one is what would be paid, once a person decides.
            Order sent = o;
            sent.toValues = o.proposedToValues;
            recipient->setText(tr("%1 (pinned) · %2 (sent later by the site)").arg(o.recipient(), sent.recipient()));
            recipient->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            recipient->setForeground(QColor(0xb0, 0x1c, 0x1c));
            recipient->setToolTip(tr("The exchange site sent another recipient for this order. It is paid to neither "
                                     "until a staff member accepts the new one or keeps the pinned one, in the order's "
                                     "window."));
        } else if (const auto refused = Blocklist::refusalIn(blocked, values)) {
            recipient->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            recipient->setForeground(QColor(0xb0, 0x1c, 0x1c));
            recipient->setToolTip(*refused);
        } else if (const int shared = sharing.value(o.recipient()); shared >= sharedRecipientFlag) {
            recipient->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            recipient->setToolTip(
                tr("This recipient is on %n different orders: take a look before paying.", nullptr, shared));
        }
        m_table->setItem(row, Recipient, recipient);
        // The provider: the currency's default from the settings, else the first that serves it.
        auto *providers = new QComboBox(m_table);
        for (const Manifest &m : m_hub.registry().manifests()) {
            if (m.serves(o.xmlTo))
                providers->addItem(QIcon(m.icon), m.title, m.name);
        }
        const int preferred = providers->findData(desk.value(QStringLiteral("payout.default.") + o.xmlTo));
        if (preferred >= 0)
            providers->setCurrentIndex(preferred);
        if (providers->count() == 0)
            providers->addItem(tr("no provider pays %1").arg(o.xmlTo), QString());
        m_table->setCellWidget(row, Provider, providers);
        connect(providers, &QComboBox::currentIndexChanged, this, &PayoutQueuePage::showReserve);
        totals[o.xmlTo] += o.outAmount;
    }
    showReserve();
    QStringList parts;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        parts << AmountText::shown(it.value()) + u' ' + it.key();
    // The count on the bar, the totals per currency in its tooltip: a long line would widen the window.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (selected.contains(orderIdAt(row)))
            m_table->selectionModel()->select(
                m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_summary->setText(tr("%n order(s) waiting in %1 currencies", nullptr, waiting).arg(totals.size()));
    m_summary->setToolTip(parts.join(u'\n'));
    if (std::exchange(m_waiting, waiting) != waiting)
        emit waitingChanged(waiting);
}

void PayoutQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_relabel.again();
        refresh(); // the states and the summary are words too
    }
    QWidget::changeEvent(event);
}

QString PayoutQueuePage::summary() const
{
    return m_summary->text();
}

QList<int> PayoutQueuePage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString PayoutQueuePage::orderIdAt(int row) const
{
    return m_table->item(row, Uid)->data(Qt::UserRole).toString();
}

QString PayoutQueuePage::providerAt(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Provider))->currentData().toString();
}

// The waiting rows, in queue order, each with the provider chosen on it.
void PayoutQueuePage::showReserve()
{
    QList<ReserveBanner::Payout> payouts;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString amount = m_table->item(row, Amount)->data(Qt::UserRole).toString();
        const QString provider = providerAt(row);
        if (amount.isEmpty() || provider.isEmpty())
            continue;
        payouts.append({ orderIdAt(row), provider, m_table->item(row, Currency)->data(Qt::UserRole).toString(),
            *Money::parse(amount) });
    }
    m_reserve->setPayouts(payouts);
}

// Like a shared recipient: a warning on the row, the reason in its tooltip.
void PayoutQueuePage::flagUncovered()
{
    const QHash<QString, QString> &uncovered = m_reserve->uncovered();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *amount = m_table->item(row, Amount);
        const auto why = uncovered.constFind(orderIdAt(row));
        const bool flagged = why != uncovered.constEnd();
        amount->setIcon(flagged ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        amount->setForeground(flagged ? QBrush(ReserveBanner::shortColor()) : QBrush());
        amount->setToolTip(flagged ? *why : QString());
    }
}

PayoutRun *PayoutQueuePage::approveSelected()
{
    if (m_running)
        return nullptr; // one approval at a time from this window
    QList<ApproveDialog::Line> lines;
    QList<PayoutEngine::Item> items;
    OrderStore orders(m_db);
    for (int row : selectedRows()) {
        const auto order = orders.byId(orderIdAt(row));
        const QString provider = providerAt(row);
        if (!order || order->status != OrderStatus::InProgressPayout || provider.isEmpty())
            continue;
        const auto currency = m_currencies.byXml(order->xmlTo);
        lines.append({ *order, provider, currency ? currency->network : QString(),
            currency ? currency->currency : order->xmlTo });
        items.append({ order->id, provider });
    }
    if (items.isEmpty()) {
        QMessageBox::information(
            this, tr("Approve"), tr("Select orders that wait for a payout (payout queued) first."));
        return nullptr;
    }
    ApproveDialog confirm(m_hub, m_currencies, lines, this);
    if (!confirm.ask())
        return nullptr;
    m_running = true;
    m_approve->setEnabled(false);
    PayoutRun *run = m_engine.approve(items, m_db.login());
    auto *progress = new QProgressDialog(tr("Sending payouts…"), tr("Cancel the rest"), 0, run->total(), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, run, &PayoutRun::cancel);
    connect(run, &PayoutRun::itemFinished, progress, [progress, run] { progress->setValue(run->done()); });
    connect(run, &PayoutRun::finished, this, [this, run, progress] {
        progress->deleteLater();
        m_running = false;
        m_approve->setEnabled(true);
        refresh();
        emit changed();
        emit runFinished(run);
        showResults(run);
    });
    return run;
}

void PayoutQueuePage::showResults(PayoutRun *run)
{
    QStringList lines;
    for (const PayoutOutcome &o : run->outcomes())
        lines << QStringLiteral("%1: %2").arg(o.orderId, o.message);
    int paid = 0, awaiting = 0;
    for (const PayoutOutcome &o : run->outcomes()) {
        paid += o.kind == PayoutOutcome::Kind::Paid;
        awaiting += o.kind == PayoutOutcome::Kind::AwaitingApproval;
    }
    QString text = tr("%1 of %2 paid. Details below.").arg(paid).arg(run->total());
    if (awaiting > 0)
        text += u' ' + tr("%n payout(s) awaiting a second approval by another staff member.", nullptr, awaiting);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Payouts"), text, QMessageBox::Ok, this);
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PayoutQueuePage::setMayOperate(bool may)
{
    for (QPushButton *b : m_actions)
        b->setVisible(may);
}

void PayoutQueuePage::holdSelected(const QString &comment)
{
    OrderStore orders(m_db);
    for (int row : selectedRows()) {
        HistoryEntry entry;
        entry.actor = m_db.login();
        entry.comment = comment;
        const auto order = orders.byId(orderIdAt(row));
        if (!order)
            continue;
        // A payout on its way cannot be held: its outcome must be known first.
        const QList<PayoutAttempt> tries = AttemptStore(m_db).forOrder(order->id);
        if (tries.isEmpty() || !PayoutAttempt::isOpen(tries.last().state))
            orders.changeStatus(order->id, order->status, OrderStatus::Hold, entry, nullptr);
    }
    refresh();
    emit changed();
}

void PayoutQueuePage::rejectSelected(const QString &comment)
{
    OrderStore orders(m_db);
    for (int row : selectedRows()) {
        const auto order = orders.byId(orderIdAt(row));
        if (!order)
            continue;
        const QList<PayoutAttempt> tries = AttemptStore(m_db).forOrder(order->id);
        if (!tries.isEmpty() && PayoutAttempt::isOpen(tries.last().state))
            continue; // a payout on its way cannot be rejected: its outcome must be known first
        HistoryEntry entry;
        entry.actor = m_db.login();
        entry.comment = tr("Payout rejected: %1").arg(comment);
        orders.changeStatus(order->id, order->status, OrderStatus::Returned, entry, nullptr);
    }
    refresh();
    emit changed();
}

void PayoutQueuePage::retrySelected()
{
    OrderStore orders(m_db);
    for (int row : selectedRows()) {
        HistoryEntry entry;
        entry.actor = m_db.login();
        entry.comment = tr("Back in the payout queue for a new attempt.");
        orders.changeStatus(orderIdAt(row), OrderStatus::ErrorPayout, OrderStatus::InProgressPayout, entry, nullptr);
    }
    refresh();
    emit changed();
}

void PayoutQueuePage::markPaidSelected(const QString &reference)
{
    OrderStore orders(m_db);
    QStringList problems;
    for (int row : selectedRows()) {
        const QString id = orderIdAt(row);
        const auto order = orders.byId(id);
        if (!order)
            continue;
        const QList<PayoutAttempt> tries = AttemptStore(m_db).forOrder(id);
        QString error;
        const QString note = tr("Paid outside the desk, reference %1").arg(reference);
        // An open attempt (unknown, needs attention) is closed by this: staff say it was paid.
        if (!tries.isEmpty() && PayoutAttempt::isOpen(tries.last().state)
            && order->status == OrderStatus::InProgressPayout) {
            AttemptStore(m_db).record(tries.last(), { tries.last().state }, PayoutAttempt::State::Paid, reference, note,
                OrderStatus::Done, m_db.login(), &error);
        } else {
            HistoryEntry entry;
            entry.actor = m_db.login();
            entry.comment = note;
            entry.payoutStatus = QStringLiteral("paid manually");
            entry.orderNote = reference;
            orders.changeStatus(id, order->status, OrderStatus::Done, entry, &error);
        }
        if (!error.isEmpty())
            problems << QStringLiteral("%1: %2").arg(order->uid).arg(error);
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Mark paid manually"), problems.join(u'\n'));
    refresh();
    emit changed();
}

} // namespace pd
