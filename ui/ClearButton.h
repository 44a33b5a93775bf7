#pragma once

#include <QLineEdit>
#include <QTimer>

namespace pd {

// Gives a search field its clear button once the event loop runs. The button's icon is looked
// up in the icon theme, and the process's first such look-up (about 10 ms) would otherwise
// lengthen the desk's cold start, the one long turn of the GUI thread.
inline void addClearButtonSoon(QLineEdit *field)
{
    QTimer::singleShot(0, field, [field] { field->setClearButtonEnabled(true); });
}

} // namespace pd
