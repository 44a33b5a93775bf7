#pragma once

#include "PayoutOutcome.h"

#include <QList>
#include <QObject>

namespace pd {

// One approval: a batch of orders paid with bounded concurrency. Emits itemFinished for
// each order and finished() once when all are done. cancel() stops the orders that have
// not started; one already claimed is seen through, so its outcome is known.
class PayoutRun : public QObject {
    Q_OBJECT
public:
    explicit PayoutRun(int total, QObject *parent = nullptr)
        : QObject(parent)
        , m_outcomes(total)
    {
    }

    int total() const { return int(m_outcomes.size()); }
    int done() const { return m_done; }
    bool isCancelled() const { return m_cancelled; }
    const QList<PayoutOutcome> &outcomes() const { return m_outcomes; }

    void cancel() { m_cancelled = true; }

    // For the engine.
    void setOutcome(int index, const PayoutOutcome &outcome)
    {
        m_outcomes[index] = outcome;
        ++m_done;
        emit itemFinished(index);
        if (m_done == total())
            emit finished();
    }

signals:
    void itemFinished(int index);
    void finished();

private:
    QList<PayoutOutcome> m_outcomes;
    int m_done = 0;
    bool m_cancelled = false;
};

} // namespace pd
