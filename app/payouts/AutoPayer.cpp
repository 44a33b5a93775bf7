#include "AutoPayer.h"

#include "PayoutEngine.h"
#include "PayoutRun.h"
#include "domain/HistoryEntry.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/PayoutLimits.h"

#include <QSqlQuery>

namespace pd {

AutoPayer::AutoPayer(Database &database, PayoutEngine &engine, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_engine(engine)
    , m_lease(database)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(200);
    connect(&m_soon, &QTimer::timeout, this, &AutoPayer::look);
}

void AutoPayer::start()
{
    nudge();
}

void AutoPayer::nudge()
{
    if (m_running) {
        m_again = true; // looked at again as soon as the current run ends
        return;
    }
    if (!m_soon.isActive())
        m_soon.start();
}

void AutoPayer::noteWaiting(const QString &orderId, const QString &reason)
{
    if (m_noted.contains(orderId))
        return;
    // Only an order still waiting with nobody paying it: one a person took meanwhile is theirs.
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral(
                "SELECT COUNT(*) FROM orders o WHERE o.id = ? AND o.status = 'inProgressPayout' "
                "AND NOT EXISTS (SELECT 1 FROM payout_attempts a WHERE a.order_id = o.id AND a.state <> 'failed')"),
            { orderId })
        || !q.next() || q.value(0).toInt() == 0)
        return;
    m_noted.insert(orderId);
    HistoryEntry entry = HistoryEntry::arrival(
        orderId, OrderStatus::InProgressPayout, actor(), tr("Waits for a person: %1").arg(reason));
    entry.oldStatus = OrderStatus::InProgressPayout;
    OrderStore(m_db).addHistory(entry);
}

void AutoPayer::look()
{
    // Team mode: the desk holding the automation lease runs it; the others leave it be.
    if (!m_lease.hold(QStringLiteral("automation"))) {
        emit runFinished(0);
        return;
    }
    QHash<QString, std::pair<QString, Money>> rules; // currency → (provider, automatic maximum)
    for (const PayoutLimits::Limit &l : PayoutLimits(m_db).all()) {
        if (l.kind == LimitKind::AutoMaximum && !rules.contains(l.currency))
            rules.insert(l.currency, { l.provider, Money::parse(l.value).value_or(Money()) });
    }
    if (rules.isEmpty()) {
        emit runFinished(0);
        return;
    }
    // The queue: waiting for a payout, nobody paying it (no open attempt), oldest first.
    struct Waiting {
        QString id;
        QString currency;
        Money amount;
    };
    QList<Waiting> queue;
    {
        // Read whole before anything else runs on the connection (PostgreSQL streams the rows).
        QSqlQuery q;
        if (m_db.exec(q,
                QStringLiteral("SELECT o.id, o.xml_to, o.out_amount FROM orders o WHERE o.status = 'inProgressPayout' "
                               "AND NOT EXISTS (SELECT 1 FROM payout_attempts a WHERE a.order_id = o.id) "
                               "ORDER BY o.created_at LIMIT 1000"))) {
            while (q.next())
                queue.append({ q.value(0).toString(), q.value(1).toString(),
                    Money::parse(q.value(2).toString()).value_or(Money()) });
        }
    }
    QList<PayoutEngine::Item> items;
    for (const Waiting &w : queue) {
        const auto rule = rules.find(w.currency);
        if (rule == rules.end())
            continue;
        if (w.amount > rule->second)
            noteWaiting(w.id,
                tr("%1 is above the automatic payout limit of %2 %3 through %4.")
                    .arg(w.amount.toString(), rule->second.toString(), w.currency, rule->first));
        else
            items.append({ w.id, rule->first });
    }
    if (items.isEmpty()) {
        emit runFinished(0);
        return;
    }
    m_running = true;
    PayoutRun *run = m_engine.approve(items, actor());
    const auto finished = [this, run] {
        int started = 0;
        for (const PayoutOutcome &o : run->outcomes()) {
            if (o.kind == PayoutOutcome::Kind::NotSent)
                noteWaiting(o.orderId, o.message); // a limit, the balance, the recipient, or a person was faster
            else
                ++started;
        }
        run->deleteLater();
        m_running = false;
        emit runFinished(started);
        if (std::exchange(m_again, false))
            nudge();
    };
    if (run->done() < run->total())
        connect(run, &PayoutRun::finished, this, finished);
    else
        QTimer::singleShot(0, this, finished);
}

} // namespace pd
