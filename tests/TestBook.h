#pragma once

#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

// Where a suite's workspace keeps its order book. By default the folder's own SQLite file; when
// ctest runs a suite's PostgreSQL variant (PAYOUTDESK_TEST_POSTGRES=postgresql://… of the
// throwaway server that tests/pg/server starts; the password reaches libpq through PGPASSFILE),
// each new workspace gets a fresh database of its own on that server, and everything else in the
// suite, CLI processes included, runs unchanged against PostgreSQL.
class TestBook {
public:
    static bool onPostgres() { return !qEnvironmentVariable("PAYOUTDESK_TEST_POSTGRES").isEmpty(); }

    // A new, empty database on the test server; an empty URL (and `error`) when it cannot be made.
    static QUrl freshDatabase(QString *error = nullptr)
    {
        const QUrl server(qEnvironmentVariable("PAYOUTDESK_TEST_POSTGRES"));
        const QString name = QStringLiteral("pd_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        QUrl maintenance = server;
        maintenance.setPath(QStringLiteral("/postgres"));
        QString problem;
        auto admin = pd::Database::openPostgres(maintenance, QString(), QStringLiteral("test-book-") + name, &problem);
        if (!admin || !admin->exec(QStringLiteral("CREATE DATABASE ") + name)) {
            if (error)
                *error = admin ? admin->lastError() : problem;
            return {};
        }
        QUrl book = server;
        book.setPath(u'/' + name);
        return book;
    }

    // Orders changed by SQL typed as by hand (`set` and `where` of an UPDATE), with the line in
    // each one's history that team mode's book asks of every change, in the same transaction.
    static bool changeOrders(pd::Database &db, const QString &set, const QString &where, const QVariantList &values)
    {
        pd::Transaction transaction(db);
        return transaction.isActive()
            && db.exec(QStringLiteral("INSERT INTO order_history (order_id, old_status, status, actor, comment, at) "
                                      "SELECT id, status, status, 'test', 'changed by hand', 0 FROM orders WHERE ")
                    + where,
                values)
            && db.exec(QStringLiteral("UPDATE orders SET ") + set + QStringLiteral(" WHERE ") + where, values)
            && transaction.commit();
    }

    static std::unique_ptr<pd::Workspace> open(const QString &dir, QString *error)
    {
        const bool fresh
            = pd::Workspace::bookUrl(dir).isEmpty() && !QFileInfo::exists(dir + QStringLiteral("/payoutdesk.sqlite"));
        if (onPostgres() && fresh) {
            const QUrl book = freshDatabase(error);
            if (book.isEmpty() || !pd::Workspace::setBookUrl(dir, book, error))
                return nullptr;
        }
        return pd::Workspace::open(dir, error);
    }
};
