#pragma once

#include "CsvExport.h"
#include "storage/BookReply.h"

#include <QThread>
#include <atomic>

namespace pd {

class CsvExportWorker;
class Database;

// A CSV export to a file as the desk runs it, answering in the reply style (BookReply:
// finished() once, queued on the thread that started it, after the export's thread has ended;
// ok() or error()). The work is a CsvExportWorker on a QThread of the job's own, with a
// connection of its own; progress comes from that thread as the rows are written; cancel()
// stops it at the next row and leaves no file. Destroying a job that still runs cancels it and
// waits for its thread.
class CsvExportJob : public BookReply {
    Q_OBJECT
public:
    // `like` is any connection to the order book; it must outlive the job.
    CsvExportJob(
        const Database &like, const CsvExport::Options &options, const QString &path, QObject *parent = nullptr);
    ~CsvExportJob() override;

    void start();
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread.isRunning(); }

    QString path() const { return m_path; }
    // What happened, once finished() was emitted.
    CsvExport::Outcome outcome() const { return m_outcome; }

signals:
    // Rows written so far, of `total`. Emitted from the export's thread.
    void progress(qint64 done, qint64 total);

private:
    void workerDone(); // on the job's thread

    const Database &m_like;
    const CsvExport::Options m_options;
    const QString m_path;
    QThread m_thread;
    CsvExportWorker *m_worker = nullptr; // lives on m_thread, deleted when it ends
    std::atomic<bool> m_cancel { false };
    CsvExport::Outcome m_outcome;
};

} // namespace pd
