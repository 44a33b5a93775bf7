#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pd {

class Database;
struct Manifest;

// A provider's non-secret settings in the order book (provider_settings): the shown config
// values, "debug", "enabled", and which secrets are in the keychain (keychains cannot be
// listed, so the desk keeps the index; Nextcloud's credential manager is the model). A
// secret's value is refused here: it can only ever go to the keychain.
class ProviderSettings {
public:
    explicit ProviderSettings(Database &database)
        : m_db(database)
    {
    }

    QHash<QString, QString> values(const QString &provider, QString *error = nullptr);

    bool setValue(
        const Manifest &manifest, const QString &key, const QString &value, const QString &actor, QString *error);
    bool setSecretStored(
        const Manifest &manifest, const QString &key, bool stored, const QString &actor, QString *error);
    QStringList storedSecrets(const QString &provider);

    static QString secretMarker(const QString &key) { return QStringLiteral("secret:") + key; }

private:
    bool write(const QString &provider, const QString &key, const QString &value, QString *error);
    Database &m_db;
};

} // namespace pd
