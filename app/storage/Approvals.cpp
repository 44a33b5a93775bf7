#include "Approvals.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pd {

QStringList Approvals::approvers(
    const QString &orderId, int attemptNo, const Money &amount, const QString &recipient, QString *error)
{
    QStringList who;
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("SELECT approver FROM approvals WHERE order_id = ? AND attempt_no = ? AND amount = ? "
                           "AND recipient = ? ORDER BY at"),
            { orderId, attemptNo, amount.toString(), recipient })) {
        if (error)
            *error = m_db.lastError();
        return who;
    }
    while (q.next())
        who << q.value(0).toString();
    return who;
}

bool Approvals::add(const QString &orderId, int attemptNo, const Money &amount, const QString &recipient,
    const QString &approver, QString *error)
{
    const bool ok
        = m_db.exec(QStringLiteral("INSERT INTO approvals (order_id, attempt_no, amount, recipient, approver, at) "
                                   "VALUES (?,?,?,?,?,?)"),
            { orderId, attemptNo, amount.toString(), recipient, approver, QDateTime::currentMSecsSinceEpoch() });
    if (!ok && error)
        *error = m_db.lastError();
    return ok;
}

QHash<QString, QStringList> Approvals::waiting()
{
    // The next attempt of an order in the queue, at its amount as it stands now.
    QHash<QString, QStringList> byOrder;
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("SELECT a.order_id, a.approver FROM approvals a JOIN orders o ON o.id = a.order_id "
                           "WHERE o.status = 'inProgressPayout' AND a.amount = o.out_amount AND a.attempt_no = "
                           "(SELECT COALESCE(MAX(p.attempt_no), 0) + 1 FROM payout_attempts p WHERE p.order_id = o.id) "
                           "ORDER BY a.at")))
        return byOrder;
    while (q.next())
        byOrder[q.value(0).toString()] << q.value(1).toString();
    return byOrder;
}

} // namespace pd
