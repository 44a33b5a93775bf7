#include "PayoutEngine.h"

#include "contract/CurrencyRegistry.h"
#include "contract/Provider.h"
#include "providerhub/ProviderHub.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/SkipFsync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcPayouts, "payoutdesk.payouts")

namespace pd {

namespace {

// Crash points for the recovery tests (a payout interrupted at any point is never sent twice): the process dies right
// there.
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

PayoutEngine::PayoutEngine(
    Database &database, ProviderHub &providers, const CurrencyRegistry &currencies, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_providers(providers)
    , m_currencies(currencies)
    , m_writer(std::make_unique<DatabaseThread>(database, QStringLiteral("payout-writer")))
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
            problem = tr("%1 is not configured: %2 missing.")
                          .arg(name, load->provider()->missingConfig().join(QStringLiteral(", ")));
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
            finishItem(
                batch, index, PayoutOutcome::Kind::NotSent, tr("Cancelled before it started: nothing was sent."));
            continue;
        }
        ++batch->running;
        payOne(batch, index);
    }
}

void PayoutEngine::finishItem(
    const std::shared_ptr<Batch> &batch, int index, PayoutOutcome::Kind kind, const QString &message)
{
    batch->run->setOutcome(index, { batch->items.at(index).orderId, kind, message });
}

void PayoutEngine::payOne(const std::shared_ptr<Batch> &batch, int index)
{
    const Item item = batch->items.at(index);
    // A payout holds one of the run's places from its first call until the provider's answer
    // to its transfer; its outcome is set once recorded.
    const auto release = [this, batch] {
        --batch->running;
        startNext(batch);
    };
    const auto finish = [this, batch, index](PayoutOutcome::Kind kind, const QString &message) {
        finishItem(batch, index, kind, message);
    };
    const auto done = [release, finish](PayoutOutcome::Kind kind, const QString &message) {
        release();
        finish(kind, message);
    };
    // Prepare: everything that can refuse without a side effect comes before the claim.
    OrderStore orders(m_db);
    QString error;
    const auto order = orders.byId(item.orderId, &error);
    if (!order || order->status != OrderStatus::InProgressPayout)
        return done(PayoutOutcome::Kind::NotSent,
            order ? tr("The order is \"%1\", not waiting for a payout.").arg(OrderStatuses::title(order->status))
                  : (error.isEmpty() ? tr("No such order.") : error));
    const auto currency = m_currencies.byXml(order->xmlTo);
    if (!currency)
        return done(PayoutOutcome::Kind::NotSent, tr("The payout currency %1 is not known.").arg(order->xmlTo));

    withProvider(item.provider,
        [this, batch, order = *order, currency = *currency, done, release, finish, item](
            Provider *provider, const QString &problem) {
            if (!provider)
                return done(PayoutOutcome::Kind::NotSent, problem);
            if (!provider->manifest().serves(currency.xml))
                return done(PayoutOutcome::Kind::NotSent,
                    tr("%1 does not pay out %2.").arg(provider->manifest().title, currency.xml));
            QHash<QString, QString> recipient;
            for (const OrderValue &v : order.toValues)
                recipient.insert(v.key, v.value);
            const QStringList problems = provider->recipientProblems(m_language, currency, recipient);
            if (!problems.isEmpty())
                return done(PayoutOutcome::Kind::NotSent,
                    tr("Recipient refused, nothing was sent: %1").arg(problems.join(u' ')));

            ProviderReply *balance = provider->balance();
            connect(balance, &ProviderReply::finished, this,
                [this, batch, order, currency, done, release, finish, item, provider, balance, recipient] {
                    balance->deleteLater();
                    if (balance->error().isError())
                        return done(PayoutOutcome::Kind::NotSent,
                            tr("The balance could not be checked, nothing was sent: %1").arg(balance->error().message));
                    const Money available = balance->balances().value(currency.currency);
                    if (available < order.outAmount)
                        return done(PayoutOutcome::Kind::NotSent,
                            tr("Too little balance at %1: %2 %3 available, %4 needed. Nothing was sent.")
                                .arg(provider->manifest().title, available.toString(), currency.currency,
                                    order.outAmount.toString()));
                    // The claim and the attempt row, committed before anything leaves. On the writer
                    // thread: its fsync must not stall the GUI, nor the other payouts' replies.
                    struct Claim {
                        std::optional<PayoutAttempt> attempt;
                        QString error;
                        bool awaitingApproval = false;
                    };
                    const QString recipientText = QString::fromUtf8(
                        QJsonDocument(Order::valuesToJson(order.toValues)).toJson(QJsonDocument::Compact));
                    const AttemptStore::Reserve reserve { available, currency.currency,
                        m_currencies.xmlsIn(currency.currency) };
                    m_writer->run<Claim>(
                        DatabaseThread::Urgency::Urgent, this,
                        [orderId = order.id, revision = order.revision, provider = item.provider, actor = batch->actor,
                            recipientText, reserve](Database &db) {
                            Claim c;
                            // Only the order as checked above: an amount or recipient changed since is refused.
                            c.attempt = AttemptStore(db).claim(orderId, provider, actor, recipientText, &c.error,
                                revision, reserve, &c.awaitingApproval);
                            if (c.attempt)
                                crashPoint("after_intent_commit");
                            return c;
                        },
                        [this, batch, order, currency, item, provider, recipient, release, finish](Claim c) {
                            if (!c.attempt) {
                                release();
                                return finish(c.awaitingApproval ? PayoutOutcome::Kind::AwaitingApproval
                                                                 : PayoutOutcome::Kind::NotSent,
                                    c.error);
                            }
                            // prepared → sent, queued before the answer's record (the writer keeps their
                            // order) but not waited for: a crash finds "prepared" or "sent" and treats
                            // both alike, as unknown.
                            m_writer->run<bool>(
                                DatabaseThread::Urgency::Later, this,
                                [id = c.attempt->id](Database &db) {
                                    QString error;
                                    if (!AttemptStore(db).markSent(id, &error))
                                        qCWarning(lcPayouts) << "could not mark attempt" << id << "sent:" << error;
                                    return true;
                                },
                                [](bool) {});
                            const PayoutAttempt attempt = *c.attempt;
                            PayoutRequest request;
                            request.reference = attempt.key;
                            request.amount = order.outAmount;
                            request.currency = currency;
                            request.recipient = recipient;
                            if (!batch->webhookUrls.contains(item.provider))
                                batch->webhookUrls.insert(item.provider, DeskSettings(m_db).webhookUrl(item.provider));
                            request.webhookUrl = batch->webhookUrls.value(item.provider);
                            ProviderReply *transfer = provider->transfer(request);
                            connect(transfer, &ProviderReply::finished, this,
                                [this, transfer, attempt, release, finish, batch] {
                                    transfer->deleteLater();
                                    crashPoint("after_provider_ack");
                                    // The answer is in: the next payout may start while this one is recorded.
                                    release();
                                    recordTransfer(
                                        attempt, transfer->error(), transfer->transfer(), batch->actor, finish);
                                });
                        });
                });
        });
}

