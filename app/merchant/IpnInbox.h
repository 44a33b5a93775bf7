#pragma once

#include "IpnMessage.h"

#include <QString>

namespace pd {

class Database;

// Takes an IPN whose checksum was checked into the order book, in one transaction: the
// order is created or updated and a history entry written. A duplicate (the same checksum
// again) changes nothing. An older notification than the order's current status is kept in
// the history but never rolls the status back, and neither does one that arrives while the
// desk is paying the order out.
class IpnInbox {
public:
    explicit IpnInbox(Database &database)
        : m_db(database)
    {
    }

    enum class Result { Created, Updated, Unchanged, Older, PayoutInProgress, Duplicate, Failed };
    Result take(const IpnMessage &message, QString *error = nullptr);

    static QString word(Result result); // for the HTTP answer and the CLI

private:
    Database &m_db;
};

} // namespace pd
