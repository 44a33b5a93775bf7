#pragma once

#include <QCoreApplication>
#include <QString>

namespace pd {

// For files that are not QObjects but speak to staff through a local tr(text): lupdate files a
// tr() call inside a member of class pd::X under the context "pd::X", and one in a free
// function of namespace pd under "pd". This looks in the class's context first, then in the
// namespace's, so that both find their translation.
inline QString translated(const char *context, const char *text, int n = -1)
{
    const QString inClass = QCoreApplication::translate(context, text, nullptr, n);
    if (inClass != QLatin1String(text) || n >= 0)
        return inClass;
    return QCoreApplication::translate("pd", text, nullptr, n);
}

} // namespace pd
