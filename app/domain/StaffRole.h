#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace pd {

// What a member of the staff may do (issue 9, item 3): a viewer reads and exports; an operator
// also approves within the limits, holds, rejects, takes IPNs in and adds to the blocklist; an
// admin also manages providers, secrets, limits, staff and the book's settings. The rules live
// here once; the core and the GUI ask them, and in team mode PostgreSQL grants the same
// (storage/Staff, migration 11).
enum class StaffRole : quint8 { Viewer, Operator, Admin };

namespace StaffRoles {

// All three, from the least allowed.
const QList<StaffRole> &all();

// The word a role is stored by: viewer, operator, admin.
QString code(StaffRole role);
std::optional<StaffRole> fromCode(QStringView code);
// The staff-facing name, translated.
QString title(StaffRole role);

// Approve, hold, reject, take IPNs in, add to the blocklist, keep a pinned recipient; a
// desk whose staff may operate runs payouts, automation and the listener.
bool mayOperate(StaffRole role);
// Providers, secrets, limits, staff, the book's settings, the listener's TLS, accepting a
// recipient the exchange site changed.
bool mayAdminister(StaffRole role);

// A recipient the site sent after the order's was pinned: accepting it is for admins, keeping
// the pinned one for whoever operates.
bool mayAcceptRecipient(StaffRole role);
bool mayKeepRecipient(StaffRole role);

} // namespace StaffRoles
} // namespace pd
