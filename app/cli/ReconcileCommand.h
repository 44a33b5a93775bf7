#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTextStream>

namespace pd {

class Workspace;

// payoutdesk-cli reconcile: the providers' statements for a period held against the book
// (payouts/Reconciler), the open mismatches listed, and one resolved with a comment. Exits 6
// while any mismatch is open.
class ReconcileCommand {
public:
    ReconcileCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace)
        , m_out(out)
        , m_err(err)
    {
    }

    // Every provider in `providers` (empty: each one enabled), from `from` up to `to`.
    int run(const QStringList &providers, const QDateTime &from, const QDateTime &to, const QString &format);
    // The open mismatches only, without reading any statement.
    int open(const QString &format);
    int resolve(qint64 id, const QString &comment);

private:
    int report(const QString &format);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
