#include "PayoutEngine.h"

#include "contract/CurrencyRegistry.h"
#include "contract/Provider.h"
#include "providers/ProviderHub.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcPayouts, "payoutdesk.payouts")

namespace pd {

namespace {

// Crash points for the recovery tests (RELIABILITY.md, P3): the process dies right there.
void crashPoint(const char *name)
{
    if (qEnvironmentVariable("PAYOUTDESK_CRASHPOINT") == QLatin1String(name)) {
        qCWarning(lcPayouts) << "crash point" << name;
        std::abort();
    }
}

using State = PayoutAttempt::State;

} // namespace

struct PayoutEngine::Batch {
    QList<Item> items;
    QHash<QString, QString> webhookUrls; // by provider, read once per run
    QString actor;
    PayoutRun *run = nullptr;
    int next = 0;
    int running = 0;
};

PayoutEngine::PayoutEngine(Database &database, ProviderHub &providers, const CurrencyRegistry &currencies, QObject *parent)
    : QObject(parent), m_db(database), m_providers(providers), m_currencies(currencies)
{
}

PayoutEngine::~PayoutEngine() = default;

void PayoutEngine::withProvider(const QString &name, std::function<void(Provider *, const QString &)> use)
{
    if (const auto it = m_loaded.constFind(name); it != m_loaded.constEnd()) {
        use(it->get(), QString());
        return;
    }
    // One load per provider, however many payouts wait for it: a second adapter would
    // replace the first while its calls are still on their way.
    const bool loading = m_waiting.contains(name);
    m_waiting[name].append(use);
    if (loading)
        return;
    ProviderLoad *load = m_providers.load(name);
    connect(load, &ProviderLoad::finished, this, [this, load, name] {
        load->deleteLater();
        const auto waiting = m_waiting.take(name);
        QString problem = load->error();
        if (load->provider() && !load->provider()->missingConfig().isEmpty())
            problem = tr("%1 is not configured: %2 missing.").arg(name, load->provider()->missingConfig().join(QStringLiteral(", ")));
        else if (load->provider() && !m_providers.isEnabled(name))
            problem = tr("%1 is disabled.").arg(name);
        Provider *provider = nullptr;
        if (problem.isEmpty()) {
            std::shared_ptr<Provider> loaded(load->takeProvider());
            m_loaded.insert(name, loaded);
            provider = loaded.get();
        }
        for (const auto &use : waiting)
            use(provider, problem);
    });
}

PayoutRun *PayoutEngine::approve(const QList<Item> &items, const QString &actor)
{
    // Settings may have changed since the last run: load the adapters anew. The old ones may
    // still have calls on their way (replies are their children), so they are kept, not deleted.
    for (const auto &provider : std::as_const(m_loaded))
        m_retired.append(provider);
    m_loaded.clear();
    auto batch = std::make_shared<Batch>();
    batch->items = items;
    batch->actor = actor;
    batch->run = new PayoutRun(int(items.size()), this);
    if (items.isEmpty())
        QTimer::singleShot(0, batch->run, &PayoutRun::finished);
    QTimer::singleShot(0, this, [this, batch] { startNext(batch); });
    return batch->run;
}

void PayoutEngine::startNext(const std::shared_ptr<Batch> &batch)
{
    while (batch->running < m_concurrency && batch->next < batch->items.size()) {
        const int index = batch->next++;
        if (batch->run->isCancelled()) {
            finishItem(batch, index, PayoutOutcome::Kind::NotSent, tr("Cancelled before it started: nothing was sent."));
            continue;
        }
        ++batch->running;
        payOne(batch, index);
    }
}

void PayoutEngine::finishItem(const std::shared_ptr<Batch> &batch, int index, PayoutOutcome::Kind kind,
                              const QString &message)
{
    batch->run->setOutcome(index, {batch->items.at(index).orderId, kind, message});
}

void PayoutEngine::payOne(const std::shared_ptr<Batch> &batch, int index)
{
    const Item item = batch->items.at(index);
    const auto done = [this, batch, index](PayoutOutcome::Kind kind, const QString &message) {
        --batch->running;
        finishItem(batch, index, kind, message);
        startNext(batch);
    };
    // Prepare: everything that can refuse without a side effect comes before the claim.
    OrderStore orders(m_db);
    QString error;
    const auto order = orders.byId(item.orderId, &error);
    if (!order || order->status != OrderStatus::InProgressPayout)
        return done(PayoutOutcome::Kind::NotSent, order ? tr("The order is \"%1\", not waiting for a payout.").arg(OrderStatuses::title(order->status))
                                                        : (error.isEmpty() ? tr("No such order.") : error));
    const auto currency = m_currencies.byXml(order->xmlTo);
    if (!currency)
        return done(PayoutOutcome::Kind::NotSent, tr("The payout currency %1 is not known.").arg(order->xmlTo));

    withProvider(item.provider, [this, batch, order = *order, currency = *currency, done, item](Provider *provider, const QString &problem) {
        if (!provider)
            return done(PayoutOutcome::Kind::NotSent, problem);
        if (!provider->manifest().serves(currency.xml))
            return done(PayoutOutcome::Kind::NotSent, tr("%1 does not pay out %2.").arg(provider->manifest().title, currency.xml));
        QHash<QString, QString> recipient;
        for (const OrderValue &v : order.toValues)
            recipient.insert(v.key, v.value);
        const QStringList problems = provider->recipientProblems(m_language, currency, recipient);
        if (!problems.isEmpty())
            return done(PayoutOutcome::Kind::NotSent, tr("Recipient refused, nothing was sent: %1").arg(problems.join(u' ')));

        ProviderReply *balance = provider->balance();
        connect(balance, &ProviderReply::finished, this, [this, batch, order, currency, done, item, provider, balance, recipient] {
            balance->deleteLater();
            if (balance->error().isError())
                return done(PayoutOutcome::Kind::NotSent, tr("The balance could not be checked, nothing was sent: %1").arg(balance->error().message));
            const Money available = balance->balances().value(currency.currency);
            if (available < order.outAmount)
                return done(PayoutOutcome::Kind::NotSent, tr("Too little balance at %1: %2 %3 available, %4 needed. Nothing was sent.")
                                                              .arg(provider->manifest().title, available.toString(), currency.currency,
                                                                   order.outAmount.toString()));
            // The claim and the attempt row, committed before anything leaves.
            AttemptStore attempts(m_db);
            QString error;
            const QString recipientText = QString::fromUtf8(QJsonDocument(Order::valuesToJson(order.toValues)).toJson(QJsonDocument::Compact));
            const auto attempt = attempts.claim(order.id, item.provider, batch->actor, recipientText, &error);
            if (!attempt)
                return done(PayoutOutcome::Kind::NotSent, error);
            crashPoint("after_intent_commit");
            if (!attempts.markSent(attempt->id, &error))
                return done(PayoutOutcome::Kind::Unknown, error);

            PayoutRequest request;
            request.reference = attempt->key;
            request.amount = order.outAmount;
            request.currency = currency;
            request.recipient = recipient;
            if (!batch->webhookUrls.contains(item.provider))
                batch->webhookUrls.insert(item.provider, DeskSettings(m_db).webhookUrl(item.provider));
            request.webhookUrl = batch->webhookUrls.value(item.provider);
            ProviderReply *transfer = provider->transfer(request);
            connect(transfer, &ProviderReply::finished, this, [this, transfer, attempt = *attempt, done, batch] {
                transfer->deleteLater();
                crashPoint("after_provider_ack");
                AttemptStore attempts(m_db);
                QString error;
                const ProviderError &e = transfer->error();
                const TransferResult &t = transfer->transfer();
                PayoutOutcome::Kind kind;
                State state;
                QString message;
                AttemptStore::Record recorded;
                if (!e.isError() && t.ok == 1) {
                    kind = PayoutOutcome::Kind::Paid;
                    state = State::Paid;
                    message = tr("Paid: transaction %1.").arg(t.transaction);
                    recorded = attempts.record(attempt, {State::Sent}, State::Paid, t.transaction, message, OrderStatus::Done, batch->actor, &error);
                } else if (!e.isError()) {
                    kind = PayoutOutcome::Kind::Pending;
                    state = State::Pending;
                    message = tr("Accepted, waiting for the provider: transaction %1.").arg(t.transaction);
                    recorded = attempts.record(attempt, {State::Sent}, State::Pending, t.transaction, message, std::nullopt, batch->actor, &error);
                } else if (e.outcomeUnknown()) {
                    kind = PayoutOutcome::Kind::Unknown;
                    state = State::Unknown;
                    message = tr("No clear answer (%1): the payout will be looked up by its reference %2, never sent again on its own.")
                                  .arg(e.message, attempt.key);
                    recorded = attempts.record(attempt, {State::Sent}, State::Unknown, QString(), message, std::nullopt, batch->actor, &error);
                } else {
                    kind = PayoutOutcome::Kind::Failed;
                    state = State::Failed;
                    message = tr("Refused by the provider: %1").arg(e.message);
                    recorded = attempts.record(attempt, {State::Sent}, State::Failed, QString(), message, OrderStatus::ErrorPayout, batch->actor, &error);
                }
                if (recorded == AttemptStore::Record::Failed)
                    qCCritical(lcPayouts) << "could not record the outcome of" << attempt.key << error;
                if (recorded == AttemptStore::Record::Done)
                    emit attemptRecorded(attempt.orderId, state);
                if (state == State::Failed || state == State::Unknown)
                    ActivityLog(m_db).append(batch->actor, state == State::Failed ? QStringLiteral("payout.failed") : QStringLiteral("payout.unknown"),
                                             attempt.orderId, message);
                if (kind == PayoutOutcome::Kind::Unknown)
                    reconcile(attempt, [](State) {});
                done(kind, message);
            });
        });
    });
}

void PayoutEngine::reconcile(const PayoutAttempt &attempt, std::function<void(State)> done)
{
    askAndRecord(
        attempt,
        [attempt](Provider *provider) {
            // By our reference: it finds the payout whether or not we ever learnt its id.
            return attempt.transaction.isEmpty() ? provider->statusByReference(attempt.key) : provider->status(attempt.transaction);
        },
        QStringLiteral("reconciler"), std::move(done));
}

void PayoutEngine::recheck(const PayoutAttempt &attempt, std::function<void(State)> done)
{
    askAndRecord(
        attempt,
        [attempt](Provider *provider) {
            // spec/000's url_final: the webhook's word is not taken, the provider is asked again.
            return attempt.transaction.isEmpty() ? provider->statusByReference(attempt.key) : provider->recheck(attempt.transaction);
        },
        QStringLiteral("webhook"), std::move(done));
}

void PayoutEngine::askAndRecord(const PayoutAttempt &attempt, std::function<ProviderReply *(Provider *)> ask, const QString &actor,
                                std::function<void(State)> done)
{
    withProvider(attempt.provider, [this, attempt, ask, actor, done](Provider *provider, const QString &problem) {
        if (!provider) {
            qCWarning(lcPayouts) << "cannot ask about" << attempt.key << problem;
            return done(attempt.state);
        }
        ProviderReply *reply = ask(provider);
        connect(reply, &ProviderReply::finished, this, [this, reply, attempt, actor, done] {
            reply->deleteLater();
            const auto current = AttemptStore(m_db).byId(attempt.id);
            if (reply->error().isBusy()) {
                // Rate-limited or overloaded: honour Retry-After, else back off 2, 4, 8… up to 64 s.
                const int streak = ++m_busyStreak[attempt.provider];
                const int seconds = reply->error().retryAfterSeconds > 0 ? reply->error().retryAfterSeconds
                                                                         : (1 << qMin(streak, 6));
                m_busyUntil.insert(attempt.provider, QDateTime::currentDateTimeUtc().addSecs(seconds));
            } else if (!reply->error().isError()) {
                m_busyUntil.remove(attempt.provider);
                m_busyStreak.remove(attempt.provider);
            }
            if (reply->error().isError() || !current)
                return done(current ? current->state : attempt.state);
            const PayoutStatus &s = reply->status();
            const QList<State> open = {State::Sent, State::Pending, State::Unknown};
            AttemptStore attempts(m_db);
            QString error;
            switch (s.state) {
            case PayoutStatus::State::Paid:
                attempts.record(*current, open, State::Paid, s.transaction, tr("The provider confirms the payout (%1).").arg(s.providerStatus),
                                OrderStatus::Done, actor, &error);
                break;
            case PayoutStatus::State::Failed:
                attempts.record(*current, open, State::Failed, s.transaction, tr("The provider says the payout failed (%1).").arg(s.providerStatus),
                                OrderStatus::ErrorPayout, actor, &error);
                break;
            case PayoutStatus::State::NeedsAttention:
                attempts.record(*current, open, State::NeedsAttention, s.transaction,
                                tr("The provider wants a person to look at this payout: %1").arg(s.message), std::nullopt, actor, &error);
                break;
            case PayoutStatus::State::Pending:
                if (current->state != State::Pending)
                    attempts.record(*current, open, State::Pending, s.transaction, tr("The provider has the payout and is processing it."),
                                    std::nullopt, actor, &error);
                break;
            case PayoutStatus::State::NotFound:
                // Not proof that it was never paid (it may not have arrived yet): it stays
                // unknown until its budget runs out, then a person decides.
                break;
            }
            const auto after = AttemptStore(m_db).byId(attempt.id);
            const State now = after ? after->state : attempt.state;
            if (now != current->state) {
                emit attemptRecorded(attempt.orderId, now);
                if (now == State::Failed || now == State::NeedsAttention)
                    ActivityLog(m_db).append(actor, now == State::Failed ? QStringLiteral("payout.failed")
                                                                         : QStringLiteral("payout.needsAttention"),
                                             attempt.orderId, after->error);
            }
            done(now);
        });
    });
}

void PayoutEngine::recover(std::function<void(int)> done)
{
    QString error;
    AttemptStore attempts(m_db);
    const int interrupted = attempts.markInterrupted(&error);
    if (interrupted > 0)
        qCInfo(lcPayouts) << interrupted << "payout(s) were being sent when the desk stopped: reconciling";
    const QList<PayoutAttempt> unknown = attempts.inStates({State::Unknown});
    if (unknown.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(0); });
        return;
    }
    auto left = std::make_shared<int>(int(unknown.size()));
    for (const PayoutAttempt &a : unknown) {
        reconcile(a, [left, done, total = int(unknown.size())](State) {
            if (--*left == 0)
                done(total);
        });
    }
}

} // namespace pd
