#include "IpnInbox.h"
#include "contract/Translated.h"

#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
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
    return takeInTransaction(QList<IpnMessage> { m }, error).constFirst();
}

QList<IpnInbox::Result> IpnInbox::takeInTransaction(const QList<IpnMessage> &messages, QString *error)
{
    const QList<Result> failed(messages.size(), Result::Failed);
    const auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return failed;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Result> results(messages.size(), Result::Duplicate);

    // Each IPN's receipt, by its checksum: one seen before, or twice in this group, is a
    // duplicate and writes nothing.
    QHash<QString, qsizetype> firstByChecksum;
    QVariantList receipts;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const IpnMessage &m = messages.at(i);
        if (firstByChecksum.contains(m.hash.toLower()))
            continue;
        firstByChecksum.insert(m.hash.toLower(), i);
        receipts << m.hash.toLower() << m.orderId.toLower() << m.newStatus << m.timestampMs() << now;
    }
    QList<bool> unseen(messages.size(), false);
    constexpr int receiptColumns = 5;
    for (qsizetype from = 0; from < receipts.size(); from += receiptColumns * Database::rowsPerStatement) {
        const QVariantList chunk = receipts.mid(from, receiptColumns * Database::rowsPerStatement);
        QList<QVariantList> fresh;
        if (!m_db.rows(QStringLiteral("INSERT INTO ipn_received (checksum, order_id, status, sent_at, received_at) "
                                      "VALUES %1 ON CONFLICT (checksum) DO NOTHING RETURNING checksum")
                           .arg(Database::placeholders(receiptColumns, int(chunk.size() / receiptColumns))),
                chunk, &fresh))
            return fail();
        for (const QVariantList &row : fresh)
            unseen[firstByChecksum.value(row.at(0).toString())] = true;
    }

    // A new order, the usual case: its insert is the look-up, and an order already in the book
    // is read only then. The first IPN of an order in this group may create it.
    QList<Order> arriving;
    QList<HistoryEntry> arrivals;
    QHash<QString, qsizetype> creator;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const IpnMessage &m = messages.at(i);
        const QString id = m.orderId.toLower();
        if (!unseen.at(i) || creator.contains(id))
            continue;
        creator.insert(id, i);
        Order o = m.order();
        o.createdAt = o.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        o.statusAt = m.timestampMs();
        o.recipientSource = QStringLiteral("ipn");
        o.recipientPinnedAt = now;
        arriving << o;
        const QString sent = QDateTime::fromMSecsSinceEpoch(m.timestampMs(), Qt::UTC).toString(Qt::ISODateWithMs);
        arrivals << HistoryEntry::arrival(
            id, *OrderStatuses::fromCode(m.newStatus), actor, tr("Created by an IPN sent at %1.").arg(sent));
    }
    OrderStore orders(m_db);
    QSet<QString> added;
    if (!orders.addIfNew(arriving, arrivals, &added))
        return fail();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!unseen.at(i))
            continue;
        const QString id = messages.at(i).orderId.toLower();
        if (added.contains(id) && creator.value(id) == i) {
            results[i] = Result::Created;
            continue;
        }
        results[i] = takeForKnownOrder(messages.at(i), now, error);
        if (results.at(i) == Result::Failed)
            return failed;
    }
    return results;
}

// An IPN for an order already in the book (or created by an earlier IPN of the same group).
IpnInbox::Result IpnInbox::takeForKnownOrder(const IpnMessage &m, qint64 now, QString *error)
{
    const auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return Result::Failed;
    };
    const QString id = m.orderId.toLower();
    const OrderStatus status = *OrderStatuses::fromCode(m.newStatus);
    OrderStore orders(m_db);
    const Order incoming = m.order();
    const QString sent = QDateTime::fromMSecsSinceEpoch(m.timestampMs(), Qt::UTC).toString(Qt::ISODateWithMs);
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
