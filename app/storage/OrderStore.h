#pragma once

#include "domain/HistoryEntry.h"
#include "domain/Order.h"
#include "domain/OrderFilter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace pd {

class Database;

// The order book: orders and their history. Every write is one transaction, and every
// change of an order leaves a history entry in that same transaction.
class OrderStore {
public:
    explicit OrderStore(Database &database)
        : m_db(database)
    {
    }
    Database &database() const { return m_db; }

    // Adds new orders and their history so far (at least each one's arrival entry, see
    // HistoryEntry::arrival), all or none.
    bool add(const QList<Order> &orders, const QList<HistoryEntry> &history, QString *error);
    // The same, inside a write transaction the caller already holds.
    bool addInTransaction(const QList<Order> &orders, const QList<HistoryEntry> &history, QString *error);
    // Inside the caller's transaction: adds each order with its arrival entry (arrivals[i] for
    // orders[i]) unless an order with its id is already in the book; the ids of those added go
    // into *added. The insert is the look-up, so the IPN intake's new order costs no read, and a
    // whole group commit's orders are one statement per table (the recipients' FTS5 index is
    // written once per statement, not once per order). The orders' ids must differ.
    bool addIfNew(const QList<Order> &orders, const QList<HistoryEntry> &arrivals, QSet<QString> *added);

    std::optional<Order> byId(const QString &id, QString *error = nullptr);
    std::optional<Order> byUid(qint64 uid, QString *error = nullptr);
    // What staff type: a UID or an order id.
    std::optional<Order> find(const QString &idOrUid, QString *error = nullptr);

    QList<HistoryEntry> history(const QString &orderId, QString *error = nullptr);

    // Moves an order from `from` to `to` if it is still in `from` and the transition table
    // allows it: one conditional UPDATE, so of two desks racing for the same change exactly
    // one wins. `entry` carries the note, comment and actor for the history.
    enum class Change { Done, Stale, NotAllowed, Failed };
    Change changeStatus(
        const QString &orderId, OrderStatus from, OrderStatus to, const HistoryEntry &entry, QString *error);

    // The same, inside a write transaction the caller already holds (so that a payout's
    // outcome and its order's new status are one commit).
    Change changeStatusInTransaction(
        const QString &orderId, OrderStatus from, OrderStatus to, const HistoryEntry &entry, QString *error);
    // The same, in the caller's transaction, and only while the order is still at `revision`
    // and no payout of it is open (claimed and not yet paid or failed): a staff action on the
    // payout queue (hold, reject, mark paid) and a claim by any desk exclude each other, the
    // claim being the same kind of conditional UPDATE. Stale when either condition fails.
    Change changeStatusIfNoPayout(const QString &orderId, OrderStatus from, OrderStatus to, qint64 revision,
        const HistoryEntry &entry, QString *error);
    // A history entry that changes no status (a payout approved, a note), in the caller's transaction.
    bool addHistory(const HistoryEntry &entry) { return insertHistory({ entry }); }

    // -1 on error.
    qint64 count(const OrderFilter &filter, QString *error = nullptr);
    std::optional<QList<Order>> page(
        const OrderFilter &filter, const OrderSort &sort, int limit, qint64 offset, QString *error = nullptr);
    std::optional<QList<Order>> pageAfter(
        const OrderFilter &filter, const OrderSort &sort, const Order &last, int limit, QString *error = nullptr);

    // What Approve would claim now, in queue order (oldest first): waiting for the payout, no
    // payout open, no recipient waiting for a person. Only what the reserve is counted with.
    struct Claimable {
        QString id;
        QString xmlTo;
        Money amount;
    };
    std::optional<QList<Claimable>> claimable(QString *error = nullptr);

private:
    Change move(const QString &orderId, OrderStatus from, OrderStatus to, const HistoryEntry &entry, QString *error,
        const QString &alsoWhere, const QVariantList &alsoValues);
    bool insertHistory(const QList<HistoryEntry> &entries); // in statements of many rows
    static QVariantList insertValues(const Order &order);
    std::optional<QList<Order>> readOrders(const QString &sql, const QVariantList &values, QString *error);

    Database &m_db;
};

} // namespace pd
