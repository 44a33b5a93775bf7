#pragma once

#include "domain/Mismatch.h"
#include "payouts/Reconciler.h"
#include "storage/BookReply.h"

#include <QList>
#include <QObject>

namespace pd {

class DatabaseThread;

// The Reconciliation page asks here: the runs and the mismatches in the book, read on the
// workspace's database thread; a mismatch resolved with a comment; and a reconciliation run
// now, for any period, through the Reconciler.
class ReconciliationService : public QObject {
    Q_OBJECT
public:
    ReconciliationService(
        DatabaseThread &thread, Reconciler &reconciler, const QString &actor, QObject *parent = nullptr);

    BookAnswer<QList<ReconciliationRun>> *runs(int limit);
    BookAnswer<QList<Mismatch>> *mismatches(bool openOnly);
    BookAnswer<bool> *resolve(qint64 id, const QString &comment);
    // Each of `providers` that is enabled, one after another; the reply's value is each run's
    // outcome, its error the first statement that could not be read (the others are run all
    // the same), or that none of them is enabled.
    BookAnswer<QList<Reconciler::Outcome>> *reconcile(
        const QStringList &providers, const QDateTime &from, const QDateTime &to);
    // Every mismatch (open ones only when `openOnly`) to a CSV file; the value is how many.
    BookAnswer<int> *exportCsv(const QString &path, bool openOnly);

private:
    DatabaseThread &m_thread;
    Reconciler &m_reconciler;
    QString m_actor;
};

} // namespace pd
