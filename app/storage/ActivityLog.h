#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;

// The desk's own diary: what was imported, rejected, configured, and by whom. Orders keep
// their own history; this is for everything else staff may need to look back on.
class ActivityLog {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString kind; // e.g. "import", "ipn.rejected", "settings"
        QString subject; // what it is about: a file, a provider, an order id
        QString message;
    };

    explicit ActivityLog(Database &database)
        : m_db(database)
    {
    }

    bool append(const QString &actor, const QString &kind, const QString &subject, const QString &message);
    QList<Entry> recent(int limit);

private:
    Database &m_db;
};

} // namespace pd
