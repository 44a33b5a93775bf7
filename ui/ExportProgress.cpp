#include "ExportProgress.h"

#include "export/CsvExportJob.h"

#include <QLocale>
#include <QMessageBox>
#include <climits>

namespace pd {

ExportProgress::ExportProgress(
    const Database &like, const CsvExport::Options &options, const QString &path, QWidget *parent)
    : QProgressDialog(parent)
    , m_job(new CsvExportJob(like, options, path, this))
    , m_what(options.what == CsvExport::What::History ? tr("history") : tr("orders"))
{
    setObjectName(QStringLiteral("ExportProgress"));
    setWindowTitle(tr("Export to CSV"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(400);
    setMinimumWidth(460);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    setLabelText(tr("Exporting %1 to %2…").arg(m_what, path));
    connect(m_job, &CsvExportJob::progress, this, &ExportProgress::showProgress);
    connect(m_job, &CsvExportJob::finished, this, &ExportProgress::end);
    connect(this, &QProgressDialog::canceled, this, [this] {
        m_job->cancel();
        setLabelText(tr("Cancelling…"));
    });
}

ExportProgress::~ExportProgress() = default;

void ExportProgress::start()
{
    m_job->start();
}

void ExportProgress::showProgress(qint64 done, qint64 total)
{
    if (wasCanceled())
        return;
    const int most = int(qBound(qint64(1), total, qint64(INT_MAX)));
    if (maximum() != most)
        setMaximum(most);
    setValue(int(qMin<qint64>(done, maximum())));
    const QLocale locale;
    setLabelText(tr("Exporting %1 to %2…\n%3 of %4 rows")
                     .arg(m_what, m_job->path(), locale.toString(done), locale.toString(total)));
}

void ExportProgress::end()
{
    const CsvExport::Outcome outcome = m_job->outcome();
    hide();
    if (outcome.succeeded()) {
        emit exported(outcome.rows, m_job->path());
    } else if (outcome.cancelled) {
        emit cancelledExport();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Export failed"),
            tr("The export to %1 failed; no file was written.").arg(m_job->path()), QMessageBox::Ok, parentWidget());
        box.setInformativeText(outcome.error);
        box.exec();
        emit failed(outcome.error);
    }
    deleteLater();
}

} // namespace pd
