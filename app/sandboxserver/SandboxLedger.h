#pragma once

#include "SandboxPayout.h"
#include "contract/Money.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace pd {

// The sandbox provider's books: balances per currency, every payout booked in order, and how many
// second transfers were refused per reference. No I/O here, so the rules can be read in one place:
// a reference is paid at most once, and money leaves a balance only when a payout is booked.
class SandboxLedger {
public:
    enum class BookResult { Booked, UnknownCurrency, InsufficientBalance, DuplicateReference };
    enum class SettleResult { Settled, NotFound, NotPending };

    // A currency is known once it has a balance, even a zero one.
    void setBalance(const QString &currency, const Money &amount);
    bool hasCurrency(const QString &currency) const { return m_balances.contains(currency); }
    Money balance(const QString &currency) const { return m_balances.value(currency); }
    QJsonObject balancesJson() const;

    // Books `payout` (status, amount, currency, to, reference, … filled in by the caller): checks the
    // reference, the currency and the balance, then gives it the next id and takes the amount off.
    // On a duplicate reference *existingId is the payout already booked under it.
    BookResult book(SandboxPayout &payout, QString *existingId = nullptr);

    // PENDING → DONE or CANCELED; a CANCELED payout gives its amount back.
    SettleResult settle(const QString &id, const QString &status);

    // Takes a booked payout off the books, as if the provider had lost it: no look-up or listing
    // finds it again (the reconciliation tests' "in the desk as paid, not at the provider").
    bool lose(const QString &reference);
    // The payouts created from `fromMs` up to `toMs`, oldest first, `limit` from `offset` on.
    QList<SandboxPayout> between(qint64 fromMs, qint64 toMs, qsizetype offset, qsizetype limit, bool *more) const;

    const SandboxPayout *find(const QString &id) const;
    const SandboxPayout *findByReference(const QString &reference) const;

    QJsonArray payoutsJson() const;
    QJsonObject duplicatesJson() const;
    int duplicateCount() const { return m_duplicateTotal; }

private:
    QMap<QString, Money> m_balances; // QMap: balances are listed in a stable order
    QList<SandboxPayout> m_payouts; // index = id number - 1
    QHash<QString, qsizetype> m_byReference;
    QMap<QString, int> m_duplicates;
    int m_duplicateTotal = 0;
};

} // namespace pd