void PayoutEngine::recordTransfer(const PayoutAttempt &attempt, const ProviderError &e, const TransferResult &t,
    const QString &actor, std::function<void(PayoutOutcome::Kind, const QString &)> finish)
{
    PayoutOutcome::Kind kind;
    State state;
    QString message;
    std::optional<OrderStatus> orderTo;
    if (!e.isError() && t.ok == 1) {
        kind = PayoutOutcome::Kind::Paid;
        state = State::Paid;
        orderTo = OrderStatus::Done;
        message = tr("Paid: transaction %1.").arg(t.transaction);
    } else if (!e.isError()) {
        kind = PayoutOutcome::Kind::Pending;
        state = State::Pending;
        message = tr("Accepted, waiting for the provider: transaction %1.").arg(t.transaction);
    } else if (e.outcomeUnknown()) {
        kind = PayoutOutcome::Kind::Unknown;
        state = State::Unknown;
        message
            = tr("No clear answer (%1): the payout will be looked up by its reference %2, never sent again on its own.")
                  .arg(e.message, attempt.key);
    } else {
        kind = PayoutOutcome::Kind::Failed;
        state = State::Failed;
        orderTo = OrderStatus::ErrorPayout;
        message = tr("Refused by the provider: %1").arg(e.message);
    }
    const QString transaction = e.isError() ? QString() : t.transaction;
    m_writer->run<AttemptStore::Record>(
        DatabaseThread::Urgency::Later, this,
        [attempt, state, transaction, message, orderTo, actor](Database &db) {
            // A lost outcome leaves the attempt sent, which recovery reconciles: no fsync.
            SkipFsync lazily(db);
            QString error;
            const auto recorded = AttemptStore(db).record(
                attempt, { State::Prepared, State::Sent }, state, transaction, message, orderTo, actor, &error);
            if (recorded == AttemptStore::Record::Failed)
                qCCritical(lcPayouts) << "could not record the outcome of" << attempt.key << error;
            if (recorded == AttemptStore::Record::Done && (state == State::Failed || state == State::Unknown))
                ActivityLog(db).append(actor,
                    state == State::Failed ? QStringLiteral("payout.failed") : QStringLiteral("payout.unknown"),
                    attempt.orderId, message);
            return recorded;
        },
        [this, attempt, state, kind, message, finish](AttemptStore::Record recorded) {
            if (recorded == AttemptStore::Record::Done)
                emit attemptRecorded(attempt.orderId, state);
            if (kind == PayoutOutcome::Kind::Unknown)
                reconcile(attempt, [](State) {});
            finish(kind, message);
        });
}

