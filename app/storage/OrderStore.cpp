#include "OrderStore.h"
#include "domain/PayoutAttempt.h"

#include "Database.h"
#include "OrderQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace pd {

namespace {

Order orderFromRow(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toString();
    o.uid = q.value(1).toLongLong();
    o.status = OrderStatuses::fromCode(q.value(2).toString()).value_or(OrderStatus::New);
    o.inAmount = Money::parse(q.value(3).toString()).value_or(Money());
    o.outAmount = Money::parse(q.value(4).toString()).value_or(Money());
    o.xmlFrom = q.value(5).toString();
    o.xmlTo = q.value(6).toString();
    o.toValues = Order::valuesFromJson(QJsonDocument::fromJson(q.value(7).toByteArray()).array());
    o.routeId = q.value(8).toString();
    o.partner = q.value(9).toString();
    o.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    o.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    o.secret = q.value(12).toString();
    o.ipnUrl = q.value(13).toString();
    o.statusAt = q.value(14).toLongLong();
    o.recipientSource = q.value(15).toString();
    o.recipientPinnedAt = q.value(16).toLongLong();
    o.revision = q.value(17).toLongLong();
    if (!q.value(18).isNull())
        o.proposedToValues = Order::valuesFromJson(QJsonDocument::fromJson(q.value(18).toByteArray()).array());
    o.proposedAt = q.value(19).toLongLong();
    o.siteStatus = q.value(20).toString();
    o.siteStatusAt = q.value(21).toLongLong();
    return o;
}

bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool OrderStore::add(const QList<Order> &orders, const QList<HistoryEntry> &history, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failWith(error, m_db.lastError());
    if (!addInTransaction(orders, history, error))
        return false;
    if (!transaction.commit())
        return failWith(error, m_db.lastError());
    return true;
}

QVariantList OrderStore::insertValues(const Order &o)
{
    return { o.id.toLower(), o.uid, OrderStatuses::code(o.status), o.inAmount.toString(), o.outAmount.toString(),
        o.xmlFrom, o.xmlTo,
        QString::fromUtf8(QJsonDocument(Order::valuesToJson(o.toValues)).toJson(QJsonDocument::Compact)), o.routeId,
        o.partner, o.createdAt.toMSecsSinceEpoch(),
        (o.updatedAt.isValid() ? o.updatedAt : o.createdAt).toMSecsSinceEpoch(), o.secret, o.ipnUrl, o.statusAt,
        o.recipientSource, o.recipientPinnedAt != 0 ? o.recipientPinnedAt : QDateTime::currentMSecsSinceEpoch(),
        o.recipient() };
}

bool OrderStore::addIfNew(const QList<Order> &orders, const QList<HistoryEntry> &arrivals, QSet<QString> *added)
{
    added->clear();
    QList<HistoryEntry> written;
    for (qsizetype from = 0; from < orders.size(); from += Database::rowsPerStatement) {
        const qsizetype count = qMin<qsizetype>(Database::rowsPerStatement, orders.size() - from);
        QVariantList values;
        for (qsizetype i = from; i < from + count; ++i)
            values << insertValues(orders.at(i));
        QList<QVariantList> ids;
        if (!m_db.rows(QStringLiteral("INSERT INTO orders (%1, recipient) VALUES %2 ON CONFLICT (id) DO NOTHING "
                                      "RETURNING id")
                           .arg(OrderQuery::writtenColumns(), Database::placeholders(18, int(count))),
                values, &ids))
            return false;
        for (const QVariantList &id : ids)
            added->insert(id.at(0).toString());
    }
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (added->contains(orders.at(i).id.toLower()))
            written << arrivals.at(i);
    }
    return insertHistory(written);
}

