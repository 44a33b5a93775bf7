#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;

namespace pd {

class Database;
class SecretStore;

// IPN out: when the desk changes the status of an order created through it with an IPN URL,
// OrderStore writes a delivery row in the same transaction (the outbox). This sends each one:
// the protocol's form, signed with that order's IPN secret from the keychain, POSTed once to
// the order's IPN URL, as the specification says. Retries with backoff (30 s, 60 s, 120 s…)
// only when the setting `ipn.out.retries` allows them. Every try leaves its time, HTTP status
// and error on the delivery row, which the order's window shows.
//
// A delivery is taken with a conditional UPDATE (pending → sending), so two desks on one book
// never both send it. One found "sending" at start-up was cut off by a stop: it is marked
// failed, not sent again, since it may have arrived.
class IpnSender : public QObject {
    Q_OBJECT
public:
    static constexpr const char *retriesSetting = "ipn.out.retries";
    static QString secretOwner() { return QStringLiteral("order-ipn"); } // key: the order id

    IpnSender(Database &database, SecretStore &secrets, QNetworkAccessManager &network, QObject *parent = nullptr);

    // Marks deliveries cut off by a stop, then looks for due ones every `intervalMs` and at once.
    void start(int intervalMs = 2000);
    // Looks for due deliveries now (after a status change, say).
    void kick();

signals:
    void delivered(qint64 deliveryId, const QString &orderId, int httpStatus, const QString &error);

private:
    void send(qint64 id, const QString &orderId, const QString &status, qint64 sentAt, int tries);
    void finish(qint64 id, const QString &orderId, int tries, int httpStatus, const QString &error);

    Database &m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
};

} // namespace pd
