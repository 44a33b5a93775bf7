#pragma once

#include "QueueRow.h"
#include "contract/CurrencyRegistry.h"
#include "contract/Manifest.h"
#include "contract/Payout.h"
#include "domain/OrderFilter.h"
#include "payouts/ReserveCoverage.h"
#include "storage/BookReply.h"

#include <QHash>

class QObject;

namespace pd {

class Database;
class DatabaseThread;
class ProviderRegistry;

// What staff narrow the queue down to.
struct QueueFilter {
    QList<OrderStatus> statuses; // of the queue's (payout queued, payout error, on hold); empty: all three
    QString currency; // the XML code paid out; empty: any
    QString provider; // paid through (the currency's default, else the first that serves it); empty: any
    bool needsAttention = false; // failed, unknown or needing a person, on hold
    QString search; // as the orders page's
    bool operator==(const QueueFilter &) const = default;
};

// The payout queue as the core reads it: counted and paged on the database thread (the
// workspace's bookThread), each page with its orders' attempts, approvals, blocklist and
// provider, and what the reserves cover of it. Pages never read the book themselves.
class PayoutQueue {
public:
    PayoutQueue(
        DatabaseThread &thread, const ProviderRegistry &registry, const CurrencyRegistry &currencies, QString login);

    static QList<OrderStatus> statuses(); // payout queued, payout error, on hold
    // From this many different orders on, a shared recipient is flagged for a look.
    static constexpr int sharedRecipientFlag = 5;

    BookAnswer<qint64> *count(const QueueFilter &filter, QObject *parent);
    BookAnswer<QueuePage> *page(
        const QueueFilter &filter, const OrderSort &sort, int page, int pageSize, QObject *parent);
    // `balances`: the providers whose balances are known (as just reported); others are counted
    // without a reserve. `chosen`: orders whose provider staff changed on their row.
    BookAnswer<QueueReserve> *reserve(
        const QHash<QString, Balances> &balances, const QHash<QString, QString> &chosen, QObject *parent);

    // What `provider`'s reserve in `currency` covers of these amounts, counted in this order
    // (the confirmation's balance column).
    BookAnswer<ReserveCoverage> *cover(const QString &provider, const QString &currency, const Balances &balances,
        const QList<Money> &amounts, QObject *parent);

    // The same, on the caller's connection (the CLI, benchmarks).
    static std::optional<QueuePage> readPage(Database &db, const QList<Manifest> &manifests, const QString &login,
        const QueueFilter &filter, const OrderSort &sort, int page, int pageSize, QString *error);

private:
    static OrderFilter orderFilter(Database &db, const QList<Manifest> &manifests, const QueueFilter &filter);
    static QString providerFor(
        const QList<Manifest> &manifests, const QHash<QString, QString> &defaults, const QString &xml);

    DatabaseThread &m_thread;
    // Copies, not references: work queued on the database thread may outlive the window's
    // registries (it runs to its end when the workspace closes).
    QList<Manifest> m_manifests;
    CurrencyRegistry m_currencies;
    QString m_login;
};

} // namespace pd
