#include "Reconciliations.h"

#include "ActivityLog.h"
#include "Database.h"
#include "OrderStore.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pd::Reconciliations", text);
}

bool failed(Database &db, QString *error)
{
    if (error)
        *error = db.lastError();
    return false;
}

QDateTime at(const QVariant &ms)
{
    return ms.toLongLong() > 0 ? QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC) : QDateTime();
}

const QString mismatchColumns = QStringLiteral("id, run_id, provider, kind, mkey, order_id, attempt_id, desk_side, "
                                               "provider_side, found_at, resolved_at, resolved_by, comment");

Mismatch mismatchFrom(const QSqlQuery &q)
{
    Mismatch m;
    m.id = q.value(0).toLongLong();
    m.runId = q.value(1).toLongLong();
    m.provider = q.value(2).toString();
    m.kind = Mismatch::fromCode(q.value(3).toString()).value_or(Mismatch::Kind::NotInDesk);
    m.key = q.value(4).toString();
    m.orderId = q.value(5).toString();
    m.attemptId = q.value(6).toLongLong();
    m.deskSide = q.value(7).toString();
    m.providerSide = q.value(8).toString();
    m.foundAt = at(q.value(9));
    m.resolvedAt = at(q.value(10));
    m.resolvedBy = q.value(11).toString();
    m.comment = q.value(12).toString();
    return m;
}

} // namespace

bool Reconciliations::record(ReconciliationRun &run, QList<Mismatch> &found, QString *error)
{
    Transaction t(m_db);
    if (!t.isActive())
        return failed(m_db, error);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!run.ranAt.isValid())
        run.ranAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral(
                "INSERT INTO reconciliation_runs (provider, period_from, period_to, ran_at, actor, rows_read, "
                "matched, mismatched, settled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { run.provider, run.from.toMSecsSinceEpoch(), run.to.toMSecsSinceEpoch(), run.ranAt.toMSecsSinceEpoch(),
                run.actor, run.rows, run.matched, 0, run.settled })
        || !q.next())
        return failed(m_db, error);
    run.id = q.value(0).toLongLong();
    q.finish(); // SQLite commits nothing while a statement is still stepping
    int open = 0;
    for (Mismatch &m : found) {
        m.runId = run.id;
        m.provider = run.provider;
        QSqlQuery insert;
        // Found before: the same row, still open or resolved by a person; neither is opened again.
        if (!m_db.exec(insert,
                QStringLiteral("INSERT INTO reconciliation_mismatches (run_id, provider, kind, mkey, order_id, "
                               "attempt_id, desk_side, provider_side, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (provider, kind, mkey) DO NOTHING RETURNING id"),
                { run.id, run.provider, Mismatch::code(m.kind), m.key, m.orderId, m.attemptId, m.deskSide,
                    m.providerSide, now }))
            return failed(m_db, error);
        if (insert.next()) {
            m.id = insert.value(0).toLongLong();
            m.foundAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
            ++open;
            continue;
        }
        QSqlQuery before;
        if (!m_db.exec(before,
                QStringLiteral("SELECT %1 FROM reconciliation_mismatches WHERE provider = ? AND kind = ? AND mkey = ?")
                    .arg(mismatchColumns),
                { run.provider, Mismatch::code(m.kind), m.key })
            || !before.next())
            return failed(m_db, error);
        m = mismatchFrom(before);
        open += m.isOpen();
    }
    run.mismatched = open;
    if (!m_db.exec(QStringLiteral("UPDATE reconciliation_runs SET mismatched = ? WHERE id = ?"), { open, run.id }))
        return failed(m_db, error);
    if (open > 0
        && !ActivityLog(m_db).append(run.actor, QStringLiteral("reconciliation.mismatch"), run.provider,
            tr("Reconciliation of %1 from %2 to %3: %4 mismatch(es) open.")
                .arg(run.provider, run.from.toString(Qt::ISODate), run.to.toString(Qt::ISODate))
                .arg(open)))
        return failed(m_db, error);
    if (!t.commit())
        return failed(m_db, error);
    return true;
}

