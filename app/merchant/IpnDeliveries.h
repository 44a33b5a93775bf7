#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;

// What became of the IPNs the desk sent about an order (IpnSender's outbox rows), newest
// first: for the order's window and `orders show`.
class IpnDeliveries {
public:
    struct Delivery {
        QString status; // the order status it announced
        QString state; // pending, sending, delivered, failed
        int tries = 0;
        int httpStatus = 0; // 0: no answer
        QString error;
        QDateTime queuedAt; // UTC
        QDateTime updatedAt;
    };

    explicit IpnDeliveries(Database &database)
        : m_db(database)
    {
    }
    QList<Delivery> forOrder(const QString &orderId);

private:
    Database &m_db;
};

} // namespace pd
