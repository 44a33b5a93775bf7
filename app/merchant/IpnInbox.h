#pragma once

#include "IpnMessage.h"

#include <QList>
#include <QString>

namespace pd {

class Database;

// Takes an IPN whose checksum was checked into the order book, in one transaction: the
// order is created or updated and a history entry written. A duplicate (the same checksum
// again) changes nothing. An older notification than the order's current status is kept in
// the history but never rolls the status back, and neither does one that arrives while the
// desk is paying the order out. A status that cannot follow the order's own (the transition
// table decides, also between two IPNs with the same timestamp) is kept on the order for a
// person, not applied. The recipient is pinned when the order arrives: the checksum does not
// cover it, so a different recipient in a later IPN is kept beside the pinned one, and the
// order cannot be paid until a staff member accepts or refuses it.
class IpnInbox {
public:
    explicit IpnInbox(Database &database)
        : m_db(database)
    {
    }

    enum class Result {
        Created,
        Updated,
        RecipientWaits, // updated, and a changed recipient waits for a person
        Unchanged,
        Older,
        NotApplied, // the status cannot follow the order's: kept for a person
        PayoutInProgress,
        Duplicate,
        Failed
    };
    // Takes the IPN in a transaction of its own (a savepoint inside the caller's).
    Result take(const IpnMessage &message, QString *error = nullptr);
    // The same inside the caller's write transaction, without a savepoint: on Failed what it
    // wrote is in that transaction, which the caller must roll back whole.
    Result takeInTransaction(const IpnMessage &message, QString *error = nullptr);
    // A group commit's IPNs in the caller's write transaction, their results in their order, the
    // same as taking them one after another. What an IPN usually writes (its receipt, a new
    // order, its arrival in the history) is one statement per table for the whole group; IPNs
    // for orders already in the book are then taken one by one, in their order. When one fails,
    // all are Failed and the caller must roll the transaction back whole.
    QList<Result> takeInTransaction(const QList<IpnMessage> &messages, QString *error = nullptr);

    static QString word(Result result); // for the HTTP answer and the CLI

private:
    Result takeForKnownOrder(const IpnMessage &message, qint64 now, QString *error);

    Database &m_db;
};

} // namespace pd
