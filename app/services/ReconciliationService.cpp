#include "ReconciliationService.h"

#include "CheckedWork.h"
#include "export/CsvWriter.h"
#include "storage/DatabaseThread.h"
#include "storage/ProviderSettings.h"
#include "storage/Reconciliations.h"

#include <QSaveFile>
#include <memory>

namespace pd {

ReconciliationService::ReconciliationService(
    DatabaseThread &thread, Reconciler &reconciler, const QString &actor, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
    , m_reconciler(reconciler)
    , m_actor(actor)
{
}

BookAnswer<QList<ReconciliationRun>> *ReconciliationService::runs(int limit)
{
    return m_thread.ask<QList<ReconciliationRun>>(DatabaseThread::Urgency::Later, this,
        [limit](Database &db, QString *error) { return Reconciliations(db).runs(limit, error); });
}

BookAnswer<QList<Mismatch>> *ReconciliationService::mismatches(bool openOnly)
{
    return m_thread.ask<QList<Mismatch>>(DatabaseThread::Urgency::Later, this,
        [openOnly](Database &db, QString *error) { return Reconciliations(db).mismatches(openOnly, {}, error); });
}

BookAnswer<bool> *ReconciliationService::resolve(qint64 id, const QString &comment)
{
    return m_thread.ask<bool>(
        DatabaseThread::Urgency::Later, this, [id, comment, actor = m_actor](Database &db, QString *error) {
            return checkedWrite(db, error, Reconciliations(db).resolve(id, actor, comment, error));
        });
}

BookAnswer<QList<Reconciler::Outcome>> *ReconciliationService::reconcile(
    const QStringList &providers, const QDateTime &from, const QDateTime &to)
{
    auto *reply = new BookAnswer<QList<Reconciler::Outcome>>(this);
    auto outcomes = std::make_shared<QList<Reconciler::Outcome>>();
    auto left = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    const std::weak_ptr<std::function<void()>> self = next;
    *next = [=, this] {
        if (left->isEmpty()) {
            QString error;
            for (const Reconciler::Outcome &o : std::as_const(*outcomes)) {
                if (error.isEmpty() && !o.error.isEmpty())
                    error = o.error;
            }
            // Queued, as every reply finishes: never inside the call that made it.
            QMetaObject::invokeMethod(
                reply, [reply, outcomes, error] { reply->complete(*outcomes, error); }, Qt::QueuedConnection);
            return;
        }
        m_reconciler.run(
            left->takeFirst(), from, to, m_actor, [outcomes, again = self.lock()](const Reconciler::Outcome &o) {
                *outcomes << o;
                (*again)();
            });
    };
    m_thread.run<QStringList>(
        DatabaseThread::Urgency::Later, reply,
        [providers](Database &db) {
            QStringList enabled;
            for (const QString &name : providers) {
                if (ProviderSettings(db).values(name).value(QStringLiteral("enabled")) == QLatin1String("1"))
                    enabled << name;
            }
            return enabled;
        },
        [reply, left, next](QStringList enabled) {
            if (enabled.isEmpty())
                return reply->complete({}, tr("No provider is enabled: nothing to reconcile."));
            *left = enabled;
            (*next)();
        });
    return reply;
}

BookAnswer<int> *ReconciliationService::exportCsv(const QString &path, bool openOnly)
{
    return m_thread.ask<int>(DatabaseThread::Urgency::Later, this, [path, openOnly](Database &db, QString *error) {
        const QList<Mismatch> list = Reconciliations(db).mismatches(openOnly, {}, error);
        if (!error->isEmpty())
            return 0;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
            return 0;
        }
        CsvWriter csv(&file);
        csv.writeRow(Mismatch::csvColumns());
        for (const Mismatch &m : list)
            csv.writeRow(m.csvCells());
        if (!file.commit()) {
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
            return 0;
        }
        return int(list.size());
    });
}

} // namespace pd
