#pragma once

#include "OrderImporter.h"
#include "storage/BookReply.h"

#include <QThread>

namespace pd {

// An import of one file as the desk runs it, answering in the reply style (BookReply:
// finished() once, queued on the thread that started it, after the import's thread has
// ended). The import opens a connection of its own (OrderImporter::importFile) on a thread of
// the job's own (as CsvExportJob), so the window never waits for a large file. value() is the outcome: its
// problems and error as importFile gives them; error() is the outcome's error. Destroying a job
// that still runs waits for its thread (the import is one transaction: it cannot stop halfway).
class OrderImportJob : public BookAnswer<OrderImporter::Outcome> {
public:
    // `workspace` and `currencies` must outlive the job.
    OrderImportJob(const Workspace &workspace, const QString &path, const CurrencyRegistry &currencies,
        const QString &actor, QObject *parent = nullptr);
    ~OrderImportJob() override;

    void start();
    bool isRunning() const { return m_thread.isRunning(); }

private:
    const Workspace &m_workspace;
    const QString m_path;
    const CurrencyRegistry &m_currencies;
    const QString m_actor;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, deleted when it ends
};

} // namespace pd
