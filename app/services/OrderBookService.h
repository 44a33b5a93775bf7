#pragma once

#include "storage/BookReply.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace pd {

class Workspace;

// File → Order book… asks here: where the workspace's book is, a test of a PostgreSQL server,
// and team mode's one-way move of this desk's SQLite book into an empty database there
// (BookMigration: all or nothing, proved table by table). Connecting and moving run on the
// workspace's database thread, so they wait there, never on the window's.
class OrderBookService : public QObject {
    Q_OBJECT
public:
    // One table of a move, as both sides counted it.
    struct TableCheck {
        QString name;
        qint64 rowsHere = 0;
        qint64 rowsThere = 0;
        bool matches = false;
    };

    explicit OrderBookService(Workspace &workspace, QObject *parent = nullptr);

    // What the workspace has open now (nothing is read from the book for these).
    bool onPostgres() const;
    QUrl openUrl() const; // the PostgreSQL address open now; empty on SQLite
    QString sqlitePath() const;
    QString dir() const;

    // `typedPassword` below is what staff typed, often nothing: then the keychain's password
    // for `url` is used (BookConnection), and with none there libpq's PGPASSWORD / ~/.pgpass.

    // Connects to `url` and says what is there, in staff's words; the error says why not.
    BookAnswer<QString> *test(const QUrl &url, const QString &typedPassword);
    // From its next start the desk opens the book at `url`: a typed password goes to the
    // keychain first, then the folder remembers the address (never the password).
    BookReply *use(const QUrl &url, const QString &typedPassword);
    // Copies the SQLite book open now into the empty database at `url` and checks it; when every
    // table matches, it is used as use() does. The answer's value is the report, also when the
    // move failed (then nothing stays there but the empty schema). Only from SQLite.
    BookAnswer<QList<TableCheck>> *move(const QUrl &url, const QString &typedPassword);

signals:
    // How far a move has come (queued, on the asking thread).
    void moveProgress(const QString &table, qint64 done, qint64 total);

private:
    BookAnswer<QString> *passwordFor(const QUrl &url, const QString &typedPassword);
    BookAnswer<QString> *connectAndLook(const QUrl &url, const QString &password);
    BookAnswer<QList<TableCheck>> *copyInto(const QUrl &url, const QString &password);

    Workspace &m_workspace;
};

} // namespace pd
