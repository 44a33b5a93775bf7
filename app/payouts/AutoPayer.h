#pragma once

#include "PollLease.h"
#include "storage/AttemptStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace pd {

class Database;
class PayoutEngine;

// Automatic payouts (issue 9, item 0; spec: "when an order reaches inProgressPayout, an
// automatic payout starts if one is configured for its currency"). A rule is a provider's
// automatic maximum for a currency (LimitKind::AutoMaximum, off unless set). When
// orders arrive in the queue (an IPN, an import, a status change: nudge()), the orders up to
// the rule's maximum are approved through the engine as "automatic", through the very claim a
// click goes through, so an order is never sent by both; the engine's checks (recipient,
// limits, balance) still apply. An order above the maximum, or refused by a check, waits in the
// queue and its history says why, once. In team mode one desk at a time runs it (a lease).
class AutoPayer : public QObject {
    Q_OBJECT
public:
    AutoPayer(Database &database, PayoutEngine &engine, QObject *parent = nullptr);

    static QString actor() { return AttemptStore::automaticActor(); }

    void start();
    // Something may have arrived: look at the queue soon (a burst of IPNs is one look).
    void nudge();

signals:
    // One look at the queue ended: how many payouts it started.
    void runFinished(int started);

private:
    void look();
    void noteWaiting(const QString &orderId, const QString &reason);

    Database &m_db;
    PayoutEngine &m_engine;
    PollLease m_lease;
    QTimer m_soon;
    bool m_running = false;
    bool m_again = false;
    QSet<QString> m_noted; // orders whose history already says why they wait
};

} // namespace pd
