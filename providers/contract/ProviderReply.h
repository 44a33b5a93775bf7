#pragma once

#include "Payout.h"
#include "ProviderError.h"

#include <QObject>

namespace pd {

// The answer to one asynchronous provider call. It emits finished() exactly once, always
// later than the call that made it (never from inside it), whatever happens: success,
// provider error, network failure or timeout. The caller owns it (deleteLater when done).
class ProviderReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    const ProviderError &error() const { return m_error; }
    const Balances &balances() const { return m_balances; }
    const TransferResult &transfer() const { return m_transfer; }
    const PayoutStatus &status() const { return m_status; }

    // For adapters: set the result, then finish.
    void setBalances(const Balances &b) { m_balances = b; }
    void setTransfer(const TransferResult &t) { m_transfer = t; }
    void setStatus(const PayoutStatus &s) { m_status = s; }
    void finish(const ProviderError &error = {});
    // Finishes on the next turn of the event loop: for answers known at once (a refused
    // recipient), so that the caller has connected to finished() first.
    void finishLater(const ProviderError &error = {});

signals:
    void finished();

private:
    bool m_finished = false;
    ProviderError m_error;
    Balances m_balances;
    TransferResult m_transfer;
    PayoutStatus m_status;
};

} // namespace pd
