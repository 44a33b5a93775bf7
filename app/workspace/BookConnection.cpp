#include "BookConnection.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace pd {

namespace {

// The order book's password belongs to no workspace id (that id is stored in the book itself).
const QString keychainNamespace = QStringLiteral("order-book");
const QString owner = QStringLiteral("postgresql");

// The keychain answers asynchronously; opening a workspace is the first thing a desk does and
// has nothing else to do meanwhile.
void waitFor(SecretJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QString BookConnection::keyFor(const QUrl &url)
{
    return QStringLiteral("%1@%2:%3%4").arg(url.userName(), url.host()).arg(url.port(5432)).arg(url.path());
}

QString BookConnection::password(const QUrl &url, QString *error)
{
    SecretStore store(keychainNamespace);
    SecretJob *job = store.read(owner, keyFor(url));
    waitFor(job);
    job->deleteLater();
    if (job->ok())
        return job->secret();
    if (job->outcome() != SecretJob::Outcome::NotFound && error)
        *error = job->error();
    return {};
}

bool BookConnection::storePassword(const QUrl &url, const QString &password, QString *error)
{
    SecretStore store(keychainNamespace);
    SecretJob *job = store.write(owner, keyFor(url), password);
    waitFor(job);
    job->deleteLater();
    if (!job->ok() && error)
        *error = job->error();
    return job->ok();
}

std::unique_ptr<Workspace> BookConnection::open(const QString &dir, const QString &databaseOption, QString *error)
{
    if (!databaseOption.isEmpty()) {
        const QUrl url(databaseOption);
        if (!url.password().isEmpty() && !storePassword(url, url.password(), error))
            return nullptr;
        if (!Workspace::setBookUrl(dir, url, error))
            return nullptr;
    }
    const QUrl book = Workspace::bookUrl(dir);
    QString keychainProblem;
    const QString stored = book.isEmpty() ? QString() : password(book, &keychainProblem);
    auto workspace = Workspace::open(dir, error, stored);
    if (!workspace && error && !keychainProblem.isEmpty())
        *error += QCoreApplication::translate("BookConnection", " (The keychain could not be read: %1)")
                      .arg(keychainProblem);
    return workspace;
}

} // namespace pd
