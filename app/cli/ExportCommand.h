#pragma once

#include "export/CsvExport.h"

#include <QTextStream>

namespace pd {

class Workspace;

// payoutdesk-cli export csv: the desk's CSV export (CsvExport, the class the GUI runs) to a
// file, which appears only complete, or to standard output.
class ExportCommand {
public:
    ExportCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace)
        , m_out(out)
        , m_err(err)
    {
    }

    // `output`: a file, or "-" for standard output.
    int csv(const CsvExport::Options &options, const QString &output);

    // --from / --to: a UTC day (YYYY-MM-DD; `to` then means the end of that day) or an ISO 8601
    // instant with a zone. Invalid if it is neither.
    static QDateTime parseTime(const QString &text, bool endOfDay);

private:
    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
