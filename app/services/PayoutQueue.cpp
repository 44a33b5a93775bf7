#include "PayoutQueue.h"

#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/ReserveCoverage.h"
#include "storage/Approvals.h"
#include "storage/AttemptStore.h"
#include "storage/Blocklist.h"
#include "storage/Database.h"
#include "storage/DatabaseThread.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "storage/Staff.h"

#include <QMap>

namespace pd {

PayoutQueue::PayoutQueue(
    DatabaseThread &thread, const ProviderRegistry &registry, const CurrencyRegistry &currencies, QString login)
    : m_thread(thread)
    , m_manifests(registry.manifests())
    , m_currencies(currencies)
    , m_login(std::move(login))
{
}

QList<OrderStatus> PayoutQueue::statuses()
{
    return { OrderStatus::InProgressPayout, OrderStatus::ErrorPayout, OrderStatus::Hold };
}

QString PayoutQueue::providerFor(
    const QList<Manifest> &manifests, const QHash<QString, QString> &defaults, const QString &xml)
{
    const QString preferred = defaults.value(xml);
    QString first;
    for (const Manifest &m : manifests) {
        if (!m.serves(xml))
            continue;
        if (m.name == preferred)
            return m.name;
        if (first.isEmpty())
            first = m.name;
    }
    return first;
}

OrderFilter PayoutQueue::orderFilter(Database &db, const QList<Manifest> &manifests, const QueueFilter &filter)
{
    OrderFilter f;
    for (OrderStatus s : filter.statuses.isEmpty() ? statuses() : filter.statuses) {
        if (statuses().contains(s))
            f.statuses << s;
    }
    f.needsAttention = filter.needsAttention;
    f.search = filter.search;
    if (!filter.currency.isEmpty())
        f.payoutCurrencies << filter.currency;
    if (!filter.provider.isEmpty()) {
        // The currencies this provider pays when nobody chooses another on the row.
        const QHash<QString, QString> defaults = DeskSettings(db).payoutDefaults();
        QStringList paid;
        for (const Manifest &manifest : manifests) {
            if (manifest.name != filter.provider)
                continue;
            for (const QString &xml : manifest.allowXml) {
                if (providerFor(manifests, defaults, xml) == filter.provider
                    && (filter.currency.isEmpty() || filter.currency == xml))
                    paid << xml;
            }
        }
        // None: a currency nobody has, so that the filter matches nothing rather than everything.
        f.payoutCurrencies = paid.isEmpty() ? QStringList { QStringLiteral("-") } : paid;
    }
    return f;
}

BookAnswer<qint64> *PayoutQueue::count(const QueueFilter &filter, QObject *parent)
{
    return m_thread.ask<qint64>(
        DatabaseThread::Urgency::Later, parent, [filter, manifests = m_manifests](Database &db, QString *error) {
            return OrderStore(db).count(orderFilter(db, manifests, filter), error);
        });
}

BookAnswer<QueuePage> *PayoutQueue::page(
    const QueueFilter &filter, const OrderSort &sort, int page, int pageSize, QObject *parent)
{
    return m_thread.ask<QueuePage>(DatabaseThread::Urgency::Later, parent,
        [=, manifests = m_manifests, login = m_login](Database &db, QString *error) {
            return readPage(db, manifests, login, filter, sort, page, pageSize, error).value_or(QueuePage { page, {} });
        });
}

std::optional<QueuePage> PayoutQueue::readPage(Database &db, const QList<Manifest> &manifests, const QString &login,
    const QueueFilter &filter, const OrderSort &sort, int page, int pageSize, QString *error)
{
    const auto orders
        = OrderStore(db).page(orderFilter(db, manifests, filter), sort, pageSize, qint64(page) * pageSize, error);
    if (!orders)
        return std::nullopt;
    QStringList ids, recipients;
    for (const Order &o : *orders) {
        ids << o.id;
        recipients << o.recipient();
    }
    recipients.removeDuplicates();
    const QHash<QString, PayoutAttempt> latest = AttemptStore(db).latestOf(ids);
    const QHash<QString, QStringList> approved = Approvals(db).waiting();
    QHash<QString, QString> names; // approvers by the name the team knows them by
    for (const Staff::Member &m : Staff(db).all())
        names.insert(m.login, m.name.isEmpty() ? m.login : m.name);
    Blocklist blocklist(db);
    const QHash<QString, int> sharing = blocklist.ordersSharing(recipients);
    const QHash<QString, QString> blocked = blocklist.reasons();
    const QHash<QString, QString> defaults = DeskSettings(db).payoutDefaults();
    QueuePage result { page, {} };
    result.rows.reserve(orders->size());
    for (const Order &o : *orders) {
        QueueRow row;
        row.order = o;
        if (const auto found = latest.constFind(o.id); found != latest.constEnd())
            row.last = *found;
        row.claimable = o.status == OrderStatus::InProgressPayout
            && !(row.last && PayoutAttempt::isOpen(row.last->state)) && !o.recipientWaitsForAPerson();
        for (const QString &who : approved.value(o.id)) {
            row.approvers << names.value(who, who);
            row.approvedByMe = row.approvedByMe || who == login;
        }
        QStringList values;
        for (const OrderValue &v : o.toValues)
            values << v.value;
        row.blocked = Blocklist::refusalIn(blocked, values).value_or(QString());
        row.sharedWith = sharing.value(o.recipient());
        row.provider = providerFor(manifests, defaults, o.xmlTo);
        result.rows.append(std::move(row));
    }
    return result;
}

BookAnswer<QueueReserve> *PayoutQueue::reserve(
    const QHash<QString, Balances> &balances, const QHash<QString, QString> &chosen, QObject *parent)
{
    return m_thread.ask<QueueReserve>(DatabaseThread::Urgency::Later, parent,
        [=, manifests = m_manifests, currencies = m_currencies](Database &db, QString *error) {
            QueueReserve result;
            const auto waiting = OrderStore(db).claimable(error);
            if (!waiting)
                return result;
            result.waiting = int(waiting->size());
            const QHash<QString, QString> defaults = DeskSettings(db).payoutDefaults();
            // By provider and balance currency, each in queue order.
            QMap<std::pair<QString, QString>, QList<const OrderStore::Claimable *>> groups;
            QHash<QString, QString> byXml; // the currency's provider, worked out once per currency
            for (const OrderStore::Claimable &c : *waiting) {
                auto found = byXml.constFind(c.xmlTo);
                if (found == byXml.constEnd())
                    found = byXml.insert(c.xmlTo, providerFor(manifests, defaults, c.xmlTo));
                const QString provider = chosen.value(c.id, *found);
                const auto currency = currencies.byXml(c.xmlTo);
                if (provider.isEmpty() || !currency)
                    continue;
                groups[{ provider, currency->currency }].append(&c);
            }
            ProviderSettings settings(db);
            for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
                QueueReserve::Group g;
                std::tie(g.provider, g.currency) = it.key();
                g.enabled = settings.values(g.provider).value(QStringLiteral("enabled")) == QLatin1String("1");
                g.payouts = int(it->size());
                for (const auto *c : it.value())
                    g.total += c->amount;
                const auto known = balances.constFind(g.provider);
                if (g.enabled && known != balances.constEnd()) {
                    ReserveCoverage coverage = ReserveCoverage::read(db, currencies, g.provider, g.currency, *known);
                    g.error = coverage.error;
                    if (g.error.isEmpty()) {
                        for (const auto *c : it.value()) {
                            const Money before = coverage.left;
                            if (!coverage.take(c->amount))
                                result.shortBefore.insert(c->id, before);
                        }
                        g.counted = true;
                        g.balance = coverage.balance;
                        g.reserve = coverage.reserve;
                        g.covered = coverage.covered;
                        g.coveredTotal = coverage.coveredTotal;
                    }
                }
                result.groups.append(g);
            }
            return result;
        });
}

BookAnswer<ReserveCoverage> *PayoutQueue::cover(const QString &provider, const QString &currency,
    const Balances &balances, const QList<Money> &amounts, QObject *parent)
{
    return m_thread.ask<ReserveCoverage>(
        DatabaseThread::Urgency::Later, parent, [=, currencies = m_currencies](Database &db, QString *error) {
            ReserveCoverage coverage = ReserveCoverage::read(db, currencies, provider, currency, balances);
            *error = coverage.error;
            if (coverage.error.isEmpty()) {
                for (const Money &amount : amounts)
                    coverage.take(amount);
            }
            return coverage;
        });
}

} // namespace pd
