#include "Workspace.h"

#include "storage/Staff.h"

#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace pd {

QString Workspace::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/PayoutDesk/workspace");
}

QString Workspace::demoDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/PayoutDesk/demo");
}

QString Workspace::databasePath() const
{
    return m_bookUrl.isEmpty() ? QDir(m_dir).filePath(QStringLiteral("payoutdesk.sqlite")) : QString();
}

namespace {

QString bookFile(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("order-book.ini"));
}

} // namespace

bool Workspace::exists(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("payoutdesk.sqlite")))
        || QFileInfo::exists(bookFile(dir));
}

QUrl Workspace::bookUrl(const QString &dir)
{
    if (!QFileInfo::exists(bookFile(dir)))
        return {};
    return QUrl(QSettings(bookFile(dir), QSettings::IniFormat).value(QStringLiteral("postgresql/url")).toString());
}

bool Workspace::setBookUrl(const QString &dir, const QUrl &url, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isEmpty()
        && (url.scheme() != QLatin1String("postgresql") || url.host().isEmpty() || url.path().size() < 2))
        return fail(QCoreApplication::translate(
            "Workspace", "An order book address looks like postgresql://user@host:5432/database."));
    if (!QDir().mkpath(dir))
        return fail(QCoreApplication::translate("Workspace", "Cannot create the workspace folder %1.").arg(dir));
    if (url.isEmpty())
        return QFile::remove(bookFile(dir)) || !QFileInfo::exists(bookFile(dir));
    QUrl withoutPassword = url;
    withoutPassword.setPassword(QString()); // the password belongs in the keychain, never in a file
    QSettings book(bookFile(dir), QSettings::IniFormat);
    book.setValue(QStringLiteral("postgresql/url"), withoutPassword.toString());
    book.sync();
    if (book.status() != QSettings::NoError)
        return fail(QCoreApplication::translate("Workspace", "Cannot write %1.").arg(bookFile(dir)));
    return true;
}

std::unique_ptr<Workspace> Workspace::open(const QString &dir, QString *error, const QString &bookPassword)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "Cannot create the workspace folder %1.").arg(dir);
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(QDir(dir).absolutePath()));
    workspace->m_bookUrl = bookUrl(dir);
    workspace->m_bookPassword = bookPassword;
    workspace->m_database = workspace->openConnection(QStringLiteral("main"), error);
    if (!workspace->m_database)
        return nullptr;
    if (const auto refused = Staff(*workspace->m_database).refusedAtTheDoor()) {
        if (error)
            *error = *refused;
        return nullptr;
    }
    if (!Migrations::migrate(*workspace->m_database, error) || !workspace->loadId(error))
        return nullptr;
    const auto member = Staff(*workspace->m_database).signedIn(error);
    if (!member)
        return nullptr;
    workspace->m_member = *member;
    return workspace;
}

bool Workspace::loadId(QString *error)
{
    Database &db = *m_database;
    // INSERT OR IGNORE semantics in portable SQL: two desks opening a new workspace together
    // agree on the first id written.
    Transaction transaction(db);
    QSqlQuery q;
    if (!transaction.isActive()
        || !db.exec(q, QStringLiteral("SELECT value FROM desk_settings WHERE key = 'workspace_id'"))) {
        if (error)
            *error = db.lastError();
        return false;
    }
    if (q.next()) {
        m_id = q.value(0).toString();
        return true;
    }
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!db.exec(QStringLiteral("INSERT INTO desk_settings (key, value) VALUES ('workspace_id', ?)"), { m_id })
        || !transaction.commit()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

std::unique_ptr<Database> Workspace::openConnection(const QString &connectionName, QString *error) const
{
    // Connection names are process-wide: make each unique so two workspaces never collide.
    const QString name = connectionName + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_bookUrl.isEmpty())
        return Database::openPostgres(m_bookUrl, m_bookPassword, name, error);
    return Database::openSqlite(databasePath(), name, error);
}

QString Workspace::currentStaff()
{
    return Database::osUser();
}

DatabaseThread &Workspace::bookThread()
{
    if (!m_bookThread)
        m_bookThread = std::make_unique<DatabaseThread>(*m_database, QStringLiteral("book"));
    return *m_bookThread;
}

} // namespace pd
