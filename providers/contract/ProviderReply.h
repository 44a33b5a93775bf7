#pragma once

#include "Payout.h"
#include "ProviderError.h"
#include "StatementRow.h"

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
    const Statement &statement() const { return m_statement; }
    // Where a statement's next page starts, in the adapter's own words (an offset, a cursor);
    // empty on the last page.
    const QString &nextPage() const { return m_nextPage; }

    // For adapters: set the result, then finish.
    void setBalances(const Balances &b) { m_balances = b; }
    void setTransfer(const TransferResult &t) { m_transfer = t; }
    void setStatus(const PayoutStatus &s) { m_status = s; }
    void setStatement(const Statement &rows, const QString &nextPage = {})
    {
        m_statement = rows;
        m_nextPage = nextPage;
    }
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
    Statement m_statement;
    QString m_nextPage;
};

} // namespace pd
