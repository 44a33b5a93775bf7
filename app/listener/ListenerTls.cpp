#include "ListenerTls.h"

#include "secrets/SecretStore.h"
#include "storage/DeskSettings.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace pd {

ListenerTls::ListenerTls(Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_secrets(secrets)
{
}

void ListenerTls::read()
{
    DeskSettings desk(m_db);
    const QString certificate = desk.value(QString::fromLatin1(certificateSetting));
    const QString key = desk.value(QString::fromLatin1(keySetting));
    m_configured = !certificate.isEmpty() || !key.isEmpty();
    m_configuration.reset();
    m_error.clear();
    if (!m_configured) {
        QMetaObject::invokeMethod(this, &ListenerTls::finished, Qt::QueuedConnection);
        return;
    }
    SecretJob *job = m_secrets.read(secretOwner(), secretKey());
    connect(job, &SecretJob::finished, this, [this, job, certificate, key] {
        job->deleteLater();
        if (!job->ok() && job->outcome() != SecretJob::Outcome::NotFound)
            m_error
                = tr("The password of the listener's TLS key cannot be read from the keychain: %1").arg(job->error());
        else
            m_configuration = load(certificate, key, job->ok() ? job->secret().toUtf8() : QByteArray(), &m_error);
        emit finished();
    });
}

std::optional<QSslConfiguration> ListenerTls::load(
    const QString &certificatePath, const QString &keyPath, const QByteArray &password, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QSslConfiguration> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (certificatePath.isEmpty() || keyPath.isEmpty())
        return fail(tr("The listener's TLS needs both a certificate and a key file (settings %1 and %2).")
                        .arg(QString::fromLatin1(certificateSetting), QString::fromLatin1(keySetting)));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(tr("No PEM certificate can be read from %1.").arg(certificatePath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(tr("The TLS key %1 cannot be read: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey privateKey(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, password);
    if (privateKey.isNull())
        privateKey = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, password);
    if (privateKey.isNull())
        return fail(password.isEmpty()
                ? tr("The TLS key %1 cannot be opened: it is not a PEM private key, or it needs its password in the "
                     "keychain.")
                      .arg(keyPath)
                : tr("The TLS key %1 does not open with the password in the keychain.").arg(keyPath));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace pd
