#include "ProviderSettings.h"
#include "contract/Translated.h"

#include "ActivityLog.h"
#include "Database.h"
#include "Transaction.h"
#include "contract/Manifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::ProviderSettings", text);
}

// Keys a form may set besides required_config.
bool isDeskKey(const QString &key)
{
    return key == QLatin1String("debug") || key == QLatin1String("enabled") || key == QLatin1String("timeout_seconds");
}

} // namespace

QHash<QString, QString> ProviderSettings::values(const QString &provider, QString *error)
{
    QHash<QString, QString> values;
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT key, value FROM provider_settings WHERE provider = ?"), { provider })) {
        if (error)
            *error = m_db.lastError();
        return values;
    }
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

bool ProviderSettings::write(const QString &provider, const QString &key, const QString &value, QString *error)
{
    Transaction transaction(m_db);
    const bool ok = transaction.isActive()
        && m_db.exec(QStringLiteral("DELETE FROM provider_settings WHERE provider = ? AND key = ?"), { provider, key })
        && m_db.exec(QStringLiteral("INSERT INTO provider_settings (provider, key, value, updated_at) "
                                    "VALUES (?, ?, ?, ?)"),
            { provider, key, value, QDateTime::currentMSecsSinceEpoch() })
        && transaction.commit();
    if (!ok && error)
        *error = m_db.lastError();
    return ok;
}

bool ProviderSettings::setValue(
    const Manifest &manifest, const QString &key, const QString &value, const QString &actor, QString *error)
{
    const auto configKey = manifest.configKey(key);
    if (configKey && configKey->kind == ConfigKey::Kind::Secret) {
        if (error)
            *error = tr("%1 is a secret: it is kept in the keychain, never in the order book.").arg(key);
        return false;
    }
    if (!configKey && !isDeskKey(key)) {
        if (error)
            *error = tr("%1 has no setting \"%2\".").arg(manifest.title, key);
        return false;
    }
    if (!write(manifest.name, key, value, error))
        return false;
    ActivityLog(m_db).append(
        actor, QStringLiteral("provider.settings"), manifest.name, tr("%1 set to \"%2\"").arg(key, value));
    return true;
}

bool ProviderSettings::setSecretStored(
    const Manifest &manifest, const QString &key, bool stored, const QString &actor, QString *error)
{
    bool ok = stored ? write(manifest.name, secretMarker(key), QStringLiteral("stored"), error)
                     : m_db.exec(QStringLiteral("DELETE FROM provider_settings WHERE provider = ? AND key = ?"),
                         { manifest.name, secretMarker(key) });
    if (!ok) {
        if (error && !stored)
            *error = m_db.lastError();
        return false;
    }
    ActivityLog(m_db).append(actor, QStringLiteral("provider.secret"), manifest.name,
        stored ? tr("%1 stored in the keychain").arg(key) : tr("%1 removed from the keychain").arg(key));
    return true;
}

QStringList ProviderSettings::storedSecrets(const QString &provider)
{
    QStringList keys;
    const auto all = values(provider);
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1String("secret:")))
            keys << it.key().mid(7);
    }
    keys.sort();
    return keys;
}

} // namespace pd
