#pragma once

#include "domain/Order.h"

#include <QDateTime>
#include <QTimeZone>

// Small, readable orders for the storage and import tests.
namespace testorders {

inline pd::Order make(qint64 uid, pd::OrderStatus status = pd::OrderStatus::InProgressPayout,
    const QString &xmlTo = QStringLiteral("USDTTRC20"), qint64 createdMs = 1700000000000)
{
    pd::Order o;
    o.uid = uid;
    o.id = QStringLiteral("65a0000000000000%1").arg(uid, 8, 16, QLatin1Char('0'));
    o.status = status;
    o.inAmount = *pd::Money::parse(u"2.5");
    o.outAmount = *pd::Money::parse(u"317.420001");
    o.xmlFrom = QStringLiteral("ETH");
    o.xmlTo = xmlTo;
    o.toValues = { { QStringLiteral("address"), QStringLiteral("Wallet"),
        QStringLiteral("TQrY8tryqsYVCYS3MFbtffiPp2ccyn%1").arg(uid, 4, 10, QLatin1Char('0')) } };
    o.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs + uid * 1000, Qt::UTC);
    o.updatedAt = o.createdAt;
    return o;
}

} // namespace testorders
