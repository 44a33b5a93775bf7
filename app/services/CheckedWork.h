#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// For a service's work: runs a store's read that tells of a failure only through
// Database::lastError (it answers an empty list), and passes that failure on as the reply's error.
template <typename Read> auto checkedRead(Database &db, QString *error, Read read)
{
    db.setLastError(QString());
    auto value = read();
    if (!db.lastError().isEmpty())
        *error = db.lastError();
    return value;
}

// For a service's work: a store's write that answered false always leaves the reply an error
// (the store's own words, else the connection's last error), so it never finishes ok().
inline bool checkedWrite(Database &db, QString *error, bool written)
{
    if (!written && error->isEmpty())
        *error = db.lastError().isEmpty()
            ? QCoreApplication::translate("pd::CheckedWork", "The order book refused the change.")
            : db.lastError();
    return written;
}

} // namespace pd
