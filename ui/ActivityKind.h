#pragma once

#include <QString>

namespace pd {

// What an activity log entry's kind ("ipn.rejected", "provider.settings", …) means, in the
// staff's words and language; an unknown kind (a newer desk's) is shown as it is stored.
class ActivityKind {
public:
    static QString title(const QString &kind);
};

} // namespace pd