void PayoutEngine::reconcile(const PayoutAttempt &attempt, std::function<void(State)> done)
{
    askAndRecord(
        attempt,
        [attempt](Provider *provider) {
            // By our reference: it finds the payout whether or not we ever learnt its id.
            return attempt.transaction.isEmpty() ? provider->statusByReference(attempt.key)
                                                 : provider->status(attempt.transaction);
        },
        QStringLiteral("reconciler"), std::move(done));
}

void PayoutEngine::recheck(const PayoutAttempt &attempt, std::function<void(State)> done)
{
    askAndRecord(
        attempt,
        [attempt](Provider *provider) {
            // spec/000's url_final: the webhook's word is not taken, the provider is asked again.
            return attempt.transaction.isEmpty() ? provider->statusByReference(attempt.key)
                                                 : provider->recheck(attempt.transaction);
        },
        QStringLiteral("webhook"), std::move(done));
}

void PayoutEngine::askAndRecord(const PayoutAttempt &attempt, std::function<ProviderReply *(Provider *)> ask,
    const QString &actor, std::function<void(State)> done)
{
    withProvider(attempt.provider, [this, attempt, ask, actor, done](Provider *provider, const QString &problem) {
        if (!provider) {
            qCWarning(lcPayouts) << "cannot ask about" << attempt.key << problem;
            return done(attempt.state);
        }
        ProviderReply *reply = ask(provider);
        connect(reply, &ProviderReply::finished, this, [this, reply, provider, attempt, actor, done] {
            reply->deleteLater();
            if (reply->error().isBusy()) {
                // Rate-limited or overloaded: honour Retry-After, else back off 2, 4, 8… up to 64 s.
                const int streak = ++m_busyStreak[attempt.provider];
                const int seconds
                    = reply->error().retryAfterSeconds > 0 ? reply->error().retryAfterSeconds : (1 << qMin(streak, 6));
                m_busyUntil.insert(attempt.provider, QDateTime::currentDateTimeUtc().addSecs(seconds));
            } else if (!reply->error().isError()) {
                m_busyUntil.remove(attempt.provider);
                m_busyStreak.remove(attempt.provider);
            }
            const bool answered = !reply->error().isError();
            const PayoutStatus s = reply->status();
            struct Recorded {
                State before;
                State after;
                QString error;
            };
            m_writer->run<Recorded>(
                DatabaseThread::Urgency::Later, this,
                [attempt, answered, s, actor](Database &db) {
                    AttemptStore attempts(db);
                    const auto current = attempts.byId(attempt.id);
                    Recorded r { current ? current->state : attempt.state, current ? current->state : attempt.state,
                        {} };
                    if (!answered || !current)
                        return r;
                    // What a crash loses here, the next reconciliation finds again: no fsync.
                    SkipFsync lazily(db);
                    const QList<State> open = { State::Sent, State::Pending, State::Unknown };
                    QString error;
                    switch (s.state) {
                    case PayoutStatus::State::Paid:
                        attempts.record(*current, open, State::Paid, s.transaction,
                            tr("The provider confirms the payout (%1).").arg(s.providerStatus), OrderStatus::Done,
                            actor, &error);
                        break;
                    case PayoutStatus::State::Failed:
                        attempts.record(*current, open, State::Failed, s.transaction,
                            tr("The provider says the payout failed (%1).").arg(s.providerStatus),
                            OrderStatus::ErrorPayout, actor, &error);
                        break;
                    case PayoutStatus::State::NeedsAttention:
                        attempts.record(*current, open, State::NeedsAttention, s.transaction,
                            tr("The provider wants a person to look at this payout: %1").arg(s.message), std::nullopt,
                            actor, &error);
                        break;
                    case PayoutStatus::State::Pending:
                        if (current->state != State::Pending)
                            attempts.record(*current, open, State::Pending, s.transaction,
                                tr("The provider has the payout and is processing it."), std::nullopt, actor, &error);
                        break;
                    case PayoutStatus::State::NotFound:
                        // Not proof that it was never paid (it may not have arrived yet): it stays
                        // unknown until its budget runs out, then a person decides.
                        break;
                    }
                    const auto after = attempts.byId(attempt.id);
                    if (after) {
                        r.after = after->state;
                        r.error = after->error;
                    }
                    if (r.after != r.before && (r.after == State::Failed || r.after == State::NeedsAttention))
                        ActivityLog(db).append(actor,
                            r.after == State::Failed ? QStringLiteral("payout.failed")
                                                     : QStringLiteral("payout.needsAttention"),
                            attempt.orderId, r.error);
                    return r;
                },
                [this, provider, attempt, actor, done, notFound = answered && s.state == PayoutStatus::State::NotFound](
                    Recorded r) {
                    if (r.after != r.before)
                        emit attemptRecorded(attempt.orderId, r.after);
                    // Unknown, and the provider has nothing under its reference: where the provider
                    // books nothing new for a reference it has, the create is sent again with it.
                    if (notFound && r.after == State::Unknown && actor == QLatin1String("reconciler")
                        && provider->manifest().resendSameReference)
                        return resend(provider, attempt, done);
                    done(r.after);
                });
        });
    });
}

