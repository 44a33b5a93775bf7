#include "SkipFsync.h"

#include "Database.h"

namespace pd {

SkipFsync::SkipFsync(Database &database)
    : m_database(database)
{
    // PostgreSQL: the commit returns before its WAL is flushed; a crash may lose the last
    // commits but never corrupts or half-applies one, the same promise as SQLite's NORMAL.
    m_relaxed = m_database.execDirect(m_database.dialect().kind() == SqlDialect::Kind::SQLite
            ? QStringLiteral("PRAGMA synchronous=NORMAL")
            : QStringLiteral("SET synchronous_commit TO OFF"));
}

SkipFsync::~SkipFsync()
{
    if (m_relaxed)
        m_database.execDirect(m_database.dialect().kind() == SqlDialect::Kind::SQLite
                ? QStringLiteral("PRAGMA synchronous=FULL")
                : QStringLiteral("SET synchronous_commit TO ON"));
}

} // namespace pd
