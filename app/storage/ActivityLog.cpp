#include "ActivityLog.h"

#include "Database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace pd {

bool ActivityLog::append(const QString &actor, const QString &kind, const QString &subject, const QString &message)
{
    return m_db.exec(QStringLiteral("INSERT INTO activity_log (at, actor, kind, subject, message) VALUES (?,?,?,?,?)"),
        { QDateTime::currentMSecsSinceEpoch(), actor, kind, subject, message });
}

QList<ActivityLog::Entry> ActivityLog::recent(int limit)
{
    QList<Entry> entries;
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("SELECT id, at, actor, kind, subject, message FROM activity_log "
                           "ORDER BY id DESC LIMIT ?"),
            { limit }))
        return entries;
    while (q.next())
        entries.append({ q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return entries;
}

} // namespace pd
