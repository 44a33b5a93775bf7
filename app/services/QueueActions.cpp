#include "QueueActions.h"

#include "contract/Translated.h"
#include "domain/PayoutAttempt.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/Database.h"
#include "storage/DatabaseThread.h"
#include "storage/OrderStore.h"
#include "storage/Transaction.h"

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::QueueActions", text);
}

const QList<std::pair<QueueAction, QString>> &words()
{
    static const QList<std::pair<QueueAction, QString>> table {
        { QueueAction::Hold, QStringLiteral("hold") },
        { QueueAction::Release, QStringLiteral("release") },
        { QueueAction::Reject, QStringLiteral("reject") },
        { QueueAction::Retry, QStringLiteral("retry") },
        { QueueAction::MarkPaid, QStringLiteral("mark-paid") },
    };
    return table;
}

// Where a released order goes: back to the status it was held from, as its history says
// (a payout queued or failed, or an order still being worked on); else the payout queue.
OrderStatus beforeHold(OrderStore &orders, const QString &orderId)
{
    const QList<HistoryEntry> history = orders.history(orderId);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->status == OrderStatus::Hold && it->oldStatus
            && OrderStatuses::canMove(OrderStatus::Hold, *it->oldStatus))
            return *it->oldStatus;
    }
    return OrderStatus::InProgressPayout;
}

} // namespace

QueueActions::QueueActions(DatabaseThread &thread, QString actor)
    : m_thread(thread)
    , m_actor(std::move(actor))
{
}

BookAnswer<QueueActionResults> *QueueActions::act(
    QueueAction action, const QStringList &orderIds, const QString &text, QObject *parent)
{
    // Staff's manual actions wait for the disk, like a claim: urgent.
    return m_thread.ask<QueueActionResults>(
        DatabaseThread::Urgency::Urgent, parent, [action, orderIds, text, actor = m_actor](Database &db, QString *) {
            return actOn(db, action, orderIds, text, actor);
        });
}

QueueActionResults QueueActions::actOn(
    Database &db, QueueAction action, const QStringList &orderIds, const QString &text, const QString &actor)
{
    QueueActionResults results;
    for (const QString &id : orderIds)
        results.append(actOnOne(db, action, id, text.trimmed(), actor));
    return results;
}

