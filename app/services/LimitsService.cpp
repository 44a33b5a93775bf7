#include "LimitsService.h"

#include "CheckedWork.h"
#include "storage/DatabaseThread.h"

namespace pd {

LimitsService::LimitsService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<QList<LimitsService::Limit>> *LimitsService::all()
{
    return m_thread.ask<QList<Limit>>(DatabaseThread::Urgency::Later, this,
        [](Database &db, QString *error) { return checkedRead(db, error, [&db] { return PayoutLimits(db).all(); }); });
}

BookAnswer<LimitsService::Saved> *LimitsService::set(const Limit &limit)
{
    return m_thread.ask<Saved>(DatabaseThread::Urgency::Later, this, [limit](Database &db, QString *error) {
        Saved saved;
        saved.oneDesk = db.dialect().kind() == SqlDialect::Kind::SQLite;
        checkedWrite(db, error, PayoutLimits(db).set(limit, db.login(), error));
        return saved;
    });
}

} // namespace pd
