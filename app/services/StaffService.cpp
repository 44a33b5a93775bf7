#include "StaffService.h"

#include "CheckedWork.h"
#include "storage/DatabaseThread.h"

namespace pd {

StaffService::StaffService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<QList<StaffService::Member>> *StaffService::all()
{
    return m_thread.ask<QList<Member>>(
        DatabaseThread::Urgency::Later, this, [](Database &db, QString *error) { return Staff(db).all(error); });
}

BookAnswer<bool> *StaffService::set(const Member &member)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Later, this, [member](Database &db, QString *error) {
        return checkedWrite(db, error, Staff(db).set(member, db.login(), error));
    });
}

BookAnswer<bool> *StaffService::remove(const QString &login)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Later, this, [login](Database &db, QString *error) {
        return checkedWrite(db, error, Staff(db).remove(login, db.login(), error));
    });
}

} // namespace pd
