#include "OrderStatus.h"

#include <QCoreApplication>

namespace pd::OrderStatuses {

namespace {

using S = OrderStatus;

struct Row {
    S status;
    const char *code;
    const char *title;
    QList<S> next;
};

// Which status may follow which. Kept as one table so that docs/DESIGN.md, the tests and the
// code read the same list. A status never follows itself: that is not a change.
const QList<Row> &table()
{
    static const QList<Row> rows = {
        { S::New, "new", QT_TRANSLATE_NOOP("OrderStatus", "New"),
            { S::WaitPayment, S::InProgress, S::ErrorPayment, S::Hold, S::Deleted } },
        { S::WaitPayment, "waitPayment", QT_TRANSLATE_NOOP("OrderStatus", "Waiting for payment"),
            { S::InProgress, S::InProgressPayout, S::ErrorPayment, S::Hold, S::Deleted } },
        { S::ErrorPayment, "errorPayment", QT_TRANSLATE_NOOP("OrderStatus", "Payment error"),
            { S::WaitPayment, S::InProgress, S::Hold, S::Returned, S::Deleted } },
        { S::InProgress, "inProgress", QT_TRANSLATE_NOOP("OrderStatus", "In progress"),
            { S::InProgressPayout, S::ErrorPayment, S::Hold, S::Done, S::Returned, S::Deleted } },
        { S::InProgressPayout, "inProgressPayout", QT_TRANSLATE_NOOP("OrderStatus", "Payout queued"),
            { S::Done, S::ErrorPayout, S::Hold, S::Returned } },
        { S::ErrorPayout, "errorPayout", QT_TRANSLATE_NOOP("OrderStatus", "Payout error"),
            { S::InProgressPayout, S::Done, S::Hold, S::Returned } },
        { S::Hold, "hold", QT_TRANSLATE_NOOP("OrderStatus", "On hold"),
            { S::InProgress, S::InProgressPayout, S::ErrorPayout, S::Done, S::Returned, S::Deleted } },
        { S::Done, "done", QT_TRANSLATE_NOOP("OrderStatus", "Paid out"), {} },
        { S::Returned, "returned", QT_TRANSLATE_NOOP("OrderStatus", "Returned"), {} },
        { S::Deleted, "deleted", QT_TRANSLATE_NOOP("OrderStatus", "Deleted"), {} },
    };
    return rows;
}

const Row &row(OrderStatus status)
{
    return table().at(static_cast<int>(status));
}

} // namespace

const QList<OrderStatus> &all()
{
    static const QList<OrderStatus> statuses = [] {
        QList<OrderStatus> list;
        for (const Row &r : table())
            list.append(r.status);
        return list;
    }();
    return statuses;
}

QString code(OrderStatus status)
{
    return QString::fromLatin1(row(status).code);
}

std::optional<OrderStatus> fromCode(QStringView code)
{
    for (const Row &r : table()) {
        if (code == QLatin1String(r.code))
            return r.status;
    }
    return std::nullopt;
}

QString title(OrderStatus status)
{
    return QCoreApplication::translate("OrderStatus", row(status).title);
}

bool canMove(OrderStatus from, OrderStatus to)
{
    return row(from).next.contains(to);
}

QList<OrderStatus> nextStatuses(OrderStatus from)
{
    return row(from).next;
}

bool isFinal(OrderStatus status)
{
    return row(status).next.isEmpty();
}

} // namespace pd::OrderStatuses
