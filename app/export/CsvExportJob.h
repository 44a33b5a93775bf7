#pragma once

#include "CsvExport.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace pd {

class Database;

// A CSV export to a file on a thread of its own, with a connection of its own (Qt Sql
// connections belong to one thread), as the desk runs it: progress and the end come back as
// queued signals; cancel() stops it at the next row and leaves no file. Destroying a job
// that still runs cancels it and waits for its thread.
class CsvExportJob : public QObject {
    Q_OBJECT
public:
    // `like` is any connection to the order book; it must outlive the job.
    CsvExportJob(
        const Database &like, const CsvExport::Options &options, const QString &path, QObject *parent = nullptr);
    ~CsvExportJob() override;

    void start();
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

    QString path() const { return m_path; }
    // What happened, once finished() was emitted.
    CsvExport::Outcome outcome() const { return m_outcome; }

signals:
    // Rows written so far, of `total`. Emitted from the job's thread.
    void progress(qint64 done, qint64 total);
    // On the job's owner's thread, after the worker thread has ended.
    void finished();

private:
    void run(); // on the worker thread

    const Database &m_like;
    const CsvExport::Options m_options;
    const QString m_path;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel { false };
    CsvExport::Outcome m_outcome; // written by the worker, read after it ended
};

} // namespace pd
