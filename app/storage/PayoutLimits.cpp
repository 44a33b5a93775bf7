#include "PayoutLimits.h"

#include "domain/PayoutLimitCheck.h"

#include "ActivityLog.h"
#include "Database.h"
#include "Transaction.h"
#include "contract/Translated.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::PayoutLimits", text);
}

} // namespace

QList<PayoutLimits::Limit> PayoutLimits::all()
{
    QList<Limit> list;
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral(
                "SELECT provider, currency, kind, value FROM payout_limits ORDER BY provider, currency, kind")))
        return list;
    while (q.next()) {
        if (const auto kind = LimitKinds::fromCode(q.value(2).toString()))
            list.append({ q.value(0).toString(), q.value(1).toString(), *kind, q.value(3).toString() });
    }
    return list;
}

bool PayoutLimits::set(const Limit &limit, const QString &actor, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString value = limit.value.trimmed();
    if (!value.isEmpty()) {
        bool isNumber = false;
        const bool ok = LimitKinds::isCount(limit.kind) ? (value.toLongLong(&isNumber) >= 0 && isNumber)
                                                        : (Money::parse(value) && !Money::parse(value)->isNegative());
        if (!ok)
            return fail(LimitKinds::isCount(limit.kind) ? tr("A count limit is a whole number, 0 or more.")
                                                        : tr("An amount limit is a decimal amount, 0 or more."));
    }
    if ((limit.kind == Kind::SecondApproval) != (limit.provider == QLatin1String(everyProvider)))
        return fail(limit.kind == Kind::SecondApproval
                ? tr("A second approval is needed per currency, whichever provider pays.")
                : tr("This limit is set per provider."));
    Transaction transaction(m_db);
    const QString subject
        = QStringLiteral("%1/%2/%3").arg(limit.provider, limit.currency, LimitKinds::code(limit.kind));
    const bool written = transaction.isActive()
        && m_db.exec(QStringLiteral("DELETE FROM payout_limits WHERE provider = ? AND currency = ? AND kind = ?"),
            { limit.provider, limit.currency, LimitKinds::code(limit.kind) })
        && (value.isEmpty()
            || m_db.exec(
                QStringLiteral(
                    "INSERT INTO payout_limits (provider, currency, kind, value, updated_at) VALUES (?,?,?,?,?)"),
                { limit.provider, limit.currency, LimitKinds::code(limit.kind), value,
                    QDateTime::currentMSecsSinceEpoch() }))
        && ActivityLog(m_db).append(actor, QStringLiteral("limits"), subject,
            value.isEmpty() ? QStringLiteral("%1 removed").arg(subject)
                            : QStringLiteral("%1 set to %2").arg(subject, value))
        && transaction.commit();
    return written || fail(m_db.lastError());
}

std::optional<Money> PayoutLimits::secondApprovalAbove(const QString &currency)
{
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("SELECT value FROM payout_limits WHERE provider = ? AND currency = ? AND kind = ?"),
            { QString::fromLatin1(everyProvider), currency, LimitKinds::code(LimitKind::SecondApproval) })
        || !q.next())
        return std::nullopt;
    return Money::parse(q.value(0).toString());
}

std::optional<QString> PayoutLimits::refusal(
    const QString &provider, const QString &currency, const Money &amount, qint64 nowMs)
{
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT kind, value FROM payout_limits WHERE provider = ? AND currency = ?"),
            { provider, currency }))
        return tr("The payout limits cannot be read: %1").arg(m_db.lastError());
    QList<std::pair<Kind, QString>> limits;
    while (q.next()) {
        if (const auto kind = LimitKinds::fromCode(q.value(0).toString()))
            limits.append({ *kind, q.value(1).toString() });
    }
    if (limits.isEmpty())
        return std::nullopt;
    const qint64 dayStart = PayoutLimitCheck::dayStart(nowMs);
    // Every attempt of the month that may have moved money, summed exactly.
    PayoutLimitCheck::SoFar soFar;
    if (!m_db.exec(q,
            QStringLiteral("SELECT amount, created_at FROM payout_attempts WHERE provider = ? AND currency = ? "
                           "AND created_at >= ? AND state <> 'failed'"),
            { provider, currency, PayoutLimitCheck::monthStart(nowMs) }))
        return tr("The payouts so far cannot be read: %1").arg(m_db.lastError());
    while (q.next()) {
        const Money sent = Money::parse(q.value(0).toString()).value_or(Money());
        soFar.monthTotal += sent;
        ++soFar.monthCount;
        if (q.value(1).toLongLong() >= dayStart) {
            soFar.dayTotal += sent;
            ++soFar.dayCount;
        }
    }
    return PayoutLimitCheck::refusal(limits, provider, currency, amount, soFar);
}

} // namespace pd
