#pragma once

#include "domain/StaffMember.h"
#include "domain/StaffRole.h"

#include <QList>
#include <QString>
#include <optional>

namespace pd {

class Database;

// The staff of an order book, as stored (issue 9, item 3): who is signed in, the list, and its
// changes. What each role may do is the domain's (domain/StaffRole: StaffRoles::mayOperate, …),
// asked by the core and the GUI alike. On one desk (SQLite) the OS user is the admin. In team
// mode each desk signs in as a PostgreSQL login listed here, and PostgreSQL itself grants what
// the role allows (migration 11): the window hides what a role cannot do, but the lock is the
// server's.
class Staff {
public:
    using Role = StaffRole;
    using Member = StaffMember;

    explicit Staff(Database &database)
        : m_db(database)
    {
    }

    // The domain's rules under their old names, for the dialogs that still ask here.
    static QString code(Role role) { return StaffRoles::code(role); }
    static std::optional<Role> fromCode(const QString &code) { return StaffRoles::fromCode(code); }
    static QString title(Role role) { return StaffRoles::title(role); }
    static bool mayOperate(Role role) { return StaffRoles::mayOperate(role); }
    static bool mayAdminister(Role role) { return StaffRoles::mayAdminister(role); }

    // Who is signed in through this connection; nullopt, with the reason, when a team's login
    // is not on the book's staff.
    std::optional<Member> signedIn(QString *error);
    // Before anything is read: why this login may not open the book at all, if so.
    std::optional<QString> refusedAtTheDoor();

    QList<Member> all(QString *error = nullptr);
    // Adds or changes one member (team mode only: the login must exist on the server), with an
    // activity entry by `actor`.
    bool set(const Member &member, const QString &actor, QString *error);
    bool remove(const QString &login, const QString &actor, QString *error);

private:
    QString notOnStaff() const;

    Database &m_db;
};

} // namespace pd
