#include "PayoutPoller.h"

#include "PayoutEngine.h"
#include "ProviderRegistry.h"
#include "storage/AttemptStore.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QPointer>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcPayouts)

namespace pd {

using State = PayoutAttempt::State;

PayoutPoller::PayoutPoller(Database &database, PayoutEngine &engine, const ProviderRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_lease(database)
    , m_engine(engine)
    , m_registry(registry)
{
}

void PayoutPoller::start()
{
    for (const Manifest &m : m_registry.manifests()) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_timers.insert(m.name, timer);
        connect(timer, &QTimer::timeout, this, [this, name = m.name] { pollNow(name); });
        if (m.pollAtStart)
            pollNow(m.name);
        else
            schedule(m.name, intervalOf(m));
    }
}

int PayoutPoller::intervalOf(const Manifest &manifest) const
{
    return m_fixedIntervalMs > 0 ? m_fixedIntervalMs : manifest.pollIntervalSeconds * 1000;
}

void PayoutPoller::stop()
{
    for (QTimer *t : std::as_const(m_timers))
        t->stop();
}

void PayoutPoller::schedule(const QString &provider, int intervalMs)
{
    if (QTimer *t = m_timers.value(provider))
        t->start(qMax(10, int(intervalMs * m_scale)));
}

void PayoutPoller::pollNow(const QString &provider, std::function<void(int)> done)
{
    const auto manifest = m_registry.manifest(provider);
    const QDateTime busy = m_engine.busyUntil(provider);
    if (!manifest || m_running.value(provider) || (busy.isValid() && busy > QDateTime::currentDateTimeUtc())) {
        if (done)
            done(0);
        return; // a round is still going (never two at once), or the provider asked for a pause
    }
    // Team mode: only the desk holding the provider's lease polls; the others try again every
    // interval, so one of them takes over within an interval of the holder closing or dying.
    bool taken = false;
    if (!m_lease.hold(provider, &taken)) {
        schedule(provider, intervalOf(*manifest));
        if (done)
            done(0);
        return;
    }
    if (taken)
        emit leaseTaken(provider);
    m_running.insert(provider, true);
    // Team mode: a desk that died after its fellows started leaves its payouts half-sent; the
    // polling desk takes them for interrupted once their desk's lock is gone (never a live
    // desk's), and they are looked up below like every unknown one. (On one desk's SQLite book
    // only start-up does this: every payout in flight there is this desk's own.)
    if (m_db.dialect().kind() == SqlDialect::Kind::PostgreSQL)
        AttemptStore(m_db).markInterrupted(nullptr);
    auto queue = std::make_shared<QList<PayoutAttempt>>(
        AttemptStore(m_db).inStates({ State::Pending, State::Unknown }, provider));
    const int total = int(queue->size());
    auto left = std::make_shared<int>(total);
    auto changed = std::make_shared<int>(0);
    const auto finishRound = [this, provider, total, changed, done, interval = intervalOf(*manifest)] {
        m_running.insert(provider, false);
        // Back off (up to 8× the interval) while rounds change nothing, as a provider under
        // load or rate-limiting us would want.
        const int idle = *changed == 0 ? qMin(m_idleRounds.value(provider) + 1, 3) : 0;
        m_idleRounds.insert(provider, idle);
        const QDateTime busy = m_engine.busyUntil(provider);
        const qint64 pause = busy.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(busy) : 0;
        schedule(provider, int(qMax<qint64>(pause, qint64(interval) << idle)));
        emit roundFinished(provider, total);
        if (done)
            done(total);
    };
    if (total == 0) {
        finishRound();
        return;
    }
    // Ask `m_concurrency` at a time; each answer starts the next.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, queue, left, changed, finishRound, next, provider] {
        if (queue->isEmpty())
            return;
        // A provider that said "too many requests" is not asked again in this round.
        if (m_engine.busyUntil(provider) > QDateTime::currentDateTimeUtc()) {
            *left -= int(queue->size());
            queue->clear();
            if (*left == 0) {
                const auto finish = finishRound; // this closure is released below: keep a copy
                QTimer::singleShot(0, this, [next] { *next = nullptr; });
                finish();
            }
            return;
        }
        const PayoutAttempt attempt = queue->takeFirst();
        // The answer may come after the poller is gone (a desk closing, a test's poller): then
        // it is the engine's record alone, and nothing here is touched.
        m_engine.reconcile(attempt,
            [this, alive = QPointer<PayoutPoller>(this), attempt, left, changed, finishRound, next](State after) {
                if (!alive) {
                    *next = nullptr;
                    return;
                }
                QString error;
                if (after != attempt.state) {
                    ++*changed;
                } else if (AttemptStore(m_db).countCheck(attempt.id, attempt.state, &error) >= m_budget) {
                    // Past its budget, counted in the book across runs and desks: a person decides
                    // (mark paid with a reference, or release).
                    AttemptStore(m_db).record(attempt, { State::Pending, State::Unknown }, State::NeedsAttention,
                        QString(),
                        tr("Still unresolved after %1 checks with the provider: needs a person.").arg(m_budget),
                        std::nullopt, QStringLiteral("poller"), &error);
                    ++*changed;
                }
                if (--*left == 0) {
                    *next = nullptr;
                    finishRound();
                } else {
                    (*next)();
                }
            });
    };
    for (int i = 0; i < m_concurrency && i < total; ++i)
        (*next)();
}

} // namespace pd
