#include "PollLease.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace pd {

bool PollLease::hold(const QString &provider, bool *newlyTaken)
{
    if (newlyTaken)
        *newlyTaken = false;
    if (m_db.dialect().kind() != SqlDialect::Kind::PostgreSQL || m_held.contains(provider))
        return true;
    QSqlQuery q;
    // hashtext: one stable 32-bit key per provider, in a namespace of the desk's own.
    if (!m_db.exec(q, QStringLiteral("SELECT pg_try_advisory_lock(1885626980, hashtext(?))"), { provider }) || !q.next()
        || !q.value(0).toBool())
        return false;
    m_held.insert(provider);
    if (newlyTaken)
        *newlyTaken = true;
    return true;
}

} // namespace pd
