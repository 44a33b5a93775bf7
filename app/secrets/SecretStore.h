#pragma once

#include "SecretJob.h"

#include <QObject>

namespace pd {

// API secrets, database passwords and IPN secrets, in the OS keychain through QtKeychain
// (the Secret Service on Linux), namespaced by workspace, provider and key. There is no
// plaintext fallback: without a keychain every job fails with Outcome::NoKeychain and the
// provider that needs the secret stays disabled.
class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(const QString &workspaceId, QObject *parent = nullptr);

    SecretJob *read(const QString &owner, const QString &key);
    SecretJob *write(const QString &owner, const QString &key, const QString &secret);
    SecretJob *remove(const QString &owner, const QString &key);

    // The keychain entry's name: "<workspace id>/<owner>/<key>" under the service "PayoutDesk".
    QString entryName(const QString &owner, const QString &key) const;
    static QString serviceName() { return QStringLiteral("PayoutDesk"); }

signals:
    // A write or remove went through: whoever keeps a copy of that secret reads it again.
    void changed(const QString &owner, const QString &key);

private:
    SecretJob *announced(SecretJob *job, const QString &owner, const QString &key);

    QString m_workspaceId;
};

} // namespace pd
