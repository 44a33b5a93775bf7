#pragma once

#include "dashboard/DashboardFigures.h"
#include "storage/BookReply.h"

#include <QDate>
#include <QObject>
#include <QTimeZone>

namespace pd {

class DatabaseThread;

// The Dashboard tab asks here: its figures (DashboardFigures), read from the book in one go on
// the workspace's database thread.
class DashboardService : public QObject {
    Q_OBJECT
public:
    explicit DashboardService(DatabaseThread &thread, QObject *parent = nullptr);

    // The `days` days up to and including `today`, in `zone`.
    BookAnswer<DashboardFigures> *figures(const QDate &today, int days, const QTimeZone &zone);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
