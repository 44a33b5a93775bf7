#pragma once

#include "Workspace.h"

#include <QUrl>
#include <memory>

namespace pd {

// Opening a workspace the way the desk and the CLI do: `--database postgresql://user@host:port/db`
// moves the folder's book to that server (remembered in the folder, without the password); the
// password lives in the OS keychain under the service's "order-book" namespace, keyed by the
// address, so it is typed once (a password given inside the address goes to the keychain and
// nowhere else). With no password stored, libpq's own PGPASSWORD / ~/.pgpass still apply.
class BookConnection {
public:
    static std::unique_ptr<Workspace> open(const QString &dir, const QString &databaseOption, QString *error);

    // The keychain's copy of the password for `url`; empty when none is stored.
    static QString password(const QUrl &url, QString *error);
    static bool storePassword(const QUrl &url, const QString &password, QString *error);
    // The keychain entry's key: user@host:port/database, never the password.
    static QString keyFor(const QUrl &url);
};

} // namespace pd
