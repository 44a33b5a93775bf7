#include "SettingsService.h"

#include "CheckedWork.h"
#include "storage/ActivityLog.h"
#include "storage/DatabaseThread.h"
#include "storage/Transaction.h"

namespace pd {

namespace {

const QString activityKind = QStringLiteral("desk.settings");

} // namespace

SettingsService::SettingsService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<QHash<QString, QString>> *SettingsService::values(const QStringList &keys)
{
    return m_thread.ask<QHash<QString, QString>>(
        DatabaseThread::Urgency::Later, this, [keys](Database &db, QString *error) {
            return checkedRead(db, error, [&db, &keys] {
                // A fallback no stored value can be: a key whose row is missing answers it.
                const QString absent = QStringLiteral("\x01absent");
                DeskSettings desk(db);
                QHash<QString, QString> found;
                for (const QString &key : keys) {
                    const QString value = desk.value(key, absent);
                    if (value != absent)
                        found.insert(key, value);
                }
                return found;
            });
        });
}

// None of these settings is a secret, so the entries say the value.
BookAnswer<bool> *SettingsService::save(const Changes &changes)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Later, this,
        [changes](Database &db, QString *error) { return saveNow(db, changes, error); });
}

bool SettingsService::saveNow(Database &db, const Changes &changes, QString *error)
{
    const QString actor = db.login();
    DeskSettings desk(db);
    ActivityLog log(db);
    Transaction transaction(db);
    bool ok = transaction.isActive();
    for (const auto &[name, value] : changes) {
        if (!ok)
            break;
        ok = desk.setValue(name, value, error)
            && log.append(actor, activityKind, name,
                value.isEmpty() ? tr("%1 cleared").arg(name) : tr("%1 set to \"%2\"").arg(name, value));
    }
    return checkedWrite(db, error, ok && transaction.commit());
}

BookAnswer<bool> *SettingsService::logSecret(const QString &name, bool stored)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Later, this, [name, stored](Database &db, QString *error) {
        return checkedWrite(db, error,
            ActivityLog(db).append(db.login(), activityKind, name,
                stored ? tr("%1 stored in the keychain").arg(name) : tr("%1 removed from the keychain").arg(name)));
    });
}

} // namespace pd
