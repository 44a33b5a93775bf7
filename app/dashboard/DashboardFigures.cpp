#include "DashboardFigures.h"

#include "domain/PayoutAttempt.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace pd {

std::optional<DashboardFigures> DashboardFigures::read(
    Database &database, const QDate &today, int days, const QTimeZone &zone, QString *error)
{
    const auto fail = [&]() -> std::optional<DashboardFigures> {
        if (error)
            *error = database.lastError();
        return std::nullopt;
    };
    DashboardFigures f;
    f.to = today;
    f.from = today.addDays(-(qMax(1, days) - 1));
    const qint64 start = QDateTime(f.from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(today.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

    // One range scan of the period's attempts (payout_attempts_by_time); the counting is
    // done here, where a day is a day in the desk's zone and a sum is exact.
    QSqlQuery q;
    if (!database.exec(q,
            QStringLiteral("SELECT created_at, provider, currency, amount, state FROM payout_attempts "
                           "WHERE created_at >= ? AND created_at < ?"),
            { start, end }))
        return fail();
    QHash<QPair<QDate, QString>, int> byCurrency, byProvider;
    while (q.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
        const QString provider = q.value(1).toString();
        const QString currency = q.value(2).toString();
        const auto state = PayoutAttempt::fromCode(q.value(4).toString());
        Outcomes &o = f.outcomes[provider];
        if (!state) {
            ++o.attention;
            continue;
        }
        switch (*state) {
        case PayoutAttempt::State::Paid: {
            ++o.paid;
            ++byCurrency[{ day, currency }];
            ++byProvider[{ day, provider }];
            ++f.paidCounts[currency];
            if (const auto amount = Money::parse(q.value(3).toString()))
                f.paidSums[currency] += *amount;
            break;
        }
        case PayoutAttempt::State::Failed:
            ++o.failed;
            break;
        case PayoutAttempt::State::Unknown:
        case PayoutAttempt::State::NeedsAttention:
            ++o.attention;
            break;
        default:
            ++o.pending;
            break;
        }
    }
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it)
        f.paidByCurrency.append({ it.key().first, it.key().second, it.value() });
    for (auto it = byProvider.begin(); it != byProvider.end(); ++it)
        f.paidByProvider.append({ it.key().first, it.key().second, it.value() });
    const auto byDayThenKey
        = [](const Day &a, const Day &b) { return std::tie(a.day, a.key) < std::tie(b.day, b.key); };
    std::sort(f.paidByCurrency.begin(), f.paidByCurrency.end(), byDayThenKey);
    std::sort(f.paidByProvider.begin(), f.paidByProvider.end(), byDayThenKey);

    // Counted by the index on status alone.
    if (!database.exec(q, QStringLiteral("SELECT status, COUNT(*) FROM orders GROUP BY status")))
        return fail();
    while (q.next()) {
        if (const auto status = OrderStatuses::fromCode(q.value(0).toString()))
            f.ordersPerStatus[*status] = q.value(1).toLongLong();
    }
    return f;
}

} // namespace pd
