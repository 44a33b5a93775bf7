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

QStringList Mismatch::csvColumns()
{
    return { QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("kind"), QStringLiteral("order_id"),
        QStringLiteral("desk"), QStringLiteral("at_provider"), QStringLiteral("found_at"),
        QStringLiteral("resolved_at"), QStringLiteral("resolved_by"), QStringLiteral("comment") };
}

QStringList Mismatch::csvCells() const
{
    return { QString::number(id), provider, code(kind), orderId, deskSide, providerSide, foundAt.toString(Qt::ISODate),
        resolvedAt.toString(Qt::ISODate), resolvedBy, comment };
}

std::optional<Mismatch::Kind> Mismatch::fromCode(QStringView code)
{
    return valueIn(codes, code);
}

} // namespace pd
