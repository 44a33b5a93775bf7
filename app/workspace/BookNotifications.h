#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace pd {

class Database;

// Team mode: what other desks changed in the book, as PostgreSQL tells it (LISTEN through
// QSqlDriver::subscribeToNotification; the triggers of migration 7 NOTIFY at each commit). A
// burst of changes (a batch of payouts, an import) is passed on once, 100 ms after it starts,
// with the orders it touched, so the pages re-read those, not the whole book. On SQLite it
// stays silent: the desk's own signals already tell it everything.
class BookNotifications : public QObject {
    Q_OBJECT
public:
    explicit BookNotifications(Database &database, QObject *parent = nullptr);
    ~BookNotifications() override;

    bool isListening() const { return m_listening; }

signals:
    // Orders another desk created or changed, and whether a payout attempt changed too.
    void changedElsewhere(const QSet<QString> &orderIds, bool payouts);

private:
    void heard(const QString &name, int source, const QVariant &payload);

    Database &m_db;
    bool m_listening = false;
    QTimer m_coalesce;
    QSet<QString> m_orders;
    bool m_payouts = false;
};

} // namespace pd
