#pragma once

#include "storage/ActivityLog.h"
#include "storage/BookReply.h"

#include <QList>
#include <QObject>

namespace pd {

class DatabaseThread;

// The Activity tab asks here: the newest entries of the desk's activity log, read on the
// workspace's database thread.
class ActivityService : public QObject {
    Q_OBJECT
public:
    using Entry = ActivityLog::Entry;

    explicit ActivityService(DatabaseThread &thread, QObject *parent = nullptr);

    BookAnswer<QList<Entry>> *recent(int limit);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
