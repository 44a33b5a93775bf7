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
    const auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return Result::Failed;
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = m.orderId.toLower();
    const OrderStatus status = *OrderStatuses::fromCode(m.newStatus);
    QSqlQuery seen;
    if (!m_db.exec(seen,
            QStringLiteral("INSERT INTO ipn_received (checksum, order_id, status, sent_at, received_at) "
                           "VALUES (?,?,?,?,?) ON CONFLICT (checksum) DO NOTHING"),
            { m.hash.toLower(), id, m.newStatus, m.timestampMs(), now }))
        return fail();
    if (seen.numRowsAffected() == 0)
        return Result::Duplicate; // rolled back: nothing at all is written

    OrderStore orders(m_db);
    QString readError;
    const auto current = orders.byId(id, &readError);
    if (!current && !readError.isEmpty()) {
        m_db.setLastError(readError);
        return fail();
    }
    const QString values
        = QString::fromUtf8(QJsonDocument(Order::valuesToJson(m.toValues)).toJson(QJsonDocument::Compact));
    Order incoming;
    incoming.id = id;
    incoming.uid = m.orderUid.toLongLong();
    incoming.status = status;
    incoming.inAmount = Money::parse(m.inAmount).value_or(Money());
    incoming.outAmount = Money::parse(m.outAmount).value_or(Money());
    incoming.xmlFrom = m.xmlFrom;
    incoming.xmlTo = m.xmlTo;
    incoming.toValues = m.toValues;
    const QString sent = QDateTime::fromMSecsSinceEpoch(m.timestampMs(), Qt::UTC).toString(Qt::ISODateWithMs);

    if (!current) {
        incoming.createdAt = incoming.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        incoming.statusAt = m.timestampMs();
        HistoryEntry arrival = HistoryEntry::arrival(id, status, actor, tr("Created by an IPN sent at %1.").arg(sent));
        if (!orders.addInTransaction({ incoming }, { arrival }, error))
            return Result::Failed;
        return transaction.commit() ? Result::Created : fail();
    }

    HistoryEntry entry;
    entry.orderId = id;
    entry.actor = actor;
    entry.oldStatus = current->status;
    entry.status = current->status;
    const auto note = [&](Result result, const QString &why) {
        entry.comment = why;
        if (!orders.addHistory(entry) || !transaction.commit())
            return fail();
        return result;
    };
    if (m.timestampMs() < current->statusAt)
        return note(Result::Older,
            tr("An older IPN (\"%1\", sent at %2) arrived late; the status was not rolled back.")
                .arg(m.newStatus, sent));
    QSqlQuery open;
    if (!m_db.exec(open,
            QStringLiteral(
                "SELECT COUNT(*) FROM payout_attempts WHERE order_id = ? AND state NOT IN ('paid', 'failed')"),
            { id })
        || !open.next())
        return fail();
    const bool changes = status != current->status || incoming.inAmount != current->inAmount
        || incoming.outAmount != current->outAmount || incoming.xmlFrom != current->xmlFrom
        || incoming.xmlTo != current->xmlTo || incoming.toValues != current->toValues;
    if (open.value(0).toInt() > 0 && changes)
        return note(Result::PayoutInProgress,
            tr("An IPN (\"%1\", sent at %2) arrived while the desk is paying this order out; "
               "nothing was changed. Check the order with the exchange.")
                .arg(m.newStatus, sent));
    if (!changes)
        return note(Result::Unchanged, tr("IPN \"%1\" sent at %2: nothing new.").arg(m.newStatus, sent));
    if (!m_db.exec(
            QStringLiteral(
                "UPDATE orders SET status = ?, in_amount = ?, out_amount = ?, xml_from = ?, xml_to = ?, "
                "to_values = ?, recipient = ?, updated_at = ?, status_at = ?, revision = revision + 1 WHERE id = ?"),
            { m.newStatus, incoming.inAmount.toString(), incoming.outAmount.toString(), m.xmlFrom, m.xmlTo, values,
                incoming.recipient(), now, m.timestampMs(), id }))
        return fail();
    entry.status = status;
    QStringList what;
    if (incoming.outAmount != current->outAmount || incoming.inAmount != current->inAmount)
        what << tr("amounts %1 → %2 %3, %4 → %5 %6")
                    .arg(current->inAmount.toString(), incoming.inAmount.toString(), m.xmlFrom,
                        current->outAmount.toString(), incoming.outAmount.toString(), m.xmlTo);
    if (incoming.toValues != current->toValues)
        what << tr("recipient details");
    entry.comment = what.isEmpty() ? tr("IPN sent at %1.").arg(sent)
                                   : tr("IPN sent at %1; changed: %2.").arg(sent, what.join(QStringLiteral("; ")));
    if (!orders.addHistory(entry))
        return fail();
    return transaction.commit() ? Result::Updated : fail();
}

} // namespace pd
