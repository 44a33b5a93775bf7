#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pd {

// The ten statuses of the merchant specification (spec/README.md), in the order an order
// usually lives through them. The numeric values are never stored: the database keeps the
// specification's own words ("inProgressPayout"), so the book stays readable by hand.
enum class OrderStatus : quint8 {
    New,
    WaitPayment,
    ErrorPayment,
    InProgress,
    InProgressPayout,
    ErrorPayout,
    Hold,
    Done,
    Returned,
    Deleted,
};

namespace OrderStatuses {

// All ten, in the order above.
const QList<OrderStatus> &all();

// The specification's code, e.g. "inProgressPayout".
QString code(OrderStatus status);
std::optional<OrderStatus> fromCode(QStringView code);

// The staff-facing name, translated.
QString title(OrderStatus status);

// The one transition table of the desk (docs/DESIGN.md, "Order statuses and the one transition table"). Every change of
// an order's status made by the desk goes through this check.
bool canMove(OrderStatus from, OrderStatus to);
QList<OrderStatus> nextStatuses(OrderStatus from);

// done, returned and deleted: nothing follows them.
bool isFinal(OrderStatus status);

} // namespace OrderStatuses
} // namespace pd
