#include "LimitKind.h"

#include "CodeTable.h"

namespace pd {

namespace {

const std::pair<LimitKind, const char *> codes[] = {
    { LimitKind::Minimum, "min" },
    { LimitKind::Maximum, "max" },
    { LimitKind::DayTotal, "day_total" },
    { LimitKind::DayCount, "day_count" },
    { LimitKind::MonthTotal, "month_total" },
    { LimitKind::MonthCount, "month_count" },
    { LimitKind::AutoMaximum, "auto_max" },
    { LimitKind::SecondApproval, "four_eyes" },
};

} // namespace

const QList<LimitKind> &LimitKinds::all()
{
    static const QList<LimitKind> kinds { LimitKind::Minimum, LimitKind::Maximum, LimitKind::DayTotal,
        LimitKind::DayCount, LimitKind::MonthTotal, LimitKind::MonthCount, LimitKind::AutoMaximum,
        LimitKind::SecondApproval };
    return kinds;
}

QString LimitKinds::code(LimitKind kind)
{
    return codeIn(codes, kind);
}

std::optional<LimitKind> LimitKinds::fromCode(QStringView code)
{
    return valueIn(codes, code);
}

bool LimitKinds::isCount(LimitKind kind)
{
    return kind == LimitKind::DayCount || kind == LimitKind::MonthCount;
}

bool LimitKinds::limitsPayouts(LimitKind kind)
{
    return kind != LimitKind::AutoMaximum && kind != LimitKind::SecondApproval;
}

} // namespace pd
