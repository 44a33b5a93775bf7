#pragma once

#include "export/CsvExport.h"

#include <QProgressDialog>

namespace pd {

class CsvExportJob;
class Database;

// The CSV export running: a CsvExportJob on its own thread behind a progress dialog whose
// Cancel stops it (leaving no file). A failure is shown in a message box; the dialog deletes
// itself once the job has ended.
class ExportProgress : public QProgressDialog {
    Q_OBJECT
public:
    // `like` is any connection to the order book; it must outlive the export.
    ExportProgress(const Database &like, const CsvExport::Options &options, const QString &path, QWidget *parent);
    ~ExportProgress() override;

    void start();
    CsvExportJob *job() const { return m_job; }

signals:
    void exported(qint64 rows, const QString &path);
    void cancelledExport();
    void failed(const QString &error);

private:
    void showProgress(qint64 done, qint64 total);
    void end();

    CsvExportJob *m_job;
    QString m_what;
};

} // namespace pd
