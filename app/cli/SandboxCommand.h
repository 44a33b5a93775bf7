#pragma once

#include <QStringList>
#include <QTextStream>

namespace pd {

// payoutdesk-cli sandbox serve | ledger: the sandbox provider's server, for the demo, for
// tests and for trying the desk end to end with no account anywhere.
class SandboxCommand {
public:
    SandboxCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    // Runs until interrupted. The API secret is read from standard input.
    int serve(const QString &host, quint16 port, const QString &apiKey, const QStringList &balances, bool approval,
        int latencyMs);
    // Prints the ledger of a running server as JSON.
    int ledger(const QString &url);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
