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
    // Qt Sql connections belong to the thread that opens them: open it there, and wait.
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, connectionName] {
            m_database = m_like.openAnother(connectionName, &m_failed);
            if (!m_database && m_failed.isEmpty())
                m_failed = QStringLiteral("cannot open another connection");
        },
        Qt::BlockingQueuedConnection);
    if (!m_database) {
        qCWarning(lcStorage) << "database thread" << connectionName
                             << "not started, writing on the caller's thread:" << m_failed;
        m_thread.quit();
        m_thread.wait();
    }
}

DatabaseThread::~DatabaseThread()
{
    if (!m_thread.isRunning())
        return;
    // Queued after every piece of work so far, so all of them run before the thread stops.
    QMetaObject::invokeMethod(m_worker.get(), [this] {
        m_database.reset();
        m_thread.quit();
    });
    m_thread.wait();
}

void DatabaseThread::post(Urgency urgency, Job job)
{
    if (!m_database) {
        job(m_like);
        return;
    }
    QMutexLocker lock(&m_mutex);
    (urgency == Urgency::Urgent ? m_urgent : m_later).push_back(std::move(job));
    if (m_draining)
        return;
    m_draining = true;
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { drain(); }, Qt::QueuedConnection);
}

void DatabaseThread::drain()
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
        job(*m_database);
    }
}

} // namespace pd
