#include "Mismatch.h"

#include "CodeTable.h"

namespace pd {

namespace {

const std::pair<Mismatch::Kind, const char *> codes[] = {
    { Mismatch::Kind::NotInDesk, "not_in_desk" },
    { Mismatch::Kind::NotAtProvider, "not_at_provider" },
    { Mismatch::Kind::Amount, "amount" },
    { Mismatch::Kind::Currency, "currency" },
    { Mismatch::Kind::Destination, "destination" },
    { Mismatch::Kind::MoreThanOne, "more_than_one" },
    { Mismatch::Kind::Status, "status" },
};

} // namespace

QString Mismatch::code(Kind kind)
{
    return codeIn(codes, kind);
}

std::optional<Mismatch::Kind> Mismatch::fromCode(QStringView code)
{
    return valueIn(codes, code);
}

} // namespace pd
