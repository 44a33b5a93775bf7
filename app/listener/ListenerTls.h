#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace pd {

class Database;
class SecretStore;

// The listener's TLS, from the workspace's settings: a certificate and a private key as PEM files
// (listener.tls_certificate, listener.tls_key; the chain may follow the certificate in its file),
// and the key's password, if it has one, in the keychain (owner "listener", key
// "tlsKeyPassword"), never in a file. read() answers with finished(), once and queued.
class ListenerTls : public QObject {
    Q_OBJECT
public:
    static constexpr const char *certificateSetting = "listener.tls_certificate";
    static constexpr const char *keySetting = "listener.tls_key";
    static QString secretOwner() { return QStringLiteral("listener"); }
    static QString secretKey() { return QStringLiteral("tlsKeyPassword"); }

    ListenerTls(Database &database, SecretStore &secrets, QObject *parent = nullptr);

    void read();
    // After finished(): no certificate set (plain HTTP), a configuration, or an error.
    bool configured() const { return m_configured; }
    const std::optional<QSslConfiguration> &configuration() const { return m_configuration; }
    const QString &error() const { return m_error; }

    // From files and a password (empty: the key is not encrypted); nullopt and `error` for staff
    // when either file cannot be read or the key does not open with the password.
    static std::optional<QSslConfiguration> load(
        const QString &certificatePath, const QString &keyPath, const QByteArray &password, QString *error);

signals:
    void finished();

private:
    Database &m_db;
    SecretStore &m_secrets;
    bool m_configured = false;
    std::optional<QSslConfiguration> m_configuration;
    QString m_error;
};

} // namespace pd
