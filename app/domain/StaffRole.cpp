#include "StaffRole.h"

#include "CodeTable.h"

#include <QCoreApplication>

namespace pd {

namespace {

const std::pair<StaffRole, const char *> codes[]
    = { { StaffRole::Viewer, "viewer" }, { StaffRole::Operator, "operator" }, { StaffRole::Admin, "admin" } };

} // namespace

const QList<StaffRole> &StaffRoles::all()
{
    static const QList<StaffRole> roles { StaffRole::Viewer, StaffRole::Operator, StaffRole::Admin };
    return roles;
}

QString StaffRoles::code(StaffRole role)
{
    return codeIn(codes, role);
}

std::optional<StaffRole> StaffRoles::fromCode(QStringView code)
{
    return valueIn(codes, code);
}

// The names keep the context they were first translated in (pd::Staff).
QString StaffRoles::title(StaffRole role)
{
    switch (role) {
    case StaffRole::Viewer:
        return QCoreApplication::translate("pd::Staff", "Viewer");
    case StaffRole::Operator:
        return QCoreApplication::translate("pd::Staff", "Operator");
    case StaffRole::Admin:
        return QCoreApplication::translate("pd::Staff", "Admin");
    }
    return {};
}

bool StaffRoles::mayOperate(StaffRole role)
{
    return role != StaffRole::Viewer;
}

bool StaffRoles::mayAdminister(StaffRole role)
{
    return role == StaffRole::Admin;
}

bool StaffRoles::mayAcceptRecipient(StaffRole role)
{
    return mayAdminister(role);
}

bool StaffRoles::mayKeepRecipient(StaffRole role)
{
    return mayOperate(role);
}

} // namespace pd
