#pragma once

#include "contract/Money.h"

#include <QHash>
#include <QStringList>

namespace pd {

class Database;

// Four-eyes approval (issue 9, item 4): a payout above its currency's threshold
// (PayoutLimits, "second approval above") is sent only once two different staff members
// approved that very attempt, amount and recipient. AttemptStore::claim records each approval
// and claims on the second; on PostgreSQL the book refuses an attempt without them, and an
// approval in another login's name, whoever writes it (migration 11).
class Approvals {
public:
    explicit Approvals(Database &database)
        : m_db(database)
    {
    }

    // Who approved the order's attempt `attemptNo` of `amount` to `recipient` so far.
    QStringList approvers(
        const QString &orderId, int attemptNo, const Money &amount, const QString &recipient, QString *error);
    bool add(const QString &orderId, int attemptNo, const Money &amount, const QString &recipient,
        const QString &approver, QString *error);
    // For the queue: the approvers so far of each waiting order's next payout, by order id.
    QHash<QString, QStringList> waiting();

private:
    Database &m_db;
};

} // namespace pd
