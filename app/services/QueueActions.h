#pragma once

#include "QueueAction.h"
#include "domain/OrderStatus.h"
#include "storage/BookReply.h"

#include <QStringList>
#include <optional>

class QObject;

namespace pd {

class Database;
class DatabaseThread;

// The payout queue's actions other than Approve, as the core's rules: hold, release a hold,
// reject (the order is returned and its sender refunded), retry a failed payout, mark paid
// manually with an external reference. Each order is changed in a transaction of its own,
// and only while no payout of it is open: the change and any desk's claim are conditional
// UPDATEs of the same row, so an order is never returned, held or marked paid while a payout
// of it is being sent (OrderStore::changeStatusIfNoPayout). The queue, the order window and
// `payoutdesk-cli payout hold|release|reject|retry|mark-paid` all go through here.
class QueueActions {
public:
    QueueActions(DatabaseThread &thread, QString actor);

    // On the database thread; the reply finishes with a result per order, in the order asked.
    BookAnswer<QueueActionResults> *act(
        QueueAction action, const QStringList &orderIds, const QString &text, QObject *parent);

    // The same on the caller's connection (the CLI, which has no other work to do meanwhile).
    static QueueActionResults actOn(
        Database &db, QueueAction action, const QStringList &orderIds, const QString &text, const QString &actor);

    // Whether the action can start from this status (the transaction checks again).
    static bool appliesTo(QueueAction action, OrderStatus status);
    static bool needsText(QueueAction action);
    // A hold can be released; a rejection and a manual payout cannot be undone from the desk.
    static bool isFinal(QueueAction action);
    static QString word(QueueAction action); // hold, release, reject, retry, mark-paid
    static std::optional<QueueAction> fromWord(const QString &word);

private:
    static QueueActionResult actOnOne(
        Database &db, QueueAction action, const QString &orderId, const QString &text, const QString &actor);

    DatabaseThread &m_thread;
    QString m_actor;
};

} // namespace pd
