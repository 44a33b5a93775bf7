#include "Transaction.h"

#include "Database.h"

#include <QSqlQuery>

namespace pd {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.transactionDepth())
{
    m_active = m_database.exec(
        m_depth == 0 ? m_database.dialect().beginWrite() : QString(QStringLiteral("SAVEPOINT ") + savepoint()));
    if (m_active && m_depth == 0 && !m_database.dialect().writeLock().isEmpty()) {
        QSqlQuery lock;
        if (!m_database.exec(lock, m_database.dialect().writeLock())) {
            const QString error = m_database.lastError();
            m_database.exec(QStringLiteral("ROLLBACK"));
            m_database.setLastError(error);
            m_active = false;
        }
    }
    if (m_active)
        m_database.setTransactionDepth(m_depth + 1);
}

Transaction::~Transaction()
{
    if (m_active) {
        const QString error = m_database.lastError(); // keep the error that made us roll back
        if (m_depth == 0) {
            m_database.exec(QStringLiteral("ROLLBACK"));
        } else {
            m_database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint());
            m_database.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint());
        }
        m_database.setTransactionDepth(m_depth);
        m_database.setLastError(error);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_database.exec(
            m_depth == 0 ? QStringLiteral("COMMIT") : QString(QStringLiteral("RELEASE SAVEPOINT ") + savepoint())))
        return false; // the destructor rolls back
    m_active = false;
    m_database.setTransactionDepth(m_depth);
    return true;
}

QString Transaction::savepoint() const
{
    return QStringLiteral("pd_nested_") + QString::number(m_depth);
}

} // namespace pd
