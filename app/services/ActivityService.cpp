#include "ActivityService.h"

#include "CheckedWork.h"
#include "storage/DatabaseThread.h"

namespace pd {

ActivityService::ActivityService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<QList<ActivityService::Entry>> *ActivityService::recent(int limit)
{
    return m_thread.ask<QList<Entry>>(DatabaseThread::Urgency::Later, this, [limit](Database &db, QString *error) {
        return checkedRead(db, error, [&db, limit] { return ActivityLog(db).recent(limit); });
    });
}

} // namespace pd
