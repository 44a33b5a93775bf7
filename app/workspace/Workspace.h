#pragma once

#include "domain/StaffMember.h"
#include "storage/Database.h"
#include "storage/DatabaseThread.h"

#include <QString>
#include <QUrl>
#include <memory>

namespace pd {

// A folder that holds one desk's order book (payoutdesk.sqlite), or, in team mode, says where
// the team's book is (a PostgreSQL address in order-book.ini; never its password, which is in
// the keychain). Opening it runs the migrations, so every tool that opens a workspace sees the
// current schema, on either engine.
class Workspace {
public:
    static QString defaultDir(); // under the user's data directory
    static QString demoDir(); // a separate folder for the demo data

    // `bookPassword`: the PostgreSQL password, read from the keychain by the caller; empty
    // leaves it to libpq (PGPASSWORD, ~/.pgpass). Unused on SQLite.
    static std::unique_ptr<Workspace> open(const QString &dir, QString *error, const QString &bookPassword = {});

    // Team mode: the folder's book becomes the PostgreSQL database at `url`
    // (postgresql://user@host:port/db); an empty url goes back to the folder's SQLite file.
    static bool setBookUrl(const QString &dir, const QUrl &url, QString *error);
    static QUrl bookUrl(const QString &dir); // empty: the folder's own SQLite file
    // Whether `dir` holds a workspace already (its SQLite book, or a team book's address).
    static bool exists(const QString &dir);

    QString dir() const { return m_dir; }
    QString databasePath() const;
    Database &database() { return *m_database; }

    // A random id made when the workspace is first opened: the namespace of its secrets in
    // the keychain, so two workspaces (say, the demo and the real book) never share one.
    QString id() const { return m_id; }

    // Who is signed in to the book, with their role: the OS user, admin of their own desk; in
    // team mode the staff member of the PostgreSQL login (a login not on the staff cannot open it).
    const StaffMember &member() const { return m_member; }

    // Another connection to the same book, for a worker thread (connections are per thread).
    std::unique_ptr<Database> openConnection(const QString &connectionName, QString *error) const;

    // The thread the core's services (app/services) read and write staff's requests on, with
    // a connection of its own: started on first use, stopped (its queued work done) with the
    // workspace. Pages never touch database() themselves.
    DatabaseThread &bookThread();

    // Who is at the desk: the OS user, the name that goes into history and the activity log.
    static QString currentStaff();

private:
    explicit Workspace(QString dir)
        : m_dir(std::move(dir))
    {
    }

    bool loadId(QString *error);

    QString m_dir;
    QUrl m_bookUrl;
    QString m_bookPassword;
    QString m_id;
    StaffMember m_member;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseThread> m_bookThread; // declared after m_database: stopped before it
};

} // namespace pd
