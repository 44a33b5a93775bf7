#include "DashboardService.h"

#include "storage/DatabaseThread.h"

namespace pd {

DashboardService::DashboardService(DatabaseThread &thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

BookAnswer<DashboardFigures> *DashboardService::figures(const QDate &today, int days, const QTimeZone &zone)
{
    return m_thread.ask<DashboardFigures>(
        DatabaseThread::Urgency::Later, this, [today, days, zone](Database &db, QString *error) {
            std::optional<DashboardFigures> figures = DashboardFigures::read(db, today, days, zone, error);
            if (!figures) {
                if (error->isEmpty())
                    *error = tr("The dashboard's figures cannot be read.");
                return DashboardFigures();
            }
            return std::move(*figures);
        });
}

} // namespace pd
