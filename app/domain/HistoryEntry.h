#pragma once

#include "OrderStatus.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace pd {

// One line of an order's history, with the fields of the specification's updateHistory()
// plus who made the change and when. Every change of an order writes one.
struct HistoryEntry {
    qint64 id = 0;
    QString orderId;
    std::optional<OrderStatus> oldStatus; // none for the entry that records the order's arrival
    OrderStatus status = OrderStatus::New;
    QString payoutStatus;
    QString orderNote;
    QString comment;
    QString actor; // a staff member, "ipn", "import", "demo", ...
    QDateTime at; // UTC

    // The entry that records an order's arrival in the book.
    static HistoryEntry arrival(const QString &orderId, OrderStatus status, const QString &actor,
        const QString &comment, const QDateTime &at = QDateTime::currentDateTimeUtc())
    {
        HistoryEntry e;
        e.orderId = orderId;
        e.status = status;
        e.actor = actor;
        e.comment = comment;
        e.at = at;
        return e;
    }
};

} // namespace pd
