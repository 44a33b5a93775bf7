#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pd {

class Database;

// The staff of an order book and their roles (issue 9, item 3): a viewer reads and exports; an
// operator also approves within the limits, holds and rejects; an admin also manages
// providers, secrets, limits and staff. On one desk (SQLite) the OS user is the admin. In team
// mode each desk signs in as a PostgreSQL login listed here, and PostgreSQL itself grants what
// the role allows (migration 11): the window hides what a role cannot do, but the lock is the
// server's.
class Staff {
public:
    enum class Role { Viewer, Operator, Admin };
    struct Member {
        QString login;
        QString name;
        Role role = Role::Viewer;
    };

    explicit Staff(Database &database)
        : m_db(database)
    {
    }

    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    static QString title(Role role); // in the staff's language

    static bool mayOperate(Role role) { return role != Role::Viewer; }
    static bool mayAdminister(Role role) { return role == Role::Admin; }

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
