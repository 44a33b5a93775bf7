#include "Transaction.h"

#include "Database.h"

namespace pd {

Transaction::Transaction(Database &database) : m_database(database)
{
    m_active = m_database.exec(m_database.dialect().beginWrite());
}

Transaction::~Transaction()
{
    if (m_active) {
        const QString error = m_database.lastError(); // keep the error that made us roll back
        m_database.exec(QStringLiteral("ROLLBACK"));
        m_database.setLastError(error);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_database.exec(QStringLiteral("COMMIT")))
        return false; // the destructor rolls back
    m_active = false;
    return true;
}

} // namespace pd
