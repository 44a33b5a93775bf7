#pragma once

#include "contract/Manifest.h"
#include "storage/BookReply.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace pd {

class DatabaseThread;

// The Providers page asks here, on the workspace's database thread: a provider's settings in
// the book (ProviderSettings: its shown config values, "debug", "enabled", which secrets the
// keychain holds) and where its webhooks come in (DeskSettings); and each change, with its
// activity entry by whoever is signed in. Secrets themselves never pass here: they go to the
// keychain (SecretStore), and only that one is stored is recorded.
class ProviderSettingsService : public QObject {
    Q_OBJECT
public:
    struct Provider {
        QHash<QString, QString> values; // by config key, as stored
        QStringList storedSecrets; // the keys of the secrets the keychain holds
        QString webhookUrl; // where the provider sends webhooks for this desk
        QString publicAddress; // the IP providers see, empty when not configured
    };

    explicit ProviderSettingsService(DatabaseThread &thread, QObject *parent = nullptr);

    BookAnswer<Provider> *read(const QString &provider);
    // Which of `providers` are enabled (their "enabled" setting is "1").
    BookAnswer<QSet<QString>> *enabled(const QStringList &providers);
    BookAnswer<bool> *setValue(const Manifest &manifest, const QString &key, const QString &value);
    BookAnswer<bool> *setSecretStored(const Manifest &manifest, const QString &key, bool stored);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
