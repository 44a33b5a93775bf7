#pragma once

#include "storage/Blocklist.h"
#include "storage/BookReply.h"

#include <QByteArray>
#include <QList>
#include <QObject>

namespace pd {

class DatabaseThread;

// Edit → Blocked recipients… asks here: the list, and each change (with its activity entry by
// whoever is signed in), on the workspace's database thread.
class BlocklistService : public QObject {
    Q_OBJECT
public:
    using Entry = Blocklist::Entry;

    explicit BlocklistService(DatabaseThread &thread, QObject *parent = nullptr);

    BookAnswer<QList<Entry>> *all();
    BookAnswer<bool> *add(const QString &value, const QString &reason);
    BookAnswer<bool> *remove(const QString &value);
    // "value,reason" rows, all or nothing; the answer counts the values not listed before.
    BookAnswer<int> *importCsv(const QByteArray &csv);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
