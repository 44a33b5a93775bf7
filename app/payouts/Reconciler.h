#pragma once

#include "contract/StatementRow.h"
#include "domain/Mismatch.h"
#include "domain/PayoutAttempt.h"
#include "storage/DatabaseThread.h"

#include <QObject>
#include <functional>
#include <memory>

namespace pd {

class CurrencyRegistry;
class Database;
class PayoutEngine;
class ProviderHub;

// Holds a provider's statement against the desk's attempts (docs/DESIGN.md, "Reconciliation"):
// matched by reference, else by amount, currency, destination and time where the provider
// lost it; what disagrees becomes a mismatch that stays open until a person resolves it. An
// unknown or pending attempt that the statement shows settled is recorded through the engine,
// which asks the provider again and records forward only.
class Reconciler : public QObject {
    Q_OBJECT
public:
    // How far apart a payout's time at the provider and its attempt's may be for the two to be
    // taken for one where the reference is missing; also how far past the period the statement
    // and the book are read, so that a payout booked across midnight is not taken for missing.
    static constexpr qint64 slackMs = 60 * 60 * 1000;

    struct Outcome {
        ReconciliationRun run;
        QList<Mismatch> mismatches; // what this run found, new or found before (with their state)
        QString error; // the statement could not be read, or the book could not be written
    };
    // What compare() makes of a statement and the book.
    struct Comparison {
        int matched = 0;
        QList<Mismatch> mismatches;
        QList<PayoutAttempt> toSettle; // open attempts the provider shows settled
    };

    Reconciler(Database &database, ProviderHub &providers, PayoutEngine &engine, const CurrencyRegistry &currencies,
        QObject *parent = nullptr);
    ~Reconciler() override;

    // Rows per statement page (0: the provider's most), for tests of the paging.
    void setPageSize(int rows) { m_pageSize = rows; }

    // Reads `provider`'s statement from `from` to `to`, compares, settles and records the run;
    // `done` runs once, on this object's thread.
    void run(const QString &provider, const QDateTime &from, const QDateTime &to, const QString &actor,
        std::function<void(const Outcome &)> done);

    // The comparison itself, without I/O: `rows` read for the period widened by slackMs,
    // `attempts` those created in the same widened period.
    static Comparison compare(const Statement &rows, const QList<PayoutAttempt> &attempts, const QDateTime &from,
        const QDateTime &to, const CurrencyRegistry &currencies);

private:
    void compareAndRecord(const QString &provider, const QDateTime &from, const QDateTime &to, const QString &actor,
        const Statement &rows, std::function<void(const Outcome &)> done);

    Database &m_db;
    ProviderHub &m_providers;
    PayoutEngine &m_engine;
    const CurrencyRegistry &m_currencies;
    std::unique_ptr<DatabaseThread> m_book;
    int m_pageSize = 0;
};

} // namespace pd
