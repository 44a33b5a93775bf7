#pragma once

#include <QTextStream>
#include <QUrl>

namespace pd {

class Workspace;

// payoutdesk-cli book migrate URL: team mode's one-way move of this workspace's SQLite book into
// an empty PostgreSQL database (BookMigration), with a line per table that shows the counts and
// digests match; then the workspace uses the PostgreSQL book (its SQLite file stays, untouched,
// as the record of what was moved).
class BookCommand {
public:
    BookCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace)
        , m_out(out)
        , m_err(err)
    {
    }

    int migrate(const QUrl &target);

private:
    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