bool Reconciliations::resolve(qint64 id, const QString &actor, const QString &comment, QString *error)
{
    if (comment.trimmed().isEmpty()) {
        if (error)
            *error = tr("Say in a comment how the mismatch was resolved.");
        return false;
    }
    Transaction t(m_db);
    if (!t.isActive())
        return failed(m_db, error);
    QSqlQuery q;
    if (!m_db.exec(
            q, QStringLiteral("SELECT %1 FROM reconciliation_mismatches WHERE id = ?").arg(mismatchColumns), { id }))
        return failed(m_db, error);
    if (!q.next()) {
        if (error)
            *error = tr("No mismatch %1.").arg(id);
        return false;
    }
    const Mismatch m = mismatchFrom(q);
    int changed = 0;
    // Only an open one: of two people resolving it at once, one comment is kept.
    if (!m_db.exec(QStringLiteral("UPDATE reconciliation_mismatches SET resolved_at = ?, resolved_by = ?, comment = ? "
                                  "WHERE id = ? AND resolved_at = 0"),
            { QDateTime::currentMSecsSinceEpoch(), actor, comment.trimmed(), id }, &changed))
        return failed(m_db, error);
    if (changed == 0) {
        if (error)
            *error = tr("Mismatch %1 was resolved already, by %2.").arg(id).arg(m.resolvedBy);
        return false;
    }
    const QString said = tr("Reconciliation mismatch %1 (%2, %3) resolved: %4")
                             .arg(QString::number(id), m.provider, Mismatch::code(m.kind), comment.trimmed());
    OrderStore orders(m_db);
    if (!m.orderId.isEmpty()) {
        if (const auto order = orders.byId(m.orderId)) {
            HistoryEntry e = HistoryEntry::arrival(order->id, order->status, actor, said);
            e.oldStatus = order->status;
            if (!orders.addHistory(e))
                return failed(m_db, error);
        }
    }
    if (!ActivityLog(m_db).append(actor, QStringLiteral("reconciliation.resolved"), m.provider, said))
        return failed(m_db, error);
    if (!t.commit())
        return failed(m_db, error);
    return true;
}

QList<Mismatch> Reconciliations::mismatches(bool openOnly, const QString &provider, QString *error)
{
    QList<Mismatch> list;
    QSqlQuery q;
    QString where = openOnly ? QStringLiteral("resolved_at = 0") : QStringLiteral("1 = 1");
    QVariantList values;
    if (!provider.isEmpty()) {
        where += QStringLiteral(" AND provider = ?");
        values << provider;
    }
    if (!m_db.exec(q,
            QStringLiteral("SELECT %1 FROM reconciliation_mismatches WHERE %2 ORDER BY resolved_at <> 0, id")
                .arg(mismatchColumns, where),
            values)) {
        failed(m_db, error);
        return list;
    }
    while (q.next())
        list << mismatchFrom(q);
    return list;
}

int Reconciliations::openCount(const QString &provider)
{
    QSqlQuery q;
    const bool all = provider.isEmpty();
    if (!m_db.exec(q,
            QStringLiteral("SELECT COUNT(*) FROM reconciliation_mismatches WHERE resolved_at = 0%1")
                .arg(all ? QString() : QStringLiteral(" AND provider = ?")),
            all ? QVariantList() : QVariantList { provider })
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<ReconciliationRun> Reconciliations::runs(int limit, QString *error)
{
    QList<ReconciliationRun> list;
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral(
                "SELECT id, provider, period_from, period_to, ran_at, actor, rows_read, matched, mismatched, "
                "settled FROM reconciliation_runs ORDER BY id DESC LIMIT ?"),
            { limit })) {
        failed(m_db, error);
        return list;
    }
    while (q.next()) {
        ReconciliationRun r;
        r.id = q.value(0).toLongLong();
        r.provider = q.value(1).toString();
        r.from = at(q.value(2));
        r.to = at(q.value(3));
        r.ranAt = at(q.value(4));
        r.actor = q.value(5).toString();
        r.rows = q.value(6).toInt();
        r.matched = q.value(7).toInt();
        r.mismatched = q.value(8).toInt();
        r.settled = q.value(9).toInt();
        list << r;
    }
    return list;
}

bool Reconciliations::hasRun(const QString &provider, const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q;
    return m_db.exec(q,
               QStringLiteral("SELECT 1 FROM reconciliation_runs WHERE provider = ? AND period_from <= ? AND "
                              "period_to >= ? LIMIT 1"),
               { provider, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() })
        && q.next();
}

} // namespace pd
