#include "Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <limits>

Q_LOGGING_CATEGORY(lcStorage, "payoutdesk.storage")

namespace pd {

namespace {

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another desk holds the write lock for longer
    // than the busy timeout.
    // PostgreSQL: lock_not_available, deadlock_detected, serialization_failure.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("55P03")
        || code == QLatin1String("40P01") || code == QLatin1String("40001"))
        return QCoreApplication::translate(
            "Database", "The order book is locked by another desk; try again in a moment (%1).")
            .arg(text);
    return text;
}

} // namespace

Database::Database(SqlDialect dialect, QString name, QString path)
    : m_dialect(dialect)
    , m_name(std::move(name))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    m_prepared.clear(); // before the connection they were prepared on
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, const QString &connectionName, QString *error)
{
    std::unique_ptr<Database> database(new Database(SqlDialect(SqlDialect::Kind::SQLite), connectionName, path));
    database->m_login = osUser();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot open the order book %1: %2")
                             .arg(path, describe(db.lastError()));
            return nullptr;
        }
    }
    // WAL lets readers (the GUI's pages) run while another desk writes. A new book's first
    // opening turns it on, which needs the file to itself: another desk opening the same new
    // workspace at that moment makes SQLite answer "busy" at once, without its busy timeout
    // (test_migrations' twoDesksStartTogether caught it). Tried again for as long as that.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery wal(database->connection());
        if (wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            break;
        const QString code = wal.lastError().nativeErrorCode();
        if ((code != QLatin1String("5") && code != QLatin1String("6")) || waited.hasExpired(10000)) {
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot prepare the order book %1: %2")
                             .arg(path, describe(wal.lastError()));
            return nullptr;
        }
        QThread::msleep(5);
    }
    // FULL sync: a payout desk prefers a slower commit to a lost one.
    const QStringList pragmas = { QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON") };
    for (const QString &pragma : pragmas) {
        if (!database->exec(pragma)) {
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot prepare the order book %1: %2")
                             .arg(path, database->lastError());
            return nullptr;
        }
    }
    return database;
}

std::unique_ptr<Database> Database::openPostgres(
    const QUrl &url, const QString &password, const QString &connectionName, QString *error)
{
    QUrl shown = url;
    shown.setPassword(QString());
    std::unique_ptr<Database> database(
        new Database(SqlDialect(SqlDialect::Kind::PostgreSQL), connectionName, QString()));
    database->m_url = shown;
    database->m_password = password.isEmpty() ? url.password() : password;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        if (!database->m_password.isEmpty())
            db.setPassword(database->m_password);
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=PayoutDesk"));
        if (!db.open()) {
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot connect to the order book %1: %2")
                             .arg(shown.toString(), describe(db.lastError()));
            return nullptr;
        }
    }
    // QPSQL sets the session's client encoding to UTF-8 itself. Notices ("already exists,
    // skipping") are not for staff: only warnings and errors reach the log.
    database->execDirect(QStringLiteral("SET client_min_messages TO WARNING"));
    // Every connection of this desk holds its desk's lock (shared: its connections hold it
    // together) for as long as it lives. A starting desk recovers only the payouts of desks
    // whose lock nobody holds any more: gone, not busy (AttemptStore::markInterrupted).
    database->execDirect(QStringLiteral("SELECT pg_advisory_lock_shared(%1, %2)").arg(deskLockClass).arg(deskToken()));
    QSqlQuery who;
    database->m_login = database->exec(who, QStringLiteral("SELECT session_user")) && who.next()
        ? who.value(0).toString()
        : url.userName();
    return database;
}

qint32 Database::deskToken()
{
    static const qint32 token = qint32(QRandomGenerator::system()->bounded(1, std::numeric_limits<qint32>::max()));
    return token;
}

std::unique_ptr<Database> Database::openAnother(const QString &connectionName, QString *error) const
{
    if (m_dialect.kind() == SqlDialect::Kind::PostgreSQL) {
        QUrl url = m_url;
        return openPostgres(url, m_password, connectionName, error);
    }
    return openSqlite(m_path, connectionName, error);
}

QString Database::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("staff") : user;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query = QSqlQuery(connection());
    query.setForwardOnly(true);
    // PostgreSQL prepares only queries and DML: DDL, BEGIN, SAVEPOINT and the like run as they
    // are (a statement without values has nothing to bind anyway).
    if (values.isEmpty() && m_dialect.kind() == SqlDialect::Kind::PostgreSQL) {
        if (!query.exec(sql)) {
            m_lastError = describe(query.lastError());
            qCWarning(lcStorage) << "statement failed:" << m_lastError;
            return false;
        }
        return true;
    }
    if (!query.prepare(sql)) {
        m_lastError = describe(query.lastError());
        qCWarning(lcStorage) << "prepare failed:" << m_lastError;
        return false;
    }
    return run(query, values);
}

bool Database::run(QSqlQuery &prepared, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString binds as SQL NULL; the desk's text columns are NOT NULL with '' for
        // "nothing", so an empty string is what is meant. A null QVariant stays NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            prepared.bindValue(i, QStringLiteral(""));
        else
            prepared.bindValue(i, value);
    }
    if (!prepared.exec()) {
        m_lastError = describe(prepared.lastError());
        qCWarning(lcStorage) << "query failed:" << m_lastError;
        return false;
    }
    return true;
}

bool Database::execDirect(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        m_lastError = describe(query.lastError());
        qCWarning(lcStorage) << "statement failed:" << m_lastError;
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &values, int *rowsAffected)
{
    if (values.isEmpty()) { // BEGIN, COMMIT, SAVEPOINT, DDL: nothing to keep prepared
        QSqlQuery query;
        if (!exec(query, sql, values))
            return false;
        if (rowsAffected)
            *rowsAffected = query.numRowsAffected();
        return true;
    }
    QSqlQuery *query = kept(sql);
    if (!query)
        return false;
    const bool ran = run(*query, values);
    if (ran && rowsAffected)
        *rowsAffected = query->numRowsAffected();
    query->finish(); // its rows are not read: the statement lets go of them now
    return ran;
}

bool Database::rows(const QString &sql, const QVariantList &values, QList<QVariantList> *rows)
{
    rows->clear();
    QSqlQuery once;
    QSqlQuery *query = &once;
    if (values.isEmpty()) {
        if (!exec(once, sql))
            return false;
    } else {
        query = kept(sql);
        if (!query || !run(*query, values))
            return false;
    }
    while (query->next()) {
        QVariantList row;
        const int columns = query->record().count();
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << query->value(c);
        rows->append(row);
    }
    query->finish();
    return true;
}

QString Database::placeholders(int columns, int count)
{
    QString row = QStringLiteral("(?");
    row += QStringLiteral(",?").repeated(columns - 1);
    row += u')';
    QString all;
    all.reserve((row.size() + 1) * count);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            all += u',';
        all += row;
    }
    return all;
}

QSqlQuery *Database::kept(const QString &sql)
{
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_lastError = describe(query.lastError());
            qCWarning(lcStorage) << "prepare failed:" << m_lastError;
            return nullptr;
        }
        found = m_prepared.insert(sql, query);
    }
    return &*found;
}

} // namespace pd
