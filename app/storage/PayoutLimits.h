#pragma once

#include "contract/Money.h"

#include <QList>
#include <QString>
#include <optional>

namespace pd {

class Database;

// Limits per provider and currency (issue 9): per payout minimum and maximum, per day and per
// month total and count. Checked inside the claim's transaction (AttemptStore::claim), which
// every desk's writes queue for, so two desks together can never pass one: the second sees
// the first's attempt. Days and months are UTC. What counts is every attempt not failed
// (paid, pending, unknown, needing attention): money that left or may have left.
class PayoutLimits {
public:
    // AutoMaximum is the automatic payout rule (off unless set): payouts up to it are sent
    // without a click (AutoPayer); above it they wait for a person.
    // SecondApproval is four-eyes (Approvals): payouts above it need two staff members. It is
    // per currency whichever provider pays (provider "*"), so that picking another provider
    // cannot skip it.
    enum class Kind { Minimum, Maximum, DayTotal, DayCount, MonthTotal, MonthCount, AutoMaximum, SecondApproval };
    static constexpr const char *everyProvider = "*";
    struct Limit {
        QString provider;
        QString currency; // the order's xml_to
        Kind kind = Kind::Maximum;
        QString value; // a decimal amount, or a count
    };

    explicit PayoutLimits(Database &database)
        : m_db(database)
    {
    }

    static QString code(Kind kind);
    static std::optional<Kind> fromCode(const QString &code);

    QList<Limit> all();
    // Sets (or with an empty value removes) one limit, with an activity entry by `actor`.
    bool set(const Limit &limit, const QString &actor, QString *error);

    // The four-eyes threshold of a currency, if it has one.
    std::optional<Money> secondApprovalAbove(const QString &currency);

    // Why this payout may not go now, in the staff's words; nothing when it may.
    std::optional<QString> refusal(const QString &provider, const QString &currency, const Money &amount, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace pd
