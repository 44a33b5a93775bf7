#include "CsvExportWorker.h"

#include "storage/Database.h"

namespace pd {

CsvExportWorker::CsvExportWorker(
    const Database &like, const CsvExport::Options &options, const QString &path, const std::atomic<bool> &cancel)
    : m_like(like)
    , m_options(options)
    , m_path(path)
    , m_cancel(cancel)
{
}

void CsvExportWorker::run()
{
    static std::atomic<int> serial { 0 };
    const QString name = QStringLiteral("csv-export-%1").arg(++serial);
    QString error;
    {
        // Opened, used and closed on this thread.
        const std::unique_ptr<Database> database = m_like.openAnother(name, &error);
        if (database)
            m_outcome = CsvExport(*database, m_options).toFile(m_path, &m_cancel, [this](qint64 done, qint64 total) {
                emit progress(done, total);
            });
        else
            m_outcome.error = error;
    }
    emit done();
}

} // namespace pd