// The same attempt, the same reference, the same amount and recipient: only for a provider whose
// manifest says a create with a reference it already has books nothing new
// (resend_same_reference; WhiteBIT refuses a repeated uniqueId, Cryptomus answers a repeated
// order_id with the payout it has). Its answer settles the attempt forward only: paid or
// pending. A refusal proves nothing here (it may be the provider saying it has the payout
// after all), so it leaves the attempt unknown, for the next look-up or a person.
void PayoutEngine::resend(Provider *provider, const PayoutAttempt &attempt, std::function<void(State)> done)
{
    const auto currency = m_currencies.byXml(attempt.currency);
    if (!currency || m_resending.contains(attempt.id))
        return done(State::Unknown);
    m_resending.insert(attempt.id);
    PayoutRequest request;
    request.reference = attempt.key;
    request.amount = attempt.amount;
    request.currency = *currency;
    for (const OrderValue &v : Order::valuesFromJson(QJsonDocument::fromJson(attempt.recipient.toUtf8()).array()))
        request.recipient.insert(v.key, v.value);
    request.webhookUrl = DeskSettings(m_db).webhookUrl(attempt.provider);
    qCInfo(lcPayouts) << "sending" << attempt.key << "again with the same reference: the provider has nothing under it";
    ProviderReply *transfer = provider->transfer(request);
    connect(transfer, &ProviderReply::finished, this, [this, transfer, attempt, done] {
        transfer->deleteLater();
        const ProviderError e = transfer->error();
        const TransferResult t = transfer->transfer();
        const bool paid = !e.isError() && t.ok == 1;
        const bool accepted = !e.isError();
        const QString message = paid ? tr("Sent again with the same reference %1, as the provider allows: paid, "
                                          "transaction %2.")
                                           .arg(attempt.key, t.transaction)
            : accepted ? tr("Sent again with the same reference %1, as the provider allows: accepted, transaction %2.")
                             .arg(attempt.key, t.transaction)
                       : tr("Sent again with the same reference %1, as the provider allows: %2. It stays unknown.")
                             .arg(attempt.key, e.message);
        m_writer->run<State>(
            DatabaseThread::Urgency::Urgent, this,
            [attempt, paid, accepted, transaction = t.transaction, message](Database &db) {
                AttemptStore attempts(db);
                QString error;
                ActivityLog(db).append(
                    QStringLiteral("reconciler"), QStringLiteral("payout.resent"), attempt.orderId, message);
                if (accepted)
                    attempts.record(attempt, { State::Unknown }, paid ? State::Paid : State::Pending, transaction,
                        message, paid ? std::optional<OrderStatus>(OrderStatus::Done) : std::nullopt,
                        QStringLiteral("reconciler"), &error);
                const auto after = attempts.byId(attempt.id);
                return after ? after->state : attempt.state;
            },
            [this, attempt, done](State after) {
                m_resending.remove(attempt.id);
                if (after != State::Unknown)
                    emit attemptRecorded(attempt.orderId, after);
                done(after);
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
    const QList<PayoutAttempt> unknown = attempts.inStates({ State::Unknown });
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
