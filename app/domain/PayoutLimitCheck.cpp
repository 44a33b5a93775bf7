#include "PayoutLimitCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace pd {

qint64 PayoutLimitCheck::dayStart(qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    return QDateTime(now.date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 PayoutLimitCheck::monthStart(qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    return QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// The words keep the context they were first translated in (pd::PayoutLimits).
std::optional<QString> PayoutLimitCheck::refusal(const QList<std::pair<LimitKind, QString>> &limits,
    const QString &provider, const QString &currency, const Money &amount, const SoFar &soFar)
{
    for (const auto &[kind, value] : limits) {
        const Money limit = Money::parse(value).value_or(Money());
        const qint64 count = value.toLongLong();
        switch (kind) {
        case LimitKind::Minimum:
            if (amount < limit)
                return QCoreApplication::translate("pd::PayoutLimits", "Below the minimum payout of %1 %2 through %3.")
                    .arg(value, currency, provider);
            break;
        case LimitKind::Maximum:
            if (amount > limit)
                return QCoreApplication::translate("pd::PayoutLimits",
                    "Above the maximum payout of %1 %2 through %3: a person pays it another way or raises the limit.")
                    .arg(value, currency, provider);
            break;
        case LimitKind::DayTotal:
            if (soFar.dayTotal + amount > limit)
                return QCoreApplication::translate(
                    "pd::PayoutLimits", "Over today's limit of %1 %2 through %3 (%4 already sent today, UTC).")
                    .arg(value, currency, provider, soFar.dayTotal.toString());
            break;
        case LimitKind::MonthTotal:
            if (soFar.monthTotal + amount > limit)
                return QCoreApplication::translate("pd::PayoutLimits",
                    "Over this month's limit of %1 %2 through %3 (%4 already sent this month, UTC).")
                    .arg(value, currency, provider, soFar.monthTotal.toString());
            break;
        case LimitKind::DayCount:
            if (soFar.dayCount + 1 > count)
                return QCoreApplication::translate(
                    "pd::PayoutLimits", "Over today's limit of %1 payouts in %2 through %3.")
                    .arg(value, currency, provider);
            break;
        case LimitKind::MonthCount:
            if (soFar.monthCount + 1 > count)
                return QCoreApplication::translate(
                    "pd::PayoutLimits", "Over this month's limit of %1 payouts in %2 through %3.")
                    .arg(value, currency, provider);
            break;
        case LimitKind::AutoMaximum:
        case LimitKind::SecondApproval:
            break; // rules for AutoPayer and for the claim (Approvals), not limits on the amount
        }
    }
    return std::nullopt;
}

} // namespace pd
