#pragma once

#include "OrderStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// What staff narrow the order book down to; the orders page, the CLI and the CSV export
// all read the book through it.
struct OrderFilter {
    QList<OrderStatus> statuses; // empty: every status
    QString currency; // an XML code on either side; empty: every currency
    QDateTime from; // created at or after; invalid: open
    QDateTime to; // created before; invalid: open
    QString search; // a UID, (the start of) an order id, or part of a recipient
    // The payout queue's filters: what is paid out (XML codes; empty: any), and orders that
    // need a person (a failed payout, one whose outcome is unknown or needs attention, a hold).
    QStringList payoutCurrencies;
    bool needsAttention = false;
    bool operator==(const OrderFilter &) const = default;
};

// The orders the page can be sorted by. Each has an index; the order id ends every key so
// that any order is one exact keyset position.
// OutAmount, Recipient and Approvals are for the payout queue, which pages by offset (the
// amount is compared as a number, not as money: for the order of rows only).
enum class OrderSortKey { CreatedAt, UpdatedAt, Uid, Status, XmlFrom, XmlTo, OutAmount, Recipient, Approvals };

struct OrderSort {
    OrderSortKey key = OrderSortKey::CreatedAt;
    bool descending = true;
    bool operator==(const OrderSort &) const = default;
};

} // namespace pd
