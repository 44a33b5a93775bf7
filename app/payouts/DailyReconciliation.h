#pragma once

#include "PollLease.h"
#include "storage/DatabaseThread.h"

#include <QDate>
#include <QObject>
#include <QTimer>
#include <memory>

namespace pd {

class Database;

class ProviderHub;
class ProviderRegistry;
class Reconciler;

// Every day, the day before (UTC) for each enabled provider, once per book: on a team's
// book only the desk that holds the provider's reconciliation lease runs it (PollLease, as
// the poller), and a day a run covered already is not run again. Checks at start and then
// every `checkEveryMs`; a run that leaves mismatches open says so (mismatchesOpen), and the
// book's activity log has it too (Reconciliations::record).
class DailyReconciliation : public QObject {
    Q_OBJECT
public:
    static constexpr int checkEveryMs = 30 * 60 * 1000;

    DailyReconciliation(Database &database, const ProviderRegistry &registry, ProviderHub &providers,
        Reconciler &reconciler, QObject *parent = nullptr);
    ~DailyReconciliation() override;

    void start();
    // Checks now whether `day` wants reconciling (tests; the timer checks yesterday).
    void checkNow(const QDate &day);

signals:
    // A run of the day left `open` mismatches open with `provider` (the tray's notice).
    void mismatchesOpen(const QString &provider, int open);
    // A run could not be made (the statement could not be read): said, and tried at the next check.
    void failed(const QString &provider, const QString &why);
    // Every provider was looked at for `day` (run, or run already, or another desk's to run).
    void checked(const QDate &day);

private:
    Database &m_db;
    const ProviderRegistry &m_registry;
    ProviderHub &m_providers;
    Reconciler &m_reconciler;
    std::unique_ptr<DatabaseThread> m_book;
    std::shared_ptr<std::unique_ptr<PollLease>> m_lease = std::make_shared<std::unique_ptr<PollLease>>();
    QTimer m_every;
    bool m_checking = false;
};

} // namespace pd
