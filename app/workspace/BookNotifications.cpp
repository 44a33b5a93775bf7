#include "BookNotifications.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace pd {

namespace {
const QString channel = QStringLiteral("payoutdesk_book");
}

BookNotifications::BookNotifications(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        const QSet<QString> orders = std::exchange(m_orders, {});
        emit changedElsewhere(orders, std::exchange(m_payouts, false));
    });
    if (m_db.dialect().kind() != SqlDialect::Kind::PostgreSQL)
        return;
    QSqlDriver *driver = m_db.connection().driver();
    m_listening = driver->subscribeToNotification(channel);
    if (!m_listening) {
        qCWarning(lcStorage) << "cannot listen for other desks' changes:" << m_db.connection().lastError().text();
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            heard(name, int(source), payload);
        });
}

BookNotifications::~BookNotifications()
{
    if (m_listening)
        m_db.connection().driver()->unsubscribeFromNotification(channel);
}

void BookNotifications::heard(const QString &name, int source, const QVariant &payload)
{
    if (name != channel || source == int(QSqlDriver::SelfSource))
        return; // this desk's own changes are known to it already
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return;
    m_orders.insert(text.mid(colon + 1));
    if (text.startsWith(QLatin1String("payout_attempts")))
        m_payouts = true;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace pd
