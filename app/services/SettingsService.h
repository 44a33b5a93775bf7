#pragma once

#include "storage/BookReply.h"
#include "storage/DeskSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <utility>

namespace pd {

class Database;
class DatabaseThread;

// Edit → Settings… asks here, on the workspace's database thread: the desk-wide settings kept in
// the order book (DeskSettings), and a change of several of them with an activity entry each,
// in one transaction the service holds: all of them or none.
class SettingsService : public QObject {
    Q_OBJECT
public:
    // The book's keys, as DeskSettings names them.
    static constexpr const char *listenerEnabled = DeskSettings::listenerEnabled;
    static constexpr const char *listenAddress = DeskSettings::listenAddress;
    static constexpr const char *publicUrl = DeskSettings::publicUrl;
    static constexpr const char *publicAddress = DeskSettings::publicAddress;
    static constexpr const char *siteUrl = DeskSettings::siteUrl;
    static constexpr const char *siteLanguage = DeskSettings::siteLanguage;
    static constexpr const char *defaultListenAddress = DeskSettings::defaultListenAddress;
    static QString payoutDefaultKey(const QString &xml) { return DeskSettings::payoutDefaultKey(xml); }

    using Changes = QList<std::pair<QString, QString>>; // key, value (empty: cleared)

    explicit SettingsService(DatabaseThread &thread, QObject *parent = nullptr);

    // The stored value of each of `keys` that has a row; a key without one is not in the answer.
    BookAnswer<QHash<QString, QString>> *values(const QStringList &keys);
    // Writes every change and its activity entry (by whoever is signed in) in one transaction.
    BookAnswer<bool> *save(const Changes &changes);
    // The same on the caller's connection, for the CLI (which has nothing else to do meanwhile).
    static bool saveNow(Database &db, const Changes &changes, QString *error);
    // A secret of the desk's went to the keychain or left it (`name`: owner/key): the activity
    // entry says so, never the value.
    BookAnswer<bool> *logSecret(const QString &name, bool stored);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
