#pragma once

#include "PollLease.h"
#include "contract/Manifest.h"
#include "domain/PayoutAttempt.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace pd {

class AttemptStore;
class Database;
class PayoutEngine;
class ProviderRegistry;

// Polls the payouts still open with each provider (pending, unknown) at the interval its
// manifest asks for, and once at start (spec/000's callWhenInit / initCron). A round never
// overlaps the previous one, asks at most `concurrency` at a time, and backs off when a round
// changes nothing. An attempt still unresolved after its budget of checks becomes
// needsAttention: shown to staff, never retried on its own. The checks are counted in the book
// (payout_attempts.checks, migration 15), so the budget holds across `payout poll` runs,
// restarts and desks.
class PayoutPoller : public QObject {
    Q_OBJECT
public:
    PayoutPoller(Database &database, PayoutEngine &engine, const ProviderRegistry &registry, QObject *parent = nullptr);

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void setBudget(int rounds) { m_budget = qMax(1, rounds); }
    // For tests: a factor on every interval (0.01 turns 30 s into 0.3 s).
    void setIntervalScale(double scale) { m_scale = scale; }
    // Every provider asked at this interval instead of its manifest's (serve --poll-every).
    void setFixedInterval(int milliseconds) { m_fixedIntervalMs = milliseconds; }

    void start();
    void stop();
    // One round for one provider now; `done` gets how many attempts were asked about.
    void pollNow(const QString &provider, std::function<void(int)> done = {});

signals:
    void roundFinished(const QString &provider, int asked);
    // Team mode: this desk took over polling the provider's open payouts (PollLease).
    void leaseTaken(const QString &provider);

private:
    void schedule(const QString &provider, int intervalMs);
    int intervalOf(const Manifest &manifest) const;

    Database &m_db;
    PollLease m_lease;
    PayoutEngine &m_engine;
    const ProviderRegistry &m_registry;
    QHash<QString, QTimer *> m_timers;
    QHash<QString, bool> m_running;
    QHash<QString, int> m_idleRounds; // provider → rounds in a row that changed nothing
    int m_concurrency = 4;
    int m_budget = 20;
    double m_scale = 1.0;
    int m_fixedIntervalMs = 0;
};

} // namespace pd
