#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace pd {

// The kinds of payout limit per provider and currency (issue 9): per payout minimum and
// maximum, per UTC day and month total and count. AutoMaximum is the automatic payout rule (off
// unless set): payouts up to it are sent without a click (AutoPayer); above it they wait for a
// person. SecondApproval is four eyes (Approvals): payouts above it need two staff members; it
// is per currency whichever provider pays (LimitKinds::everyProvider), so that picking another
// provider cannot skip it.
enum class LimitKind : quint8 {
    Minimum,
    Maximum,
    DayTotal,
    DayCount,
    MonthTotal,
    MonthCount,
    AutoMaximum,
    SecondApproval
};

namespace LimitKinds {

// The provider a per-currency rule is stored under (four eyes).
inline constexpr const char *everyProvider = "*";

const QList<LimitKind> &all();

// The word a kind is stored and typed by: min, max, day_total, day_count, month_total,
// month_count, auto_max, four_eyes.
QString code(LimitKind kind);
std::optional<LimitKind> fromCode(QStringView code);

// Its value is a count of payouts (day_count, month_count), not an amount.
bool isCount(LimitKind kind);
// It limits what one payout may be, or what payouts may add up to (not a rule for the
// automation or for four eyes).
bool limitsPayouts(LimitKind kind);

} // namespace LimitKinds
} // namespace pd