bool OrderStore::addInTransaction(const QList<Order> &orders, const QList<HistoryEntry> &history, QString *error)
{
    const QString insert
        = QStringLiteral("INSERT INTO orders (%1, recipient) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
              .arg(OrderQuery::writtenColumns());
    for (const Order &o : orders) {
        if (!m_db.exec(insert, insertValues(o))) {
            m_db.setLastError(QCoreApplication::translate("OrderStore", "Order %1 (UID %2) could not be stored: %3")
                                  .arg(o.id)
                                  .arg(o.uid)
                                  .arg(m_db.lastError()));
            return failWith(error, m_db.lastError());
        }
    }
    return insertHistory(history) || failWith(error, m_db.lastError());
}

bool OrderStore::insertHistory(const QList<HistoryEntry> &entries)
{
    for (qsizetype from = 0; from < entries.size(); from += Database::rowsPerStatement) {
        const qsizetype count = qMin<qsizetype>(Database::rowsPerStatement, entries.size() - from);
        QVariantList values;
        for (qsizetype i = from; i < from + count; ++i) {
            const HistoryEntry &e = entries.at(i);
            values << e.orderId.toLower()
                   << (e.oldStatus ? QVariant(OrderStatuses::code(*e.oldStatus))
                                   : QVariant(QMetaType::fromType<QString>()))
                   << OrderStatuses::code(e.status) << e.payoutStatus << e.orderNote << e.comment << e.actor
                   << (e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
        }
        if (!m_db.exec(QStringLiteral("INSERT INTO order_history (order_id, old_status, status, payout_status, "
                                      "order_note, comment, actor, at) VALUES %1")
                           .arg(Database::placeholders(8, int(count))),
                values))
            return false;
    }
    return true;
}

std::optional<QList<Order>> OrderStore::readOrders(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q;
    if (!m_db.exec(q, sql, values)) {
        failWith(error, m_db.lastError());
        return std::nullopt;
    }
    QList<Order> orders;
    while (q.next())
        orders.append(orderFromRow(q));
    return orders;
}

std::optional<Order> OrderStore::byId(const QString &id, QString *error)
{
    const auto found = readOrders(
        QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(OrderQuery::columns()), { id.toLower() }, error);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

std::optional<Order> OrderStore::byUid(qint64 uid, QString *error)
{
    const auto found
        = readOrders(QStringLiteral("SELECT %1 FROM orders WHERE uid = ?").arg(OrderQuery::columns()), { uid }, error);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

std::optional<Order> OrderStore::find(const QString &idOrUid, QString *error)
{
    bool isNumber = false;
    const qint64 uid = idOrUid.toLongLong(&isNumber);
    if (isNumber && idOrUid.size() != 24)
        return byUid(uid, error);
    return byId(idOrUid, error);
}

QList<HistoryEntry> OrderStore::history(const QString &orderId, QString *error)
{
    QSqlQuery q;
    QList<HistoryEntry> entries;
    if (!m_db.exec(q,
            QStringLiteral("SELECT id, order_id, old_status, status, payout_status, order_note, comment, "
                           "actor, at FROM order_history WHERE order_id = ? ORDER BY id"),
            { orderId.toLower() })) {
        failWith(error, m_db.lastError());
        return entries;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.orderId = q.value(1).toString();
        if (!q.value(2).isNull())
            e.oldStatus = OrderStatuses::fromCode(q.value(2).toString());
        e.status = OrderStatuses::fromCode(q.value(3).toString()).value_or(OrderStatus::New);
        e.payoutStatus = q.value(4).toString();
        e.orderNote = q.value(5).toString();
        e.comment = q.value(6).toString();
        e.actor = q.value(7).toString();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        entries.append(e);
    }
    return entries;
}

OrderStore::Change OrderStore::changeStatus(
    const QString &orderId, OrderStatus from, OrderStatus to, const HistoryEntry &entry, QString *error)
{
    if (!OrderStatuses::canMove(from, to))
        return changeStatusInTransaction(orderId, from, to, entry, error); // refuses without touching the book
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        failWith(error, m_db.lastError());
        return Change::Failed;
    }
    const Change change = changeStatusInTransaction(orderId, from, to, entry, error);
    if (change == Change::Done && !transaction.commit()) {
        failWith(error, m_db.lastError());
        return Change::Failed;
    }
    return change;
}

OrderStore::Change OrderStore::changeStatusInTransaction(
    const QString &orderId, OrderStatus from, OrderStatus to, const HistoryEntry &entry, QString *error)
{
    return move(orderId, from, to, entry, error, {}, {});
}

OrderStore::Change OrderStore::changeStatusIfNoPayout(const QString &orderId, OrderStatus from, OrderStatus to,
    qint64 revision, const HistoryEntry &entry, QString *error)
{
    const QString closed
        = QStringLiteral("'%1', '%2'")
              .arg(PayoutAttempt::code(PayoutAttempt::State::Paid), PayoutAttempt::code(PayoutAttempt::State::Failed));
    return move(orderId, from, to, entry, error,
        QStringLiteral(" AND revision = ? AND NOT EXISTS (SELECT 1 FROM payout_attempts a WHERE a.order_id = "
                       "orders.id AND a.state NOT IN (%1))")
            .arg(closed),
        { revision });
}

OrderStore::Change OrderStore::move(const QString &orderId, OrderStatus from, OrderStatus to, const HistoryEntry &entry,
    QString *error, const QString &alsoWhere, const QVariantList &alsoValues)
{
    if (!OrderStatuses::canMove(from, to)) {
        failWith(error,
            QCoreApplication::translate("OrderStore", "An order cannot move from \"%1\" to \"%2\".")
                .arg(OrderStatuses::title(from), OrderStatuses::title(to)));
        return Change::NotAllowed;
    }
    QSqlQuery update;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_db.exec(update,
            QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, status_at = ?, revision = revision + 1 "
                           "WHERE id = ? AND status = ?")
                + alsoWhere,
            QVariantList { OrderStatuses::code(to), now, now, orderId.toLower(), OrderStatuses::code(from) }
                + alsoValues)) {
        failWith(error, m_db.lastError());
        return Change::Failed;
    }
    if (update.numRowsAffected() != 1) {
        failWith(error,
            QCoreApplication::translate("OrderStore", "The order is no longer \"%1\": someone changed it meanwhile.")
                .arg(OrderStatuses::title(from)));
        return Change::Stale;
    }
    HistoryEntry e = entry;
    e.orderId = orderId.toLower();
    e.oldStatus = from;
    e.status = to;
    // The desk changed the status: an order created through it with an IPN URL gets an IPN
    // (the outbox row is part of this commit, so a change is never left unannounced).
    if (!insertHistory({ e })
        || !m_db.exec(QStringLiteral("INSERT INTO ipn_deliveries (order_id, status, sent_at, state, updated_at) "
                                     "SELECT id, ?, ?, 'pending', ? FROM orders WHERE id = ? AND ipn_url <> ''"),
            { OrderStatuses::code(to), now, now, orderId.toLower() })) {
        failWith(error, m_db.lastError());
        return Change::Failed;
    }
    return Change::Done;
}

qint64 OrderStore::count(const OrderFilter &filter, QString *error)
{
    const OrderQuery query(m_db.dialect(), filter);
    QSqlQuery q;
    if (!m_db.exec(q, query.countSql(), query.values()) || !q.next()) {
        failWith(error, m_db.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<Order>> OrderStore::page(
    const OrderFilter &filter, const OrderSort &sort, int limit, qint64 offset, QString *error)
{
    const OrderQuery query(m_db.dialect(), filter, sort);
    return readOrders(query.pageSql(limit, offset), query.values(), error);
}

std::optional<QList<Order>> OrderStore::pageAfter(
    const OrderFilter &filter, const OrderSort &sort, const Order &last, int limit, QString *error)
{
    const OrderQuery query(m_db.dialect(), filter, sort);
    return readOrders(query.pageAfterSql(limit), query.valuesAfter(last), error);
}

std::optional<QList<OrderStore::Claimable>> OrderStore::claimable(QString *error)
{
    QSqlQuery q;
    q.setForwardOnly(true);
    if (!m_db.exec(q,
            QStringLiteral(
                "SELECT id, xml_to, out_amount FROM orders WHERE status = 'inProgressPayout' AND proposed_at = "
                "0 AND NOT EXISTS (SELECT 1 FROM payout_attempts a WHERE a.order_id = orders.id AND a.state "
                "NOT IN ('paid', 'failed')) ORDER BY created_at, id"))) {
        failWith(error, m_db.lastError());
        return std::nullopt;
    }
    QList<Claimable> list;
    while (q.next()) {
        const auto amount = Money::parse(q.value(2).toString());
        if (amount)
            list.append({ q.value(0).toString(), q.value(1).toString(), *amount });
    }
    return list;
}

} // namespace pd
