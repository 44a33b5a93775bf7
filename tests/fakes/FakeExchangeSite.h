#pragma once

#include "contract/Money.h"
#include "domain/Order.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

class QHttpServer;
class QNetworkAccessManager;

namespace pd {

// A stand-in for the exchange site's merchant API, on 127.0.0.1, for the tests (never shipped):
//   POST /public/exchanger/order/create  creates an order (Bearer token checked, every
//                                        parameter of spec/001 read), answers its id, UID, secret
//   POST /merchant/ipn                   a merchant's IPN receiver: checks the checksum with
//                                        the order's IPN secret and keeps what arrived
// and setStatus() sends an order's IPN to its ipnUrl, once, as the real site does.
class FakeExchangeSite : public QObject {
    Q_OBJECT
public:
    struct Route {
        QString xmlFrom, xmlTo;
        Money rate; // out per in
        int precision; // of the out currency
    };
    struct SiteOrder {
        Order order;
        QString ipnUrl, ipnSecret, partner, lang, clientCallbackUrl;
        bool hideOutData = false;
        QList<QPair<QString, QString>> fromValues, routeValues;
    };
    struct Received { // an IPN that arrived at /merchant/ipn
        QString orderId, status;
        bool checksumOk = false;
    };

    explicit FakeExchangeSite(const QString &token, QObject *parent = nullptr);
    ~FakeExchangeSite() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const;
    void addRoute(const QString &routeId, const Route &route) { m_routes.insert(routeId, route); }

    QList<SiteOrder> orders() const { return m_orders; }
    QList<Received> received() const { return m_received; }

    // Changes an order's status and sends its IPN (if it has an ipnUrl). `sent` gets the HTTP
    // status the receiver answered (0 when it could not be reached).
    void setStatus(qint64 uid, const QString &status, std::function<void(int httpStatus)> sent = {});

private:
    QHttpServer *m_http;
    QNetworkAccessManager *m_network;
    QString m_token;
    quint16 m_port = 0;
    QHash<QString, Route> m_routes;
    QList<SiteOrder> m_orders;
    QList<Received> m_received;
};

} // namespace pd
