#pragma once

#include "BookOpening.h"
#include "storage/BookReply.h"

#include <QUrl>

class QObject;

namespace pd {

// Opening a workspace the way the desk and the CLI do: `--database postgresql://user@host:port/db`
// moves the folder's book to that server (remembered in the folder, without the password); the
// password lives in the OS keychain under the service's "order-book" namespace, keyed by the
// address, so it is typed once (a password given inside the address goes to the keychain and
// nowhere else). With no password stored, libpq's own PGPASSWORD / ~/.pgpass still apply.
//
// The keychain answers asynchronously, so each of these returns a reply (docs/DESIGN.md,
// "Asynchronous style"): finished() once, queued; a child of `parent`.
class BookConnection {
public:
    static BookOpening *open(const QString &dir, const QString &databaseOption, QObject *parent = nullptr);

    // The keychain's copy of the password for `url`: an empty value when none is stored (not
    // an error); an error when the keychain could not be read.
    static BookAnswer<QString> *readPassword(const QUrl &url, QObject *parent = nullptr);
    static BookReply *writePassword(const QUrl &url, const QString &password, QObject *parent = nullptr);

    // The keychain entry's key: user@host:port/database, never the password.
    static QString keyFor(const QUrl &url);
};

} // namespace pd
