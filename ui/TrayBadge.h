#pragma once

#include <QIcon>

namespace pd {

// The desk's icon with the number of payouts waiting drawn on it, as mail programs show
// unread mail: readable in a 16-pixel tray slot, "99+" beyond two digits, and the plain icon
// when nothing waits.
class TrayBadge {
public:
    static QIcon withCount(const QIcon &base, int count);
    static QString label(int count);
};

} // namespace pd
