#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pd {

// Dates as staff read them in tables and lists: the ISO day and the desk's local time,
// "2026-12-04 03:34", in every language. A locale's short form is ambiguous where money is
// concerned (English writes 12/4/26); the order window keeps the language's long form.
class DateText {
public:
    static QString shown(const QDate &day) { return day.toString(QStringLiteral("yyyy-MM-dd")); }
    static QString shown(const QDateTime &at)
    {
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
};

} // namespace pd
