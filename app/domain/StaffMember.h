#pragma once

#include "StaffRole.h"

#include <QString>

namespace pd {

// A member of an order book's staff: who signs in (the OS user on one desk, a PostgreSQL login
// in team mode), the name staff know them by, and their role.
struct StaffMember {
    QString login;
    QString name;
    StaffRole role = StaffRole::Viewer;
};

} // namespace pd
