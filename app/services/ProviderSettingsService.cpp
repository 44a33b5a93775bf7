#include "ProviderSettingsService.h"

#include "CheckedWork.h"
#include "storage/DatabaseThread.h"
#include "storage/DeskSettings.h"
#include "storage/ProviderSettings.h"

namespace pd {

ProviderSettingsService::ProviderSettingsService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<ProviderSettingsService::Provider> *ProviderSettingsService::read(const QString &provider)
{
    return m_thread.ask<Provider>(DatabaseThread::Urgency::Later, this, [provider](Database &db, QString *error) {
        return checkedRead(db, error, [&db, &provider, error] {
            Provider p;
            ProviderSettings settings(db);
            p.values = settings.values(provider, error);
            p.storedSecrets = settings.storedSecrets(provider);
            DeskSettings desk(db);
            p.webhookUrl = desk.webhookUrl(provider);
            p.publicAddress = desk.value(QString::fromLatin1(DeskSettings::publicAddress));
            return p;
        });
    });
}

BookAnswer<QSet<QString>> *ProviderSettingsService::enabled(const QStringList &providers)
{
    return m_thread.ask<QSet<QString>>(DatabaseThread::Urgency::Later, this, [providers](Database &db, QString *error) {
        QSet<QString> on;
        ProviderSettings settings(db);
        for (const QString &provider : providers) {
            if (settings.values(provider, error).value(QStringLiteral("enabled")) == QLatin1String("1"))
                on.insert(provider);
            if (!error->isEmpty())
                break;
        }
        return on;
    });
}

BookAnswer<bool> *ProviderSettingsService::setValue(const Manifest &manifest, const QString &key, const QString &value)
{
    return m_thread.ask<bool>(
        DatabaseThread::Urgency::Later, this, [manifest, key, value](Database &db, QString *error) {
            return checkedWrite(db, error, ProviderSettings(db).setValue(manifest, key, value, db.login(), error));
        });
}

BookAnswer<bool> *ProviderSettingsService::setSecretStored(const Manifest &manifest, const QString &key, bool stored)
{
    return m_thread.ask<bool>(
        DatabaseThread::Urgency::Later, this, [manifest, key, stored](Database &db, QString *error) {
            return checkedWrite(
                db, error, ProviderSettings(db).setSecretStored(manifest, key, stored, db.login(), error));
        });
}

} // namespace pd
