#pragma once

#include "PayoutQueueModel.h"
#include "PayoutQueuePage.h"

#include <QSignalSpy>
#include <QTableView>

// Reading the payout queue as staff see it, for the GUI tests: cells by row and column of the
// model, and a refresh waited for on its signal (the queue is read off the GUI thread).
namespace QueueView {

inline QString text(const pd::PayoutQueuePage *queue, int row, int column)
{
    return queue->model()->index(row, column).data(Qt::DisplayRole).toString();
}

inline QString tip(const pd::PayoutQueuePage *queue, int row, int column)
{
    return queue->model()->index(row, column).data(Qt::ToolTipRole).toString();
}

inline int rows(const pd::PayoutQueuePage *queue)
{
    return queue->model()->rowCount();
}

// The reserve does not cover the row: a warning icon on its amount, the reason in the tooltip.
inline bool flagged(const pd::PayoutQueuePage *queue, int row)
{
    const QModelIndex amount = queue->model()->index(row, pd::PayoutQueueModel::Amount);
    return !amount.data(Qt::ToolTipRole).toString().isEmpty() && !amount.data(Qt::DecorationRole).isNull();
}

// Reads the queue again and waits until the count, the first page and the reserve are in.
inline bool refreshed(pd::PayoutQueuePage *queue, int timeoutMs = 20000)
{
    QSignalSpy done(queue, &pd::PayoutQueuePage::refreshed);
    queue->refresh();
    return done.wait(timeoutMs);
}

inline int rowOfUid(const pd::PayoutQueuePage *queue, qint64 uid)
{
    for (int row = 0; row < rows(queue); ++row) {
        if (queue->model()->index(row, 0).data(pd::PayoutQueueModel::UidRole).toLongLong() == uid)
            return row;
    }
    return -1;
}

} // namespace QueueView
