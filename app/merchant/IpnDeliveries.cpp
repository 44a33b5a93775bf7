#include "IpnDeliveries.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace pd {

QList<IpnDeliveries::Delivery> IpnDeliveries::forOrder(const QString &orderId)
{
    QSqlQuery q;
    QList<Delivery> list;
    if (!m_db.exec(q,
            QStringLiteral("SELECT status, state, tries, http_status, error, sent_at, updated_at FROM ipn_deliveries "
                           "WHERE order_id = ? ORDER BY id DESC"),
            { orderId.toLower() }))
        return list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
            q.value(4).toString(), QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC) });
    return list;
}

} // namespace pd
