#pragma once

#include "contract/Money.h"
#include "domain/LimitKind.h"

#include <QList>
#include <QString>
#include <optional>

namespace pd {

class Database;

// Limits per provider and currency (issue 9), as stored: per payout minimum and maximum, per
// day and per month total and count (the kinds and the check are the domain's: domain/LimitKind,
// domain/PayoutLimitCheck). Checked inside the claim's transaction (AttemptStore::claim), which
// every desk's writes queue for, so two desks together can never pass one: the second sees
// the first's attempt. Days and months are UTC. What counts is every attempt not failed
// (paid, pending, unknown, needing attention): money that left or may have left.
class PayoutLimits {
public:
    using Kind = LimitKind;
    static constexpr const char *everyProvider = LimitKinds::everyProvider;
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

    // The domain's words under their old names, for the dialogs that still ask here.
    static QString code(Kind kind) { return LimitKinds::code(kind); }
    static std::optional<Kind> fromCode(const QString &code) { return LimitKinds::fromCode(code); }

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
