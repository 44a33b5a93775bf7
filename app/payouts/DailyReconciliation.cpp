#include "DailyReconciliation.h"

#include "PollLease.h"
#include "ProviderRegistry.h"
#include "Reconciler.h"
#include "providerhub/ProviderHub.h"
#include "storage/Reconciliations.h"

#include <QDateTime>

namespace pd {

DailyReconciliation::DailyReconciliation(Database &database, const ProviderRegistry &registry, ProviderHub &providers,
    Reconciler &reconciler, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_registry(registry)
    , m_providers(providers)
    , m_reconciler(reconciler)
    , m_book(std::make_unique<DatabaseThread>(database, QStringLiteral("daily-reconcile")))
{
    m_every.setInterval(checkEveryMs);
    connect(&m_every, &QTimer::timeout, this, [this] { checkNow(QDateTime::currentDateTimeUtc().date().addDays(-1)); });
}

DailyReconciliation::~DailyReconciliation() = default;

void DailyReconciliation::start()
{
    m_every.start();
    checkNow(QDateTime::currentDateTimeUtc().date().addDays(-1));
}

void DailyReconciliation::checkNow(const QDate &day)
{
    if (m_checking)
        return; // the last check is still running its reconciliations
    m_checking = true;
    const QDateTime from = day.startOfDay(Qt::UTC);
    const QDateTime to = day.addDays(1).startOfDay(Qt::UTC).addMSecs(-1);
    QStringList enabled;
    for (const Manifest &m : m_registry.manifests()) {
        if (m_providers.isEnabled(m.name))
            enabled << m.name;
    }
    // Which of them this desk runs: its lease, on the reconciler thread's connection (which
    // lives as long as this desk), and no run of the day yet.
    m_book->run<QStringList>(
        DatabaseThread::Urgency::Later, this,
        [enabled, from, to, lease = m_lease](Database &db) {
            if (!*lease) // made on the thread's own connection, which holds the locks
                *lease = std::make_unique<PollLease>(db);
            QStringList due;
            for (const QString &name : enabled) {
                if ((*lease)->hold(QStringLiteral("reconcile:") + name) && !Reconciliations(db).hasRun(name, from, to))
                    due << name;
            }
            return due;
        },
        [this, day, from, to](QStringList due) {
            auto next = std::make_shared<std::function<void()>>();
            const std::weak_ptr<std::function<void()>> self = next;
            *next = [this, day, from, to, due = std::make_shared<QStringList>(due), self] {
                if (due->isEmpty()) {
                    m_checking = false;
                    emit checked(day);
                    return;
                }
                const QString provider = due->takeFirst();
                m_reconciler.run(provider, from, to, QStringLiteral("daily reconciliation"),
                    [this, provider, again = self.lock()](const Reconciler::Outcome &o) {
                        if (!o.error.isEmpty())
                            emit failed(provider, o.error);
                        else if (o.run.mismatched > 0)
                            emit mismatchesOpen(provider, o.run.mismatched);
                        (*again)();
                    });
            };
            (*next)();
        });
}

} // namespace pd
