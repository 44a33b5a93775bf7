#pragma once

#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// What staff narrow the order book down to; the orders page, the CLI and the CSV export
// all read the book through it.
struct OrderFilter {
    QList<OrderStatus> statuses; // empty: every status
    QString currency; // an XML code on either side; empty: every currency
    QDateTime from; // created at or after; invalid: open
    QDateTime to; // created before; invalid: open
    QString search; // a UID, (the start of) an order id, or part of a recipient
    bool operator==(const OrderFilter &) const = default;
};

// The orders the page can be sorted by. Each has an index; the order id ends every key so
// that any order is one exact keyset position.
enum class OrderSortKey { CreatedAt, UpdatedAt, Uid, Status, XmlFrom, XmlTo };

struct OrderSort {
    OrderSortKey key = OrderSortKey::CreatedAt;
    bool descending = true;
    bool operator==(const OrderSort &) const = default;
};

} // namespace pd
