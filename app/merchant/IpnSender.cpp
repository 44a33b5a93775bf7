#include "IpnSender.h"

#include "IpnMessage.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcIpnOut, "payoutdesk.ipn.out")

namespace pd {

IpnSender::IpnSender(Database &database, SecretStore &secrets, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_secrets(secrets)
    , m_network(network)
{
    connect(&m_timer, &QTimer::timeout, this, &IpnSender::kick);
}

void IpnSender::start(int intervalMs)
{
    m_db.exec(
        QStringLiteral("UPDATE ipn_deliveries SET state = 'failed', error = ?, updated_at = ? WHERE state = 'sending'"),
        { tr("The desk stopped while sending this IPN; it is not sent again, since it may have arrived."),
            QDateTime::currentMSecsSinceEpoch() });
    m_timer.start(intervalMs);
    kick();
}

void IpnSender::kick()
{
    QSqlQuery due;
    if (!m_db.exec(due,
            QStringLiteral("SELECT id, order_id, status, sent_at, tries FROM ipn_deliveries "
                           "WHERE state = 'pending' AND next_at <= ? ORDER BY id LIMIT 50"),
            { QDateTime::currentMSecsSinceEpoch() }))
        return;
    struct Due {
        qint64 id;
        QString orderId, status;
        qint64 sentAt;
        int tries;
    };
    QList<Due> list;
    while (due.next())
        list.append({ due.value(0).toLongLong(), due.value(1).toString(), due.value(2).toString(),
            due.value(3).toLongLong(), due.value(4).toInt() });
    due.finish();
    for (const Due &d : list) {
        if (m_inFlight.contains(d.id))
            continue;
        // Taken by whoever changes the row: another desk on the same book gets 0 rows.
        QSqlQuery take;
        if (!m_db.exec(take,
                QStringLiteral("UPDATE ipn_deliveries SET state = 'sending', tries = tries + 1, updated_at = ? "
                               "WHERE id = ? AND state = 'pending'"),
                { QDateTime::currentMSecsSinceEpoch(), d.id })
            || take.numRowsAffected() != 1)
            continue;
        m_inFlight.insert(d.id);
        send(d.id, d.orderId, d.status, d.sentAt, d.tries + 1);
    }
}

void IpnSender::send(qint64 id, const QString &orderId, const QString &status, qint64 sentAt, int tries)
{
    const auto order = OrderStore(m_db).byId(orderId);
    if (!order || order->ipnUrl.isEmpty())
        return finish(id, orderId, tries, 0, tr("The order or its IPN URL is gone."));
    SecretJob *job = m_secrets.read(secretOwner(), orderId);
    connect(job, &SecretJob::finished, this, [this, job, id, order = *order, status, sentAt, tries] {
        if (!job->ok() || job->secret().isEmpty())
            return finish(
                id, order.id, tries, 0, tr("No IPN secret for this order in the keychain: %1").arg(job->error()));
        const QByteArray body = IpnMessage::about(order, status, sentAt).toForm(job->secret().toUtf8());
        QNetworkRequest request { QUrl(order.ipnUrl) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, orderId = order.id, tries] {
            reply->deleteLater();
            const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString error;
            if (http < 200 || http > 299)
                error = reply->error() != QNetworkReply::NoError && http == 0
                    ? reply->errorString()
                    : tr("Answered HTTP %1: %2").arg(http).arg(QString::fromUtf8(reply->readAll().left(200)));
            finish(id, orderId, tries, http, error);
        });
    });
}

void IpnSender::finish(qint64 id, const QString &orderId, int tries, int httpStatus, const QString &error)
{
    m_inFlight.remove(id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int retries = DeskSettings(m_db).value(QString::fromLatin1(retriesSetting), QStringLiteral("0")).toInt();
    QString state = error.isEmpty() ? QStringLiteral("delivered") : QStringLiteral("failed");
    qint64 next = 0;
    if (!error.isEmpty() && tries <= retries) {
        state = QStringLiteral("pending");
        next = now + 30000LL * (1LL << qMin(tries - 1, 10));
    }
    m_db.exec(QStringLiteral("UPDATE ipn_deliveries SET state = ?, http_status = ?, error = ?, next_at = ?, updated_at "
                             "= ? WHERE id = ?"),
        { state, httpStatus, error, next, now, id });
    if (!error.isEmpty())
        qCWarning(lcIpnOut).noquote() << "IPN for order" << orderId << "not delivered:" << error;
    emit delivered(id, orderId, httpStatus, error);
}

} // namespace pd
