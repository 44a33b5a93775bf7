#include "IpnInbox.h"
#include "contract/Translated.h"

#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::IpnInbox", text);
}

const QString actor = QStringLiteral("ipn");

} // namespace

QString IpnInbox::word(Result result)
{
    switch (result) {
    case Result::Created:
        return QStringLiteral("created");
    case Result::Updated:
        return QStringLiteral("updated");
    case Result::RecipientWaits:
        return QStringLiteral("recipient-waits");
    case Result::NotApplied:
        return QStringLiteral("not-applied");
    case Result::Unchanged:
        return QStringLiteral("unchanged");
    case Result::Older:
        return QStringLiteral("older");
    case Result::PayoutInProgress:
        return QStringLiteral("payout-in-progress");
    case Result::Duplicate:
        return QStringLiteral("duplicate");
    case Result::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

IpnInbox::Result IpnInbox::take(const IpnMessage &m, QString *error)
{
    Transaction transaction(m_db);
    const Result result = transaction.isActive() ? takeInTransaction(m, error) : Result::Failed;
    if (result == Result::Failed && transaction.isActive())
        return result; // its error is said; the transaction rolls back
    if (result != Result::Failed && transaction.commit())
        return result;
    if (error)
        *error = m_db.lastError();
    return Result::Failed;
}

IpnInbox::Result IpnInbox::takeInTransaction(const IpnMessage &m, QString *error)
{
    const auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return Result::Failed;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = m.orderId.toLower();
    const OrderStatus status = *OrderStatuses::fromCode(m.newStatus);
    int unseen = 0;
    if (!m_db.exec(QStringLiteral("INSERT INTO ipn_received (checksum, order_id, status, sent_at, received_at) "
                                  "VALUES (?,?,?,?,?) ON CONFLICT (checksum) DO NOTHING"),
            { m.hash.toLower(), id, m.newStatus, m.timestampMs(), now }, &unseen))
        return fail();
    if (unseen == 0)
        return Result::Duplicate; // nothing at all is written

    OrderStore orders(m_db);
    Order incoming = m.order();
    const QString sent = QDateTime::fromMSecsSinceEpoch(m.timestampMs(), Qt::UTC).toString(Qt::ISODateWithMs);
    // A new order, the usual case: its insert is the look-up, and an order already in the
    // book is read only then.
    Order arriving = incoming;
    arriving.createdAt = arriving.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    arriving.statusAt = m.timestampMs();
    arriving.recipientSource = QStringLiteral("ipn");
    arriving.recipientPinnedAt = now;
    bool added = false;
    if (!orders.addIfNew(
            arriving, HistoryEntry::arrival(id, status, actor, tr("Created by an IPN sent at %1.").arg(sent)), &added))
        return fail();
    if (added)
        return Result::Created;
    QString readError;
    const auto current = orders.byId(id, &readError);
    if (!current) {
        m_db.setLastError(readError.isEmpty() ? tr("Order %1 is neither new nor in the book.").arg(id) : readError);
        return fail();
    }
    const QString values
        = QString::fromUtf8(QJsonDocument(Order::valuesToJson(m.toValues)).toJson(QJsonDocument::Compact));

    HistoryEntry entry;
    entry.orderId = id;
    entry.actor = actor;
    entry.oldStatus = current->status;
    entry.status = current->status;
    const auto note = [&](Result result, const QString &why) {
        entry.comment = why;
        return orders.addHistory(entry) ? result : fail();
    };
    if (m.timestampMs() < current->statusAt)
        return note(Result::Older,
            tr("An older IPN (\"%1\", sent at %2) arrived late; the status was not rolled back.")
                .arg(m.newStatus, sent));
    // The transition table decides, not the order in which IPNs arrive: a status that cannot
    // follow the order's own is kept on the order for a person and not applied.
    if (status != current->status && !OrderStatuses::canMove(current->status, status)) {
        if (!m_db.exec(QStringLiteral("UPDATE orders SET site_status = ?, site_status_at = ?, updated_at = ?, "
                                      "revision = revision + 1 WHERE id = ?"),
                { m.newStatus, m.timestampMs(), now, id }))
            return fail();
        return note(Result::NotApplied,
            tr("The site says \"%1\" (IPN sent at %2), which cannot follow \"%3\": not applied. "
               "Check the order with the exchange.")
                .arg(OrderStatuses::title(status), sent, OrderStatuses::title(current->status)));
    }
    QSqlQuery open;
    if (!m_db.exec(open,
            QStringLiteral(
                "SELECT COUNT(*) FROM payout_attempts WHERE order_id = ? AND state NOT IN ('paid', 'failed')"),
            { id })
        || !open.next())
        return fail();
    // The recipient stays the one pinned when the order arrived; another one waits beside it.
    const bool recipientDiffers = incoming.toValues != current->toValues;
    const bool proposes
        = recipientDiffers && !(current->recipientWaitsForAPerson() && incoming.toValues == current->proposedToValues);
    const bool changes = status != current->status || incoming.inAmount != current->inAmount
        || incoming.outAmount != current->outAmount || incoming.xmlFrom != current->xmlFrom
        || incoming.xmlTo != current->xmlTo || proposes;
    if (open.value(0).toInt() > 0 && changes)
        return note(Result::PayoutInProgress,
            tr("An IPN (\"%1\", sent at %2) arrived while the desk is paying this order out; "
               "nothing was changed. Check the order with the exchange.")
                .arg(m.newStatus, sent));
    if (!changes)
        return note(Result::Unchanged, tr("IPN \"%1\" sent at %2: nothing new.").arg(m.newStatus, sent));
    if (!m_db.exec(
            QStringLiteral("UPDATE orders SET status = ?, in_amount = ?, out_amount = ?, xml_from = ?, xml_to = ?, "
                           "site_status = '', site_status_at = 0, updated_at = ?, status_at = ?, "
                           "revision = revision + 1 WHERE id = ?"),
            { m.newStatus, incoming.inAmount.toString(), incoming.outAmount.toString(), m.xmlFrom, m.xmlTo, now,
                m.timestampMs(), id }))
        return fail();
    if (proposes
        && !m_db.exec(QStringLiteral("UPDATE orders SET proposed_to_values = ?, proposed_at = ? WHERE id = ?"),
            { values, now, id }))
        return fail();
    entry.status = status;
    QStringList what;
    if (incoming.outAmount != current->outAmount || incoming.inAmount != current->inAmount)
        what << tr("amounts %1 → %2 %3, %4 → %5 %6")
                    .arg(current->inAmount.toString(), incoming.inAmount.toString(), m.xmlFrom,
                        current->outAmount.toString(), incoming.outAmount.toString(), m.xmlTo);
    entry.comment = what.isEmpty() ? tr("IPN sent at %1.").arg(sent)
                                   : tr("IPN sent at %1; changed: %2.").arg(sent, what.join(QStringLiteral("; ")));
    if (proposes)
        entry.comment += u' '
            + tr("It names another recipient (%1, where the order was pinned to %2): not applied. The order cannot be "
                 "paid until a staff member accepts or refuses the new recipient.")
                  .arg(incoming.recipient(), current->recipient());
    if (!orders.addHistory(entry))
        return fail();
    return proposes ? Result::RecipientWaits : Result::Updated;
}

} // namespace pd
