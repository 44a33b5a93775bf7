#pragma once

#include "services/QueueAction.h"

#include <QStringList>
#include <QTextStream>

namespace pd {

class Workspace;

// payoutdesk-cli payout …: approve payouts, show an order's attempts, poll the providers.
// Every command first reconciles what a stopped desk left half-sent, as the GUI does.
class PayoutCommand {
public:
    PayoutCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace)
        , m_out(out)
        , m_err(err)
    {
    }

    int approve(const QStringList &orders, bool all, const QString &provider);
    // hold, release, reject, retry, mark-paid: the queue's actions (services/QueueActions);
    // exits 1 if any order was not changed.
    int act(QueueAction action, const QStringList &orders, const QString &text);
    int status(const QString &order);
    int poll();
    // The listener (webhooks) and the poller without a display, until interrupted.
    int serve(const QString &listen, double pollEverySeconds = 0, bool insecureListen = false);

private:
    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
