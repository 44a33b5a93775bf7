#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>
#include <utility>

namespace pd {

// The words an enum is stored by (attempt states, limit kinds, staff roles): one table per
// enum, read both ways here.
template <typename Enum, std::size_t N> QString codeIn(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[v, c] : table) {
        if (v == value)
            return QString::fromLatin1(c);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::pair<Enum, const char *> (&table)[N], QStringView code)
{
    for (const auto &[v, c] : table) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}

} // namespace pd