QueueActionResult QueueActions::actOnOne(
    Database &db, QueueAction action, const QString &orderId, const QString &text, const QString &actor)
{
    QueueActionResult result;
    result.orderId = orderId.toLower();
    const auto refuse = [&](const QString &why) {
        result.done = false;
        result.message = why;
        return result;
    };
    if (needsText(action) && text.isEmpty()) {
        return refuse(action == QueueAction::MarkPaid
                ? tr("The external reference of the payout made outside the desk is required. Nothing was changed.")
                : tr("A reason is required. Nothing was changed."));
    }
    Transaction transaction(db);
    if (!transaction.isActive())
        return refuse(db.lastError());
    OrderStore orders(db);
    QString error;
    const auto order = orders.byId(orderId, &error);
    if (!order)
        return refuse(error.isEmpty() ? tr("No such order in the book.") : error);
    result.uid = order->uid;
    AttemptStore attempts(db);
    const QList<PayoutAttempt> tries = attempts.forOrder(order->id);
    const std::optional<PayoutAttempt> last = tries.isEmpty() ? std::nullopt : std::optional(tries.last());
    const bool open = last && PayoutAttempt::isOpen(last->state);

    // In the activity log too, in the same transaction: staff's actions on payouts are read there
    // by kind and by who (the Activity tab), not only in each order's history.
    const auto logged = [&](const QString &what) {
        return ActivityLog(db).append(
            actor, QStringLiteral("payout.") + word(action), QString::number(order->uid), what);
    };
    HistoryEntry entry;
    entry.actor = actor;
    OrderStatus to = order->status;
    switch (action) {
    case QueueAction::Hold:
        if (!appliesTo(action, order->status))
            return refuse(tr("Only an order waiting for its payout can be held; this one is \"%1\".")
                              .arg(OrderStatuses::title(order->status)));
        if (open)
            return refuse(tr("A payout of this order is on its way: it can be held once its outcome is known."));
        to = OrderStatus::Hold;
        entry.comment = tr("Payout held: %1").arg(text);
        result.message = tr("Held.");
        break;
    case QueueAction::Release:
        if (!appliesTo(action, order->status))
            return refuse(tr("The order is not on hold; it is \"%1\".").arg(OrderStatuses::title(order->status)));
        to = beforeHold(orders, order->id);
        entry.comment = text.isEmpty() ? tr("Hold released.") : tr("Hold released: %1").arg(text);
        result.message = tr("Released: \"%1\" again.").arg(OrderStatuses::title(to));
        break;
    case QueueAction::Reject:
        if (!appliesTo(action, order->status))
            return refuse(tr("Only an order waiting for its payout or on hold can be rejected; this one is \"%1\".")
                              .arg(OrderStatuses::title(order->status)));
        if (open)
            return refuse(
                tr("A payout of this order is on its way: it cannot be rejected until its outcome is known."));
        to = OrderStatus::Returned;
        entry.comment = tr("Payout rejected: %1").arg(text);
        result.message = tr("Rejected: the order is returned, its sender is to be refunded.");
        break;
    case QueueAction::Retry:
        if (!appliesTo(action, order->status))
            return refuse(tr("Only an order whose payout failed can be retried; this one is \"%1\".")
                              .arg(OrderStatuses::title(order->status)));
        to = OrderStatus::InProgressPayout;
        entry.comment = text.isEmpty() ? tr("Back in the payout queue for a new attempt.") : text;
        result.message = tr("Back in the queue: it is sent when approved.");
        break;
    case QueueAction::MarkPaid: {
        const QString note = tr("Paid outside the desk, reference %1").arg(text);
        if (open) {
            // Staff say the payout whose outcome is not known was made: that closes it. One the
            // provider is still answering (being sent, accepted and in progress) is left alone.
            if (last->state != PayoutAttempt::State::Unknown && last->state != PayoutAttempt::State::NeedsAttention)
                return refuse(tr("A payout of this order is being sent or processed by the provider: wait for its "
                                 "outcome. Nothing was changed."));
            const auto recorded = attempts.record(
                *last, { last->state }, PayoutAttempt::State::Paid, text, note, OrderStatus::Done, actor, &error);
            if (recorded != AttemptStore::Record::Done)
                return refuse(error.isEmpty() ? tr("The payout changed meanwhile. Nothing was changed.") : error);
            if (!logged(note) || !transaction.commit())
                return refuse(db.lastError());
            result.done = true;
            result.message = tr("Marked paid, reference %1.").arg(text);
            return result;
        }
        if (!appliesTo(action, order->status))
            return refuse(tr("Only an order waiting for its payout or on hold can be marked paid; this one is \"%1\".")
                              .arg(OrderStatuses::title(order->status)));
        to = OrderStatus::Done;
        entry.comment = note;
        entry.payoutStatus = QStringLiteral("paid manually");
        entry.orderNote = text;
        result.message = tr("Marked paid, reference %1.").arg(text);
        break;
    }
    }
    const auto change = orders.changeStatusIfNoPayout(order->id, order->status, to, order->revision, entry, &error);
    if (change == OrderStore::Change::Stale)
        return refuse(tr("The order changed meanwhile (a payout claimed, an IPN, another desk): look again. Nothing "
                         "was changed."));
    if (change != OrderStore::Change::Done)
        return refuse(error);
    if (!logged(entry.comment) || !transaction.commit())
        return refuse(db.lastError());
    result.done = true;
    return result;
}

bool QueueActions::appliesTo(QueueAction action, OrderStatus status)
{
    const bool inQueue = status == OrderStatus::InProgressPayout || status == OrderStatus::ErrorPayout;
    switch (action) {
    case QueueAction::Hold:
        return inQueue;
    case QueueAction::Release:
        return status == OrderStatus::Hold;
    case QueueAction::Retry:
        return status == OrderStatus::ErrorPayout;
    case QueueAction::Reject:
    case QueueAction::MarkPaid:
        return inQueue || status == OrderStatus::Hold;
    }
    return false;
}

bool QueueActions::needsText(QueueAction action)
{
    return action == QueueAction::Hold || action == QueueAction::Reject || action == QueueAction::MarkPaid;
}

bool QueueActions::isFinal(QueueAction action)
{
    return action == QueueAction::Reject || action == QueueAction::MarkPaid;
}

QString QueueActions::word(QueueAction action)
{
    for (const auto &[a, w] : words()) {
        if (a == action)
            return w;
    }
    return {};
}

std::optional<QueueAction> QueueActions::fromWord(const QString &word)
{
    for (const auto &[a, w] : words()) {
        if (w == word)
            return a;
    }
    return std::nullopt;
}

} // namespace pd
