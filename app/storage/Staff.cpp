#include "Staff.h"

#include "ActivityLog.h"
#include "Database.h"
#include "Transaction.h"
#include "contract/Translated.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::Staff", text);
}

bool onTeam(Database &db)
{
    return db.dialect().kind() == SqlDialect::Kind::PostgreSQL;
}

} // namespace

QString Staff::notOnStaff() const
{
    return tr("The login %1 is not on this order book's staff. An admin adds it in Edit → Staff….").arg(m_db.login());
}

std::optional<QString> Staff::refusedAtTheDoor()
{
    if (!onTeam(m_db))
        return std::nullopt;
    // Granted nothing: told so in words, before any read would say "permission denied". A new
    // book (no tables yet) is for its creator to make.
    QSqlQuery q;
    if (m_db.exec(
            q, QStringLiteral("SELECT COALESCE(has_table_privilege(to_regclass('schema_migrations'), 'SELECT'), true)"))
        && q.next() && !q.value(0).toBool())
        return notOnStaff();
    return std::nullopt;
}

std::optional<Staff::Member> Staff::signedIn(QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Member> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!onTeam(m_db))
        return Member { m_db.login(), QString(), StaffRole::Admin };
    if (const auto refused = refusedAtTheDoor())
        return fail(*refused);
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT name, role FROM staff WHERE login = session_user"))) {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return fail(notOnStaff());
    return Member { m_db.login(), q.value(0).toString(),
        StaffRoles::fromCode(q.value(1).toString()).value_or(StaffRole::Viewer) };
}

QList<Staff::Member> Staff::all(QString *error)
{
    QList<Member> list;
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT login, name, role FROM staff ORDER BY login"))) {
        if (error)
            *error = m_db.lastError();
        return list;
    }
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(),
            StaffRoles::fromCode(q.value(2).toString()).value_or(StaffRole::Viewer) });
    return list;
}

bool Staff::set(const Member &member, const QString &actor, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!onTeam(m_db))
        return fail(
            tr("On one desk the OS user is the admin: staff and roles belong to a team's order book on PostgreSQL."));
    const QString login = member.login.trimmed();
    if (login.isEmpty())
        return fail(tr("A staff member needs the PostgreSQL login they sign in with."));
    Transaction transaction(m_db);
    // The server grants the role as the row is written (migration 11): a login that does not
    // exist, or a change that would leave no admin, is refused there and nothing is kept.
    const bool written = transaction.isActive()
        && m_db.exec(QStringLiteral("INSERT INTO staff (login, name, role, added_by, added_at) VALUES (?,?,?,?,?) "
                                    "ON CONFLICT (login) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role"),
            { login, member.name.trimmed(), StaffRoles::code(member.role), actor, QDateTime::currentMSecsSinceEpoch() })
        && ActivityLog(m_db).append(
            actor, QStringLiteral("staff"), login, QStringLiteral("%1 is %2").arg(login, StaffRoles::code(member.role)))
        && transaction.commit();
    return written || fail(m_db.lastError());
}

bool Staff::remove(const QString &login, const QString &actor, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery q;
    const bool done = transaction.isActive()
        && m_db.exec(q, QStringLiteral("DELETE FROM staff WHERE login = ?"), { login }) && q.numRowsAffected() == 1
        && ActivityLog(m_db).append(actor, QStringLiteral("staff"), login, QStringLiteral("%1 removed").arg(login))
        && transaction.commit();
    if (!done && error)
        *error = m_db.lastError().isEmpty() ? tr("%1 is not on the staff.").arg(login) : m_db.lastError();
    return done;
}

} // namespace pd
