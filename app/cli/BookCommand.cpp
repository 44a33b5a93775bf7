#include "BookCommand.h"

#include "ExitCode.h"
#include "Wait.h"
#include "storage/BookMigration.h"
#include "storage/Database.h"
#include "workspace/BookConnection.h"
#include "workspace/Workspace.h"

#include "contract/Translated.h"

#include <QCoreApplication>
#include <QUuid>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::BookCommand", text);
}

} // namespace

int BookCommand::migrate(const QUrl &target)
{
    if (m_workspace.database().dialect().kind() != SqlDialect::Kind::SQLite) {
        m_err << tr("This workspace's book is already on PostgreSQL (%1).").arg(m_workspace.database().url().toString())
              << "\n";
        return ExitFailure;
    }
    QString error;
    QString password = target.password();
    if (password.isEmpty()) {
        std::unique_ptr<BookAnswer<QString>> stored(BookConnection::readPassword(target));
        waitFor(stored.get());
        password = stored->value();
        error = stored->error();
    }
    const QString connection = QStringLiteral("book-migrate-") + QUuid::createUuid().toString(QUuid::Id128);
    auto postgres = Database::openPostgres(target, password, connection, &error);
    if (!postgres) {
        m_err << error << "\n";
        return ExitFailure;
    }
    QList<BookMigration::Table> report;
    QString lastTable;
    const bool moved = BookMigration::run(
        m_workspace.database(), *postgres,
        [&](const QString &table, qint64 done, qint64 total) {
            if (table != lastTable || done == total) {
                m_err << tr("%1: %2 of %3 rows").arg(table).arg(done).arg(total) << "\n";
                m_err.flush();
                lastTable = table;
            }
        },
        &report, &error);
    for (const BookMigration::Table &t : report)
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(t.name, QString::number(t.sourceRows), QString::number(t.targetRows),
                         QString::fromLatin1(t.targetDigest), t.matches() ? tr("match") : tr("DIFFERENT"));
    if (!moved) {
        m_err << error << "\n";
        return ExitFailure;
    }
    if (!target.password().isEmpty()) {
        std::unique_ptr<BookReply> kept(BookConnection::writePassword(target, target.password()));
        waitFor(kept.get());
        if (!kept->ok())
            m_err << tr("The password could not be kept in the keychain: %1").arg(kept->error()) << "\n";
    }
    if (!Workspace::setBookUrl(m_workspace.dir(), target, &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    QUrl shown = target;
    shown.setPassword(QString());
    m_out << tr("Moved. This workspace now uses the order book at %1; its SQLite file is kept as it was.")
                 .arg(shown.toString())
          << "\n";
    return ExitOk;
}

} // namespace pd
