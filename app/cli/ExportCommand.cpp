#include "ExportCommand.h"
#include "contract/Translated.h"

#include "ExitCode.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>
#include <climits>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::ExportCommand", text);
}

} // namespace

QDateTime ExportCommand::parseTime(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime((endOfDay ? day.addDays(1) : day), QTime(0, 0), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // A time without a zone is ambiguous: refuse it rather than guess the desk's zone.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}

int ExportCommand::csv(const CsvExport::Options &options, const QString &output)
{
    CsvExport csv(m_workspace.database(), options);
    CsvExport::Outcome outcome;
    if (output == QLatin1String("-")) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            m_err << tr("Cannot write to standard output: %1").arg(out.errorString()) << "\n";
            return ExitFailure;
        }
        outcome = csv.toDevice(&out);
        out.flush();
    } else {
        outcome = csv.toFile(output);
    }
    if (!outcome.succeeded()) {
        m_err << outcome.error << "\n";
        if (output != QLatin1String("-"))
            m_err << tr("Nothing was written to %1.").arg(output) << "\n";
        return ExitFailure;
    }
    // Counted outside the translate() call: lupdate's parser loops forever on a template
    // argument list inside one.
    const int rows = outcome.rows > INT_MAX ? INT_MAX : int(outcome.rows);
    if (output != QLatin1String("-"))
        m_out << QCoreApplication::translate("ExportCommand", "Exported %n row(s) to %1.", nullptr, rows).arg(output)
              << "\n";
    return ExitOk;
}

} // namespace pd
