#pragma once

#include "CsvExport.h"

#include <QObject>
#include <atomic>

namespace pd {

class Database;

// The CSV export's work, on the thread CsvExportJob gives it: run() opens a connection of its
// own to the order book (Qt Sql connections belong to one thread), writes the file, closes the
// connection, and says done(). Progress is emitted on this thread, as the export goes.
class CsvExportWorker : public QObject {
    Q_OBJECT
public:
    // `like` is any connection to the order book and `cancel` the job's flag; both outlive the worker.
    CsvExportWorker(
        const Database &like, const CsvExport::Options &options, const QString &path, const std::atomic<bool> &cancel);

    // Runs the export; on the worker's thread.
    void run();
    // What happened, once done() was emitted.
    CsvExport::Outcome outcome() const { return m_outcome; }

signals:
    void progress(qint64 done, qint64 total);
    void done();

private:
    const Database &m_like;
    const CsvExport::Options m_options;
    const QString m_path;
    const std::atomic<bool> &m_cancel;
    CsvExport::Outcome m_outcome;
};

} // namespace pd
