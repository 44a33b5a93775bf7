#pragma once

#include "storage/Database.h"

#include <QString>
#include <memory>

namespace pd {

// A folder that holds one desk's order book (payoutdesk.sqlite). Opening it runs the
// migrations, so every tool that opens a workspace sees the current schema.
class Workspace {
public:
    static QString defaultDir(); // under the user's data directory
    static QString demoDir();    // a separate folder for the demo data

    static std::unique_ptr<Workspace> open(const QString &dir, QString *error);

    QString dir() const { return m_dir; }
    QString databasePath() const;
    Database &database() { return *m_database; }

    // A random id made when the workspace is first opened: the namespace of its secrets in
    // the keychain, so two workspaces (say, the demo and the real book) never share one.
    QString id() const { return m_id; }

    // Another connection to the same book, for a worker thread (connections are per thread).
    std::unique_ptr<Database> openConnection(const QString &connectionName, QString *error) const;

    // Who is at the desk: the OS user, the name that goes into history and the activity log.
    static QString currentStaff();

private:
    explicit Workspace(QString dir) : m_dir(std::move(dir)) {}

    bool loadId(QString *error);

    QString m_dir;
    QString m_id;
    std::unique_ptr<Database> m_database;
};

} // namespace pd
