#include "NonceCounter.h"

#include <QDateTime>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

namespace pd {

NonceCounter::NonceCounter(QString file)
    : m_file(std::move(file))
{
}

qint64 NonceCounter::next()
{
    QMutexLocker locker(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_file.isEmpty()) {
        m_last = std::max(now, m_last + 1);
        return m_last;
    }
    // Another process may have moved the counter on: read it under the lock every time.
    QLockFile lock(m_file + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    lock.tryLock(5000); // a lock that cannot be had still leaves the file's value to go by
    QFile in(m_file);
    if (in.open(QIODevice::ReadOnly))
        m_last = std::max(m_last, in.readAll().trimmed().toLongLong());
    m_last = std::max(now, m_last + 1);
    QSaveFile out(m_file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QByteArray::number(m_last));
        out.commit();
    }
    return m_last;
}

} // namespace pd
