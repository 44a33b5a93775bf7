#pragma once

#include <QList>
#include <QString>

namespace pd {

// What staff do to orders in the payout queue besides approving them, and what came of it
// for each order.
enum class QueueAction { Hold, Release, Reject, Retry, MarkPaid };

struct QueueActionResult {
    QString orderId;
    qint64 uid = 0; // 0 when the order is not in the book
    bool done = false;
    QString message; // for staff: what was done, or why not
};

using QueueActionResults = QList<QueueActionResult>;

} // namespace pd
