#include "Reconciler.h"

#include "PayoutEngine.h"
#include "contract/CurrencyRegistry.h"
#include "contract/Provider.h"
#include "domain/Order.h"
#include "providerhub/ProviderHub.h"
#include "providerhub/ProviderLoad.h"
#include "storage/AttemptStore.h"
#include "storage/Reconciliations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace pd {

namespace {

using State = PayoutAttempt::State;
using Row = PayoutStatus::State;

// Addresses and card numbers as written by people and by providers: without spaces and dashes.
QString plain(QString text)
{
    return text.remove(u' ').remove(u'-').trimmed();
}

QStringList destinations(const PayoutAttempt &a)
{
    QStringList list;
    for (const OrderValue &v : Order::valuesFromJson(QJsonDocument::fromJson(a.recipient.toUtf8()).array()))
        list << plain(v.value);
    return list;
}

QString deskWords(const PayoutAttempt &a)
{
    const QStringList to = destinations(a);
    return QStringLiteral("%1 %2 to %3, %4 (order %5, %6)")
        .arg(a.amount.toString(), a.currency, to.value(0), PayoutAttempt::code(a.state), a.orderId, a.key);
}

QString providerWords(const StatementRow &r)
{
    return QStringLiteral("%1 %2%3 to %4, %5 (id %6%7, %8)")
        .arg(r.amount.toString(), r.currency, r.network.isEmpty() ? QString() : QStringLiteral(" ") + r.network,
            r.destination, r.providerStatus, r.transaction,
            r.reference.isEmpty() ? QString() : QStringLiteral(", reference ") + r.reference,
            r.time.toString(Qt::ISODate));
}

bool paidAtProvider(const StatementRow &r)
{
    return r.state == Row::Paid;
}

bool settledAtProvider(const StatementRow &r)
{
    return r.state == Row::Paid || r.state == Row::Failed;
}

} // namespace

Reconciler::Reconciler(Database &database, ProviderHub &providers, PayoutEngine &engine,
    const CurrencyRegistry &currencies, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_providers(providers)
    , m_engine(engine)
    , m_currencies(currencies)
    , m_book(std::make_unique<DatabaseThread>(database, QStringLiteral("reconcile")))
{
}

Reconciler::~Reconciler() = default;

Reconciler::Comparison Reconciler::compare(const Statement &rows, const QList<PayoutAttempt> &attempts,
    const QDateTime &from, const QDateTime &to, const CurrencyRegistry &currencies)
{
    Comparison c;
    const auto inPeriod = [&](const QDateTime &t) { return t >= from && t <= to; };
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < attempts.size(); ++i)
        byKey.insert(attempts.at(i).key, i);
    const auto mismatch = [&](Mismatch::Kind kind, const QString &key, const PayoutAttempt *a, const StatementRow *r) {
        Mismatch m;
        m.kind = kind;
        m.key = key;
        if (a) {
            m.orderId = a->orderId;
            m.attemptId = a->id;
            m.deskSide = deskWords(*a);
        }
        if (r)
            m.providerSide = providerWords(*r);
        c.mismatches << m;
    };
    const auto sameMoney = [&](const PayoutAttempt &a, const StatementRow &r, bool *currency) {
        const auto known = currencies.byXml(a.currency);
        *currency = known && known->currency.compare(r.currency, Qt::CaseInsensitive) == 0;
        return a.amount == r.amount;
    };

    // First by reference; then, for rows without one the desk knows, by what was paid.
    QMap<qsizetype, qsizetype> pairs; // row → attempt, in the statement's order (so are the mismatches)
    QSet<qsizetype> taken; // attempts paired
    QList<qsizetype> lost;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto it = rows.at(i).reference.isEmpty() ? byKey.cend() : byKey.constFind(rows.at(i).reference);
        if (it != byKey.cend() && !taken.contains(*it)) {
            pairs.insert(i, *it);
            taken.insert(*it);
        } else {
            lost << i;
        }
    }
    QHash<QString, int> paidRowsOfOrder;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (paidAtProvider(rows.at(it.key())))
            ++paidRowsOfOrder[attempts.at(it.value()).orderId];
    }
    for (const qsizetype i : std::as_const(lost)) {
        const StatementRow &r = rows.at(i);
        QList<qsizetype> alike;
        for (qsizetype j = 0; j < attempts.size(); ++j) {
            const PayoutAttempt &a = attempts.at(j);
            bool currency = false;
            if (sameMoney(a, r, &currency) && currency && destinations(a).contains(plain(r.destination))
                && qAbs(a.createdAt.msecsTo(r.time)) <= slackMs)
                alike << j;
        }
        const auto free = std::find_if(alike.cbegin(), alike.cend(), [&](qsizetype j) { return !taken.contains(j); });
        if (free != alike.cend()) {
            pairs.insert(i, *free);
            taken.insert(*free);
            if (paidAtProvider(r))
                ++paidRowsOfOrder[attempts.at(*free).orderId];
        } else if (!inPeriod(r.time) || r.state == Row::Failed) {
            continue; // the neighbouring period's to report; or nothing left the account
        } else if (!alike.isEmpty()) {
            // Its twin is paired already: a second payout of that order.
            mismatch(Mismatch::Kind::MoreThanOne, r.transaction, &attempts.at(alike.first()), &r);
        } else {
            mismatch(Mismatch::Kind::NotInDesk, r.transaction, nullptr, &r);
        }
    }

    QSet<QString> toldMoreThanOne;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const StatementRow &r = rows.at(it.key());
        const PayoutAttempt &a = attempts.at(it.value());
        bool currency = false;
        const bool amount = sameMoney(a, r, &currency);
        bool agrees = true;
        const auto disagree = [&](Mismatch::Kind kind) {
            mismatch(kind, a.key, &a, &r);
            agrees = false;
        };
        if (!amount)
            disagree(Mismatch::Kind::Amount);
        if (!currency)
            disagree(Mismatch::Kind::Currency);
        if (!r.destination.isEmpty() && !destinations(a).contains(plain(r.destination)))
            disagree(Mismatch::Kind::Destination);
        if ((a.state == State::Paid && r.state == Row::Failed) || (a.state == State::Failed && paidAtProvider(r)))
            disagree(Mismatch::Kind::Status);
        else if (PayoutAttempt::isOpen(a.state) && settledAtProvider(r))
            c.toSettle << a;
        if (paidRowsOfOrder.value(a.orderId) > 1 && !toldMoreThanOne.contains(a.orderId)) {
            toldMoreThanOne.insert(a.orderId);
            mismatch(Mismatch::Kind::MoreThanOne, a.orderId, &a, &r);
            agrees = false;
        }
        c.matched += agrees;
    }
    // Paid in the desk, in the period, and nowhere in the statement.
    for (qsizetype j = 0; j < attempts.size(); ++j) {
        const PayoutAttempt &a = attempts.at(j);
        if (a.state == State::Paid && !taken.contains(j) && inPeriod(a.createdAt))
            mismatch(Mismatch::Kind::NotAtProvider, a.key, &a, nullptr);
    }
    return c;
}

