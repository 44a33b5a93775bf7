#include "CsvExportJob.h"

#include "storage/Database.h"

namespace pd {

CsvExportJob::CsvExportJob(
    const Database &like, const CsvExport::Options &options, const QString &path, QObject *parent)
    : QObject(parent)
    , m_like(like)
    , m_options(options)
    , m_path(path)
{
}

CsvExportJob::~CsvExportJob()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
}

void CsvExportJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("csv-export"));
    connect(m_thread.get(), &QThread::finished, this, &CsvExportJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

void CsvExportJob::run()
{
    static std::atomic<int> serial { 0 };
    const QString name = QStringLiteral("csv-export-%1").arg(++serial);
    QString error;
    // Opened, used and closed on this thread.
    const std::unique_ptr<Database> database = m_like.openAnother(name, &error);
    if (!database) {
        m_outcome.error = error;
        return;
    }
    m_outcome = CsvExport(*database, m_options).toFile(m_path, &m_cancel, [this](qint64 done, qint64 total) {
        emit progress(done, total);
    });
}

} // namespace pd
