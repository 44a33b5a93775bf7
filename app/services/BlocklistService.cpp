#include "BlocklistService.h"

#include "CheckedWork.h"
#include "storage/DatabaseThread.h"

namespace pd {

BlocklistService::BlocklistService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<QList<BlocklistService::Entry>> *BlocklistService::all()
{
    return m_thread.ask<QList<Entry>>(DatabaseThread::Urgency::Later, this,
        [](Database &db, QString *error) { return checkedRead(db, error, [&db] { return Blocklist(db).all(); }); });
}

BookAnswer<bool> *BlocklistService::add(const QString &value, const QString &reason)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Later, this, [value, reason](Database &db, QString *error) {
        return checkedWrite(db, error, Blocklist(db).add(value, reason, db.login(), error));
    });
}

BookAnswer<bool> *BlocklistService::remove(const QString &value)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Later, this, [value](Database &db, QString *error) {
        return checkedWrite(db, error, Blocklist(db).remove(value, db.login(), error));
    });
}

BookAnswer<int> *BlocklistService::importCsv(const QByteArray &csv)
{
    return m_thread.ask<int>(DatabaseThread::Urgency::Later, this, [csv](Database &db, QString *error) {
        int added = 0;
        checkedWrite(db, error, Blocklist(db).importCsv(csv, db.login(), &added, error));
        return added;
    });
}

} // namespace pd
