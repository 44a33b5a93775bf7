#include "CsvExportJob.h"

#include "CsvExportWorker.h"

namespace pd {

CsvExportJob::CsvExportJob(
    const Database &like, const CsvExport::Options &options, const QString &path, QObject *parent)
    : BookReply(parent)
    , m_like(like)
    , m_options(options)
    , m_path(path)
{
    m_thread.setObjectName(QStringLiteral("csv-export"));
}

CsvExportJob::~CsvExportJob()
{
    if (!m_thread.isRunning())
        return;
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void CsvExportJob::start()
{
    if (m_worker || isFinished())
        return;
    m_worker = new CsvExportWorker(m_like, m_options, m_path, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Direct: the progress leaves from the export's thread, so that a cancel there stops it at
    // the very next row; receivers on other threads get it queued as usual.
    connect(m_worker, &CsvExportWorker::progress, this, &CsvExportJob::progress, Qt::DirectConnection);
    connect(m_worker, &CsvExportWorker::done, this, &CsvExportJob::workerDone, Qt::QueuedConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &CsvExportWorker::run, Qt::QueuedConnection);
}

void CsvExportJob::workerDone()
{
    m_outcome = m_worker->outcome();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted as its thread ended
    if (m_outcome.succeeded())
        finish({});
    else
        finish(m_outcome.cancelled && m_outcome.error.isEmpty() ? tr("The export was cancelled; nothing was written.")
                                                                : m_outcome.error);
}

} // namespace pd
