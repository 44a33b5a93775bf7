#include "OrderBookService.h"

#include "storage/BookMigration.h"
#include "storage/Database.h"
#include "storage/DatabaseThread.h"
#include "workspace/BookConnection.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QSqlQuery>
#include <QUuid>

#include <climits>
#include <memory>
#include <utility>

namespace pd {

OrderBookService::OrderBookService(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

bool OrderBookService::onPostgres() const
{
    return m_workspace.database().dialect().kind() == SqlDialect::Kind::PostgreSQL;
}

QUrl OrderBookService::openUrl() const
{
    return onPostgres() ? m_workspace.database().url() : QUrl();
}

QString OrderBookService::sqlitePath() const
{
    return m_workspace.databasePath();
}

QString OrderBookService::dir() const
{
    return m_workspace.dir();
}

namespace {

// Finishes `outer` as `inner` finished (inner's finished is queued already, so outer's is too).
template <typename T> void forward(BookAnswer<T> *inner, BookAnswer<T> *outer)
{
    QObject::connect(inner, &BookReply::finished, outer, [inner, outer] {
        inner->deleteLater();
        outer->complete(inner->value(), inner->error());
    });
}

} // namespace

BookAnswer<QString> *OrderBookService::passwordFor(const QUrl &url, const QString &typedPassword)
{
    if (typedPassword.isEmpty())
        return BookConnection::readPassword(url, this);
    auto *answer = new BookAnswer<QString>(this);
    QMetaObject::invokeMethod(
        answer, [answer, typedPassword] { answer->complete(typedPassword, {}); }, Qt::QueuedConnection);
    return answer;
}

BookAnswer<QString> *OrderBookService::test(const QUrl &url, const QString &typedPassword)
{
    auto *answer = new BookAnswer<QString>(this);
    BookAnswer<QString> *password = passwordFor(url, typedPassword);
    connect(password, &BookReply::finished, answer, [this, url, password, answer] {
        password->deleteLater();
        // A keychain that cannot be read leaves libpq's own ways; the connection says if they fail.
        forward(connectAndLook(url, password->value()), answer);
    });
    return answer;
}

BookReply *OrderBookService::use(const QUrl &url, const QString &typedPassword)
{
    auto *answer = new BookAnswer<bool>(this);
    const QString dir = m_workspace.dir();
    const auto remember = [answer, dir, url] {
        QString error;
        answer->complete(Workspace::setBookUrl(dir, url, &error), error);
    };
    if (typedPassword.isEmpty()) {
        QMetaObject::invokeMethod(answer, remember, Qt::QueuedConnection);
        return answer;
    }
    BookReply *stored = BookConnection::writePassword(url, typedPassword, this);
    connect(stored, &BookReply::finished, answer, [stored, answer, remember] {
        stored->deleteLater();
        if (stored->ok())
            remember();
        else
            answer->complete(false, stored->error());
    });
    return answer;
}

BookAnswer<QList<OrderBookService::TableCheck>> *OrderBookService::move(const QUrl &url, const QString &typedPassword)
{
    auto *answer = new BookAnswer<QList<TableCheck>>(this);
    BookAnswer<QString> *password = passwordFor(url, typedPassword);
    connect(password, &BookReply::finished, answer, [this, url, typedPassword, password, answer] {
        password->deleteLater();
        BookAnswer<QList<TableCheck>> *copied = copyInto(url, password->value());
        connect(copied, &BookReply::finished, answer, [this, url, typedPassword, copied, answer] {
            copied->deleteLater();
            if (!copied->ok()) {
                answer->complete(copied->value(), copied->error());
                return;
            }
            // Moved and proved: only now does this desk switch to it.
            BookReply *used = use(url, typedPassword);
            connect(used, &BookReply::finished, answer, [used, answer, report = copied->value()] {
                used->deleteLater();
                answer->complete(report, used->error());
            });
        });
    });
    return answer;
}

BookAnswer<QString> *OrderBookService::connectAndLook(const QUrl &url, const QString &password)
{
    return m_workspace.bookThread().ask<QString>(
        DatabaseThread::Urgency::Later, this, [url, password](Database &, QString *error) {
            const QString name = QStringLiteral("book-test-") + QUuid::createUuid().toString(QUuid::Id128);
            auto db = Database::openPostgres(url, password, name, error);
            if (!db) {
                if (error->isEmpty())
                    *error = tr("Cannot connect to %1.").arg(url.toString());
                return QString();
            }
            QSqlQuery q;
            const QString version
                = db->exec(q, QStringLiteral("SHOW server_version")) && q.next() ? q.value(0).toString() : QString();
            const bool hasBook = db->exec(q, QStringLiteral("SELECT to_regclass('orders') IS NOT NULL")) && q.next()
                && q.value(0).toBool();
            qint64 orders = 0;
            if (hasBook && db->exec(q, QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next())
                orders = q.value(0).toLongLong();
            const int count = int(std::min<qint64>(orders, INT_MAX));
            return hasBook
                ? tr("Connected: PostgreSQL %1, an order book with %n order(s).", nullptr, count).arg(version)
                : tr("Connected: PostgreSQL %1, an empty database (a move can go there).").arg(version);
        });
}

BookAnswer<QList<OrderBookService::TableCheck>> *OrderBookService::copyInto(const QUrl &url, const QString &password)
{
    // The move's progress crosses to this thread through an object of this thread that the
    // work keeps alive: the service may be gone before the move is done.
    std::shared_ptr<QObject> relay(new QObject, [](QObject *o) { o->deleteLater(); });
    const QPointer<OrderBookService> self(this);
    const bool fromSqlite = !onPostgres();
    return m_workspace.bookThread().ask<QList<TableCheck>>(
        DatabaseThread::Urgency::Later, this, [url, password, relay, self, fromSqlite](Database &db, QString *error) {
            QList<TableCheck> checks;
            if (!fromSqlite) {
                *error = tr("This desk's book is on PostgreSQL already.");
                return checks;
            }
            const QString id = QUuid::createUuid().toString(QUuid::Id128);
            QList<BookMigration::Table> report;
            bool ok = false;
            {
                auto source = db.openAnother(QStringLiteral("move-from-") + id, error);
                auto target
                    = source ? Database::openPostgres(url, password, QStringLiteral("move-to-") + id, error) : nullptr;
                if (source && target)
                    ok = BookMigration::run(
                        *source, *target,
                        [relay, self](const QString &table, qint64 done, qint64 total) {
                            QMetaObject::invokeMethod(
                                relay.get(),
                                [self, table, done, total] {
                                    if (self)
                                        emit self->moveProgress(table, done, total);
                                },
                                Qt::QueuedConnection);
                        },
                        &report, error);
            }
            for (const BookMigration::Table &t : std::as_const(report))
                checks.append({ t.name, t.sourceRows, t.targetRows, t.matches() });
            if (!ok && error->isEmpty())
                *error = tr("The move did not finish.");
            return checks;
        });
}

} // namespace pd
