#include "SandboxLedger.h"

#include <QDateTime>

namespace pd {

void SandboxLedger::setBalance(const QString &currency, const Money &amount)
{
    m_balances.insert(currency, amount);
}

QJsonObject SandboxLedger::balancesJson() const
{
    QJsonObject balances;
    for (auto it = m_balances.cbegin(); it != m_balances.cend(); ++it)
        balances.insert(it.key(), it.value().toString());
    return balances;
}

SandboxLedger::BookResult SandboxLedger::book(SandboxPayout &payout, QString *existingId)
{
    // The reference comes first: a second transfer under a booked reference is refused whatever
    // else it says, so the first payout is never paid twice (the property the tests count).
    if (const auto it = m_byReference.constFind(payout.reference); it != m_byReference.cend()) {
        ++m_duplicates[payout.reference];
        ++m_duplicateTotal;
        if (existingId)
            *existingId = m_payouts.at(*it).id;
        return BookResult::DuplicateReference;
    }
    if (!m_balances.contains(payout.currency))
        return BookResult::UnknownCurrency;
    Money &balance = m_balances[payout.currency];
    if (balance < payout.amount)
        return BookResult::InsufficientBalance;

    balance -= payout.amount;
    payout.id = QStringLiteral("tx_%1").arg(m_payouts.size() + 1);
    if (payout.createdMs == 0) // one booked by hand may say when
        payout.createdMs = QDateTime::currentMSecsSinceEpoch();
    m_byReference.insert(payout.reference, m_payouts.size());
    m_payouts.append(payout);
    return BookResult::Booked;
}

SandboxLedger::SettleResult SandboxLedger::settle(const QString &id, const QString &status)
{
    const SandboxPayout *found = find(id);
    if (!found)
        return SettleResult::NotFound;
    SandboxPayout &payout = m_payouts[found - m_payouts.constData()];
    if (payout.status != QLatin1String("PENDING"))
        return SettleResult::NotPending; // statuses only move forward
    payout.status = status;
    if (status == QLatin1String("CANCELED"))
        m_balances[payout.currency] += payout.amount;
    return SettleResult::Settled;
}

bool SandboxLedger::lose(const QString &reference)
{
    const auto it = m_byReference.constFind(reference);
    if (it == m_byReference.cend())
        return false;
    m_payouts[*it].lost = true;
    m_byReference.erase(it);
    return true;
}

QList<SandboxPayout> SandboxLedger::between(
    qint64 fromMs, qint64 toMs, qsizetype offset, qsizetype limit, bool *more) const
{
    QList<SandboxPayout> page;
    qsizetype seen = 0;
    *more = false;
    for (const SandboxPayout &p : m_payouts) {
        if (p.lost || p.createdMs < fromMs || p.createdMs > toMs || seen++ < offset)
            continue;
        if (page.size() == limit) {
            *more = true;
            break;
        }
        page << p;
    }
    return page;
}

const SandboxPayout *SandboxLedger::find(const QString &id) const
{
    // Ids are "tx_<n>" with n = position + 1; anything else is simply not found.
    if (!id.startsWith(QLatin1String("tx_")))
        return nullptr;
    bool ok = false;
    const qsizetype n = id.mid(3).toLongLong(&ok);
    if (!ok || n < 1 || n > m_payouts.size() || m_payouts.at(n - 1).id != id || m_payouts.at(n - 1).lost)
        return nullptr;
    return &m_payouts.at(n - 1);
}

const SandboxPayout *SandboxLedger::findByReference(const QString &reference) const
{
    const auto it = m_byReference.constFind(reference);
    return it == m_byReference.cend() ? nullptr : &m_payouts.at(*it);
}

QJsonArray SandboxLedger::payoutsJson() const
{
    QJsonArray payouts;
    for (const SandboxPayout &payout : m_payouts) {
        if (!payout.lost)
            payouts.append(payout.toJson());
    }
    return payouts;
}

QJsonObject SandboxLedger::duplicatesJson() const
{
    QJsonObject duplicates;
    for (auto it = m_duplicates.cbegin(); it != m_duplicates.cend(); ++it)
        duplicates.insert(it.key(), it.value());
    return duplicates;
}

} // namespace pd
