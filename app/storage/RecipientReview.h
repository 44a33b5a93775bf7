#pragma once

#include <QString>

namespace pd {

class Database;

// A recipient the exchange site sent after an order's recipient was pinned waits for a
// person (the IPN's checksum does not cover the recipient, so a changed one is never taken on
// its word). Accept puts it in place of the pinned one; Keep refuses it. Either needs a
// comment, and writes the order's history and the activity log in the same transaction as
// the change. Until one of them, the claim refuses the order: it is paid to neither.
class RecipientReview {
public:
    explicit RecipientReview(Database &database)
        : m_db(database)
    {
    }

    enum class Decision { Accept, Keep };
    // False with a sentence for staff in `error` when nothing changed: no such order, nothing
    // waiting, no comment, or the proposal changed meanwhile.
    bool decide(const QString &orderId, Decision decision, const QString &actor, const QString &comment,
        QString *error = nullptr);

private:
    Database &m_db;
};

} // namespace pd
