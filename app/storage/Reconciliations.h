#pragma once

#include "domain/Mismatch.h"

#include <QList>
#include <QString>

namespace pd {

class Database;

// Reconciliation runs and their mismatches in the book (migration 17). A mismatch is kept once
// per provider, kind and key: the next run that finds it again counts it, and one a person has
// resolved stays resolved.
class Reconciliations {
public:
    explicit Reconciliations(Database &database)
        : m_db(database)
    {
    }

    // The run and what it found, in one transaction; `run.id` and each new mismatch's id are
    // set. `run.mismatched` counts the mismatches still open after it, new or not.
    bool record(ReconciliationRun &run, QList<Mismatch> &found, QString *error);
    // Resolves an open mismatch with a comment: in the order's history when it has an order,
    // and in the activity log; false with `error` when it is not open (or not there).
    bool resolve(qint64 id, const QString &actor, const QString &comment, QString *error);

    // Open ones first by id; all of them (open and resolved) when `openOnly` is false.
    QList<Mismatch> mismatches(bool openOnly, const QString &provider = {}, QString *error = nullptr);
    // How many mismatches are open (of `provider`, else of all); -1 when the book cannot say.
    int openCount(const QString &provider = {});
    QList<ReconciliationRun> runs(int limit, QString *error = nullptr);
    // Whether a run of `provider` covered the whole of `from` to `to` already.
    bool hasRun(const QString &provider, const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace pd
