#pragma once

#include "PayoutRun.h"
#include "domain/PayoutAttempt.h"
#include "storage/DatabaseThread.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>

namespace pd {

class CurrencyRegistry;
class Database;
class Provider;
class ProviderHub;
class ProviderReply;
struct ProviderError;
struct TransferResult;

// The one place where money moves (docs/DESIGN.md, "The payout engine as built"). For each approved
// order: check the recipient and the provider's balance (nothing is claimed yet), claim the
// order (one conditional UPDATE), commit the attempt with its idempotency key, send, and
// record the answer with the order's new status in one transaction. A timeout or a lost
// reply leaves the attempt unknown: it is reconciled by asking the provider by reference,
// never sent again on its own.
class PayoutEngine : public QObject {
    Q_OBJECT
public:
    struct Item {
        QString orderId;
        QString provider;
    };

    PayoutEngine(
        Database &database, ProviderHub &providers, const CurrencyRegistry &currencies, QObject *parent = nullptr);
    ~PayoutEngine() override;

    void setLanguage(const QString &language) { m_language = language; }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }

    PayoutRun *approve(const QList<Item> &items, const QString &actor);

    // Asks the provider what became of an unknown or pending attempt and records it.
    // `done` gets the attempt's state afterwards (unchanged when the provider could not say).
    void reconcile(const PayoutAttempt &attempt, std::function<void(PayoutAttempt::State)> done);
    // The same after a provider's webhook, through the provider's re-read (spec/000's
    // url_final, Provider::recheck) rather than its status call: the webhook's body is only a
    // hint. Records forward only; `done` gets the attempt's state afterwards.
    void recheck(const PayoutAttempt &attempt, std::function<void(PayoutAttempt::State)> done);

    // At start-up: attempts a stopped desk left prepared or sent become unknown, and every
    // unknown attempt is reconciled. `done` gets how many were reconciled.
    void recover(std::function<void(int)> done);

    // When a provider last answered 429 or 5xx to a status call: the poller leaves it alone
    // until then (its Retry-After, else a growing pause). Invalid when it is not busy.
    QDateTime busyUntil(const QString &provider) const { return m_busyUntil.value(provider); }

signals:
    void attemptRecorded(const QString &orderId, pd::PayoutAttempt::State state);

private:
    struct Batch;
    void startNext(const std::shared_ptr<Batch> &batch);
    void payOne(const std::shared_ptr<Batch> &batch, int index);
    void withProvider(const QString &name, std::function<void(Provider *, const QString &error)> use);
    // reconcile() and recheck(): `ask` makes the call, the answer is recorded forward only.
    void askAndRecord(const PayoutAttempt &attempt, std::function<ProviderReply *(Provider *)> ask,
        const QString &actor, std::function<void(PayoutAttempt::State)> done);
    void recordTransfer(const PayoutAttempt &attempt, const ProviderError &error, const TransferResult &result,
        const QString &actor, std::function<void(PayoutOutcome::Kind, const QString &)> finish);
    void resend(Provider *provider, const PayoutAttempt &attempt, std::function<void(PayoutAttempt::State)> done);
    void finishItem(const std::shared_ptr<Batch> &batch, int index, PayoutOutcome::Kind kind, const QString &message);

    Database &m_db;
    ProviderHub &m_providers;
    const CurrencyRegistry &m_currencies;
    std::unique_ptr<DatabaseThread> m_writer; // the engine's writes, off its own thread
    QString m_language = QStringLiteral("en");
    int m_concurrency = 4;
    QHash<QString, std::shared_ptr<Provider>> m_loaded; // configured adapters, by name
    QHash<QString, QList<std::function<void(Provider *, const QString &)>>> m_waiting; // loads under way
    QList<std::shared_ptr<Provider>> m_retired;
    QHash<QString, QDateTime> m_busyUntil;
    QHash<QString, int> m_busyStreak; // adapters of earlier runs, kept while the engine lives
    QSet<qint64> m_resending; // attempts being sent again: one at a time, whoever looks them up meanwhile
};

} // namespace pd
