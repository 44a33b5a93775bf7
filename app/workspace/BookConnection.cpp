#include "BookConnection.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace pd {

namespace {

// The order book's password belongs to no workspace id (that id is stored in the book itself).
const QString keychainNamespace = QStringLiteral("order-book");
const QString owner = QStringLiteral("postgresql");

// A keychain job of its own store, both children of `reply`, so that they live as long as it.
SecretJob *readJob(const QUrl &url, QObject *reply)
{
    return (new SecretStore(keychainNamespace, reply))->read(owner, BookConnection::keyFor(url));
}

SecretJob *writeJob(const QUrl &url, const QString &password, QObject *reply)
{
    return (new SecretStore(keychainNamespace, reply))->write(owner, BookConnection::keyFor(url), password);
}

// Finishes `reply` queued, never from inside the call that made it.
template <typename Finish> void later(QObject *reply, Finish finish)
{
    QMetaObject::invokeMethod(reply, std::move(finish), Qt::QueuedConnection);
}

// Opens the book once the keychain has answered (or had nothing to say).
void openBook(BookOpening *reply, const QString &dir, const QString &password, const QString &keychainProblem)
{
    QString error;
    auto workspace = Workspace::open(dir, &error, password);
    if (!workspace && !keychainProblem.isEmpty())
        error += QCoreApplication::translate("BookConnection", " (The keychain could not be read: %1)")
                     .arg(keychainProblem);
    reply->complete(std::move(workspace), error);
}

// The book's address is known: read its password, then open it.
void readThenOpen(BookOpening *reply, const QString &dir)
{
    const QUrl book = Workspace::bookUrl(dir);
    if (book.isEmpty()) {
        later(reply, [reply, dir] { openBook(reply, dir, {}, {}); });
        return;
    }
    SecretJob *job = readJob(book, reply);
    QObject::connect(job, &SecretJob::finished, reply, [reply, job, dir] {
        job->deleteLater();
        const QString problem = job->ok() || job->outcome() == SecretJob::Outcome::NotFound ? QString() : job->error();
        openBook(reply, dir, job->ok() ? job->secret() : QString(), problem);
    });
}

} // namespace

QString BookConnection::keyFor(const QUrl &url)
{
    return QStringLiteral("%1@%2:%3%4").arg(url.userName(), url.host()).arg(url.port(5432)).arg(url.path());
}

BookAnswer<QString> *BookConnection::readPassword(const QUrl &url, QObject *parent)
{
    auto *reply = new BookAnswer<QString>(parent);
    SecretJob *job = readJob(url, reply);
    QObject::connect(job, &SecretJob::finished, reply, [reply, job] {
        job->deleteLater();
        if (job->ok())
            reply->complete(job->secret(), {});
        else
            reply->complete({}, job->outcome() == SecretJob::Outcome::NotFound ? QString() : job->error());
    });
    return reply;
}

BookReply *BookConnection::writePassword(const QUrl &url, const QString &password, QObject *parent)
{
    auto *reply = new BookAnswer<bool>(parent);
    SecretJob *job = writeJob(url, password, reply);
    QObject::connect(job, &SecretJob::finished, reply, [reply, job] {
        job->deleteLater();
        reply->complete(job->ok(), job->ok() ? QString() : job->error());
    });
    return reply;
}

BookOpening *BookConnection::open(const QString &dir, const QString &databaseOption, QObject *parent)
{
    auto *reply = new BookOpening(parent);
    if (databaseOption.isEmpty()) {
        readThenOpen(reply, dir);
        return reply;
    }
    const QUrl url(databaseOption);
    // The folder names the book only once its password (given in the address) is kept.
    const auto remember = [reply, dir, url](const QString &keychainError) {
        QString error = keychainError;
        if (error.isEmpty() && Workspace::setBookUrl(dir, url, &error))
            readThenOpen(reply, dir);
        else
            reply->complete(nullptr, error);
    };
    if (url.password().isEmpty()) {
        later(reply, [remember] { remember({}); });
        return reply;
    }
    SecretJob *job = writeJob(url, url.password(), reply);
    QObject::connect(job, &SecretJob::finished, reply, [job, remember] {
        job->deleteLater();
        remember(job->ok() ? QString() : job->error());
    });
    return reply;
}

} // namespace pd
