#include "DatabaseThread.h"

#include <QLoggingCategory>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace pd {

namespace {
// Qt Sql's connection names are process-wide, and one process may hold two workspaces (a test's
// two desks): each thread's connection gets a name no other one has.
QString uniqueName(const QString &purpose)
{
    static std::atomic<unsigned> next { 0 };
    return purpose + u'-' + QString::number(++next);
}
} // namespace

DatabaseThread::DatabaseThread(Database &like, const QString &purpose)
    : m_like(like)
    , m_home(std::make_unique<QObject>())
    , m_worker(std::make_unique<QObject>())
{
    const QString connectionName = uniqueName(purpose);
    m_thread.setObjectName(connectionName);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // Qt Sql connections belong to the thread that opens them: the connection is opened there,
    // as the thread's first piece of work, so that the caller never waits for it (on a book
    // of a million orders, a cold disk made the desk's window wait here).
    QMetaObject::invokeMethod(m_worker.get(), [this, connectionName] {
        QString failed;
        m_database = m_like.openAnother(connectionName, &failed);
        if (m_database)
            return;
        qCWarning(lcStorage) << "database thread" << connectionName
                             << "not started, working on the caller's thread:" << failed;
        QMutexLocker lock(&m_mutex);
        m_failed = failed.isEmpty() ? QStringLiteral("cannot open another connection") : failed;
        m_onCaller = true;
        if (!m_urgent.empty() || !m_later.empty())
            QMetaObject::invokeMethod(
                m_home.get(), [this] { drainHere(); }, Qt::QueuedConnection);
    });
}

DatabaseThread::~DatabaseThread()
{
    // Queued after every piece of work so far, so all of them run before the thread stops.
    QMetaObject::invokeMethod(m_worker.get(), [this] {
        m_database.reset();
        m_thread.quit();
    });
    m_thread.wait();
    drainHere(); // what was left for the caller's thread, when the connection could not be opened
}

QString DatabaseThread::failed() const
{
    QMutexLocker lock(&m_mutex);
    return m_failed;
}

void DatabaseThread::post(Urgency urgency, Job job)
{
    QMutexLocker lock(&m_mutex);
    (urgency == Urgency::Urgent ? m_urgent : m_later).push_back(std::move(job));
    if (m_draining)
        return;
    m_draining = true;
    if (m_onCaller)
        QMetaObject::invokeMethod(
            m_home.get(), [this] { drainHere(); }, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(
            m_worker.get(), [this] { drain(); }, Qt::QueuedConnection);
}

void DatabaseThread::drain()
{
    if (!m_database)
        return drainHere(); // not opened: the caller's thread takes the queue (see above)
    drainWith(*m_database);
}

void DatabaseThread::drainHere()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_onCaller)
            return;
        if (QThread::currentThread() != m_home->thread()) {
            QMetaObject::invokeMethod(
                m_home.get(), [this] { drainHere(); }, Qt::QueuedConnection);
            return;
        }
    }
    drainWith(m_like);
}

void DatabaseThread::drainWith(Database &db)
{
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            auto &queue = m_urgent.empty() ? m_later : m_urgent;
            if (queue.empty()) {
                m_draining = false;
                return;
            }
            job = std::move(queue.front());
            queue.pop_front();
        }
        job(db);
    }
}

} // namespace pd
