#include "RecipientReview.h"
#include "contract/Translated.h"

#include "ActivityLog.h"
#include "Database.h"
#include "OrderStore.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::RecipientReview", text);
}

} // namespace

bool RecipientReview::decide(
    const QString &orderId, Decision decision, const QString &actor, const QString &comment, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (comment.trimmed().isEmpty())
        return fail(tr("Say why in a comment: it stays in the order's history."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    OrderStore orders(m_db);
    QString readError;
    const auto order = orders.byId(orderId, &readError);
    if (!order)
        return fail(readError.isEmpty() ? tr("No such order.") : readError);
    if (!order->recipientWaitsForAPerson())
        return fail(tr("No other recipient waits for a decision on order %1.").arg(order->uid));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Order proposed = *order;
    proposed.toValues = order->proposedToValues;
    QSqlQuery change;
    const bool accept = decision == Decision::Accept;
    // Only the proposal read above: one that another IPN replaced meanwhile is decided again.
    const bool written = accept
        ? m_db.exec(change,
            QStringLiteral("UPDATE orders SET to_values = ?, recipient = ?, recipient_source = 'staff', "
                           "recipient_pinned_at = ?, proposed_to_values = NULL, proposed_at = 0, updated_at = ?, "
                           "revision = revision + 1 WHERE id = ? AND proposed_at = ?"),
            { QString::fromUtf8(QJsonDocument(Order::valuesToJson(proposed.toValues)).toJson(QJsonDocument::Compact)),
                proposed.recipient(), now, now, order->id, order->proposedAt })
        : m_db.exec(change,
            QStringLiteral("UPDATE orders SET proposed_to_values = NULL, proposed_at = 0, updated_at = ?, "
                           "revision = revision + 1 WHERE id = ? AND proposed_at = ?"),
            { now, order->id, order->proposedAt });
    if (!written)
        return fail(m_db.lastError());
    if (change.numRowsAffected() != 1)
        return fail(tr("The recipient waiting on order %1 changed meanwhile: look at it again.").arg(order->uid));

    const QString what = accept ? tr("Accepted the recipient the exchange site sent: %1 (was %2). %3")
                                      .arg(proposed.recipient(), order->recipient(), comment.trimmed())
                                : tr("Kept the pinned recipient %1; refused the one the exchange site sent (%2). %3")
                                      .arg(order->recipient(), proposed.recipient(), comment.trimmed());
    HistoryEntry entry = HistoryEntry::arrival(order->id, order->status, actor, what);
    entry.oldStatus = order->status;
    if (!orders.addHistory(entry))
        return fail(m_db.lastError());
    if (!ActivityLog(m_db).append(
            actor, accept ? QStringLiteral("recipient.accepted") : QStringLiteral("recipient.kept"), order->id, what))
        return fail(m_db.lastError());
    if (!transaction.commit())
        return fail(m_db.lastError());
    return true;
}

} // namespace pd