void Reconciler::run(const QString &provider, const QDateTime &from, const QDateTime &to, const QString &actor,
    std::function<void(const Outcome &)> done)
{
    const auto fail = [done, provider, from, to](const QString &error) {
        Outcome o;
        o.run.provider = provider;
        o.run.from = from;
        o.run.to = to;
        o.error = error;
        done(o);
    };
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("The period's start must be a date before its end."));
    ProviderLoad *load = m_providers.load(provider);
    connect(load, &ProviderLoad::finished, this, [=, this] {
        load->deleteLater();
        Provider *adapter = load->takeProvider().release();
        if (!adapter)
            return fail(load->error());
        // Deleted with the replies it made once the statement is in, never from inside one of them.
        adapter->setParent(this);
        if (!adapter->missingConfig().isEmpty())
            return adapter->deleteLater(),
                   fail(tr("%1 is not configured: %2 missing.")
                            .arg(provider, adapter->missingConfig().join(QStringLiteral(", "))));
        if (m_pageSize > 0) {
            ProviderConfig config = adapter->config();
            config.statementPageSize = m_pageSize;
            adapter->configure(config);
        }
        ProviderReply *reply = adapter->statement(from.addMSecs(-slackMs), to.addMSecs(slackMs));
        connect(reply, &ProviderReply::finished, this, [=, this] {
            reply->deleteLater();
            if (reply->error().isError())
                return fail(tr("%1's statement could not be read: %2").arg(provider, reply->error().message));
            adapter->deleteLater();
            compareAndRecord(provider, from, to, actor, reply->statement(), done);
        });
    });
}

void Reconciler::compareAndRecord(const QString &provider, const QDateTime &from, const QDateTime &to,
    const QString &actor, const Statement &rows, std::function<void(const Outcome &)> done)
{
    m_book->run<QList<PayoutAttempt>>(
        DatabaseThread::Urgency::Later, this,
        [=](Database &db) {
            return AttemptStore(db).createdBetween(provider, from.addMSecs(-slackMs), to.addMSecs(slackMs));
        },
        [=, this](QList<PayoutAttempt> attempts) {
            auto comparison = std::make_shared<Comparison>(compare(rows, attempts, from, to, m_currencies));
            auto outcome = std::make_shared<Outcome>();
            outcome->run.provider = provider;
            outcome->run.from = from;
            outcome->run.to = to;
            outcome->run.actor = actor;
            outcome->run.rows = int(rows.size());
            outcome->run.matched = comparison->matched;
            // The open attempts the statement settles, one after another, through the engine.
            // Held by the engine's callback while an attempt is being settled, by nothing after the last.
            auto settleNext = std::make_shared<std::function<void()>>();
            const std::weak_ptr<std::function<void()>> self = settleNext;
            *settleNext = [=, this] {
                if (comparison->toSettle.isEmpty()) {
                    m_book->run<Outcome>(
                        DatabaseThread::Urgency::Later, this,
                        [outcome, comparison](Database &db) {
                            Outcome o = *outcome;
                            o.mismatches = comparison->mismatches;
                            Reconciliations(db).record(o.run, o.mismatches, &o.error);
                            return o;
                        },
                        [done](Outcome o) { done(o); });
                    return;
                }
                const PayoutAttempt attempt = comparison->toSettle.takeFirst();
                m_engine.reconcile(attempt, [outcome, next = self.lock()](PayoutAttempt::State state) {
                    outcome->run.settled += !PayoutAttempt::isOpen(state);
                    (*next)();
                });
            };
            (*settleNext)();
        });
}

} // namespace pd
