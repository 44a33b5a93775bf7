#include "SecretStore.h"
#include "contract/Translated.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "payoutdesk.secrets")

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::SecretStore", text);
}

} // namespace

SecretStore::SecretStore(const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_workspaceId(workspaceId)
{
}

QString SecretStore::entryName(const QString &owner, const QString &key) const
{
    return m_workspaceId + u'/' + owner + u'/' + key;
}

namespace {

// On Linux the keychain is the Secret Service on the session bus: without a bus QtKeychain
// reports a generic error, which staff should read as "no keychain".
bool secretServiceReachable()
{
#ifdef Q_OS_LINUX
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

// Starts a QtKeychain job and reports it through a SecretJob.
template <typename KeychainJob, typename Prepare>
SecretJob *run(SecretStore *store, const QString &entry, Prepare prepare, const char *what)
{
    auto *result = new SecretJob(store);
    // No parent: the Secret Service answers on its own time, through a callback that holds the
    // job, so a job must never be deleted before it finished (a desk closing while a read is on
    // its way would crash in that callback). It deletes itself once finished; the result, a
    // child of the store, is simply not told if the store has gone.
    auto *job = new KeychainJob(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(entry);
    prepare(job);
    QObject::connect(job, &QKeychain::Job::finished, result, [result, job, entry, what] {
        SecretJob::Outcome outcome = SecretJob::Outcome::Ok;
        QString error;
        switch (job->error()) {
        case QKeychain::NoError:
            break;
        case QKeychain::EntryNotFound:
            outcome = SecretJob::Outcome::NotFound;
            error = tr("No secret is stored for %1.").arg(entry);
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            outcome = SecretJob::Outcome::NoKeychain;
            error = tr("No keychain is available (%1). Start the desktop's keyring (Secret Service) and try again; "
                       "PayoutDesk never stores secrets anywhere else.")
                        .arg(job->errorString());
            break;
        default:
            if (!secretServiceReachable()) {
                outcome = SecretJob::Outcome::NoKeychain;
                error = tr(
                    "No keychain is available: the desktop session's D-Bus cannot be reached (%1). Start the "
                    "desktop's keyring (Secret Service) and try again; PayoutDesk never stores secrets anywhere else.")
                            .arg(job->errorString());
                break;
            }
            outcome = SecretJob::Outcome::Failed;
            error = tr("The keychain refused to %1 the secret: %2").arg(QString::fromLatin1(what), job->errorString());
        }
        if (outcome != SecretJob::Outcome::Ok)
            qCWarning(lcSecrets) << what << entry << "failed:" << job->errorString();
        QString secret;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job); read && outcome == SecretJob::Outcome::Ok)
            secret = read->textData();
        result->complete(outcome, error, secret);
    });
    job->start();
    return result;
}

} // namespace

SecretJob *SecretStore::read(const QString &owner, const QString &key)
{
    return run<QKeychain::ReadPasswordJob>(
        this, entryName(owner, key), [](auto *) {}, "read");
}

SecretJob *SecretStore::write(const QString &owner, const QString &key, const QString &secret)
{
    return announced(run<QKeychain::WritePasswordJob>(
                         this, entryName(owner, key),
                         [secret](QKeychain::WritePasswordJob *job) { job->setTextData(secret); }, "store"),
        owner, key);
}

SecretJob *SecretStore::remove(const QString &owner, const QString &key)
{
    return announced(run<QKeychain::DeletePasswordJob>(
                         this, entryName(owner, key), [](auto *) {}, "remove"),
        owner, key);
}

SecretJob *SecretStore::announced(SecretJob *job, const QString &owner, const QString &key)
{
    connect(job, &SecretJob::finished, this, [this, job, owner, key] {
        if (job->ok())
            emit changed(owner, key);
    });
    return job;
}

} // namespace pd
