#pragma once

#include "domain/Order.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace pd {

// Order creation on the exchange site: `public/exchanger/order/create` with every parameter of
// the merchant API (spec/001, spec/002), sent as a form with the arrays in bracket notation.
// The site's authorisation scheme is documented in the merchant's profile, not in the
// specification; the desk sends its API token as `Authorization: Bearer <token>` (the token
// lives in the keychain, owner "exchange", key "apiToken"). The answer is read as JSON with
// the order's `_id` (or `id`), `uid`, `secret`, `status`, `inAmount`, `outAmount`, `xml_from`,
// `xml_to` and `toValues`, at the top level or under "order".
class ExchangeSiteClient : public QObject {
    Q_OBJECT
public:
    struct Field {
        QString key;
        QString value;
    };
    struct NewOrder {
        QString routeId; // the exchange direction's ObjectId
        QString partner;
        QString amount; // what the client pays, as typed (the site's FLOAT)
        QList<Field> fromValues, toValues, routeValues;
        QString lang = QStringLiteral("en");
        bool agreement = false;
        bool hideOutData = false;
        QString clientCallbackUrl;
        QString ipnUrl;
        QString ipnSecret;
    };
    static QString secretOwner() { return QStringLiteral("exchange"); }
    static QString secretKey() { return QStringLiteral("apiToken"); }
    static constexpr const char *apiUrlSetting = "exchange.api_url";

    ExchangeSiteClient(QNetworkAccessManager &network, const QUrl &apiUrl, QObject *parent = nullptr);

    // Problems with the request itself, each a sentence for staff; empty when it can be sent.
    static QStringList problems(const NewOrder &order);
    static QByteArray form(const NewOrder &order);

    // `done` gets the created order (with its UID and secret, ipnUrl set) or an error.
    void create(const NewOrder &order, const QString &token,
        std::function<void(std::optional<Order> created, const QString &error)> done);

private:
    QNetworkAccessManager &m_network;
    QUrl m_apiUrl;
};

} // namespace pd
