#include "SkipFsync.h"

#include "Database.h"

namespace pd {

SkipFsync::SkipFsync(Database &database) : m_database(database)
{
    if (m_database.dialect().kind() == SqlDialect::Kind::SQLite)
        m_relaxed = m_database.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

SkipFsync::~SkipFsync()
{
    if (m_relaxed)
        m_database.exec(QStringLiteral("PRAGMA synchronous=FULL"));
}

} // namespace pd
