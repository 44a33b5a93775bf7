#include "FakeExchangeSite.h"

#include "merchant/FormBody.h"
#include "merchant/IpnMessage.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace pd {

namespace {

QHttpServerResponse refuse(QHttpServerResponse::StatusCode status, const QString &why)
{
    return QHttpServerResponse(
        QJsonObject { { QStringLiteral("ok"), false }, { QStringLiteral("error"), why } }, status);
}

} // namespace

FakeExchangeSite::FakeExchangeSite(const QString &token, QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
    , m_network(new QNetworkAccessManager(this))
    , m_token(token)
{
    using Status = QHttpServerResponse::StatusCode;
    m_http->route(QStringLiteral("/public/exchanger/order/create"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            if (request.value("Authorization") != "Bearer " + m_token.toUtf8())
                return refuse(Status::Unauthorized, QStringLiteral("bad token"));
            FormBody::Pairs pairs;
            if (!FormBody::parse(request.body(), &pairs))
                return refuse(Status::BadRequest, QStringLiteral("not a form"));
            QHash<QString, QString> fields;
            QMap<QString, QMap<int, QPair<QString, QString>>> arrays; // name → index → (key, value)
            static const QRegularExpression bracket(
                QStringLiteral("^(fromValues|toValues|routeValues)\\[([0-9]+)\\]\\[(key|value)\\]$"));
            for (const auto &[name, value] : pairs) {
                const auto m = bracket.match(name);
                if (!m.hasMatch()) {
                    fields.insert(name, value);
                    continue;
                }
                auto &slot = arrays[m.captured(1)][m.captured(2).toInt()];
                (m.captured(3) == QLatin1String("key") ? slot.first : slot.second) = value;
            }
            const auto route = m_routes.constFind(fields.value(QStringLiteral("routeId")));
            if (route == m_routes.constEnd())
                return refuse(Status::BadRequest, QStringLiteral("unknown routeId"));
            const auto amount = Money::parse(fields.value(QStringLiteral("amount")));
            if (!amount || amount->isNegative() || amount->isZero())
                return refuse(Status::BadRequest, QStringLiteral("amount must be positive"));
            if (fields.value(QStringLiteral("agreement")) != QLatin1String("true"))
                return refuse(Status::BadRequest, QStringLiteral("agreement required"));
            if (arrays.value(QStringLiteral("toValues")).isEmpty())
                return refuse(Status::BadRequest, QStringLiteral("toValues required"));
            for (const char *name : { "partner", "lang", "hideOutData", "clientCallbackUrl", "ipnUrl", "ipnSecret" }) {
                if (!fields.contains(QString::fromLatin1(name)))
                    return refuse(Status::BadRequest, QStringLiteral("%1 missing").arg(QLatin1String(name)));
            }
            SiteOrder s;
            const int n = int(m_orders.size()) + 1;
            s.order.id = QStringLiteral("5e0000000000000000%1").arg(n, 6, 16, QLatin1Char('0'));
            s.order.uid = 1400 + n;
            static const QString alphabet
                = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
            for (int i = 0; i < 24; ++i)
                s.order.secret += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
            s.order.status = OrderStatus::New;
            s.order.inAmount = *amount;
            s.order.outAmount = amount->multipliedBy(route->rate).rounded(route->precision, Money::Rounding::Down);
            s.order.xmlFrom = route->xmlFrom;
            s.order.xmlTo = route->xmlTo;
            for (const auto &[key, value] : arrays.value(QStringLiteral("toValues")))
                s.order.toValues << OrderValue { key, key, value };
            for (const auto &kv : arrays.value(QStringLiteral("fromValues")))
                s.fromValues << kv;
            for (const auto &kv : arrays.value(QStringLiteral("routeValues")))
                s.routeValues << kv;
            s.partner = fields.value(QStringLiteral("partner"));
            s.lang = fields.value(QStringLiteral("lang"));
            s.hideOutData = fields.value(QStringLiteral("hideOutData")) == QLatin1String("true");
            s.clientCallbackUrl = fields.value(QStringLiteral("clientCallbackUrl"));
            s.ipnUrl = fields.value(QStringLiteral("ipnUrl"));
            s.ipnSecret = fields.value(QStringLiteral("ipnSecret"));
            m_orders << s;
            const Order &o = s.order;
            return QHttpServerResponse(QJsonObject { { QStringLiteral("ok"), true },
                { QStringLiteral("order"),
                    QJsonObject { { QStringLiteral("_id"), o.id }, { QStringLiteral("uid"), o.uid },
                        { QStringLiteral("secret"), o.secret },
                        { QStringLiteral("status"), OrderStatuses::code(o.status) },
                        { QStringLiteral("inAmount"), o.inAmount.toString() },
                        { QStringLiteral("outAmount"), o.outAmount.toString() },
                        { QStringLiteral("xml_from"), o.xmlFrom }, { QStringLiteral("xml_to"), o.xmlTo },
                        { QStringLiteral("toValues"), Order::valuesToJson(o.toValues) } } } });
        });
    m_http->route(
        QStringLiteral("/merchant/ipn"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            const auto m = IpnMessage::parse(request.body());
            if (!m)
                return refuse(Status::BadRequest, QStringLiteral("not an IPN"));
            Received r { m->orderId, m->newStatus, false };
            for (const SiteOrder &s : std::as_const(m_orders))
                r.checksumOk = r.checksumOk || (s.order.id == m->orderId && m->hashMatches(s.ipnSecret.toUtf8()));
            m_received << r;
            return r.checksumOk ? QHttpServerResponse(QJsonObject { { QStringLiteral("ok"), true } })
                                : refuse(Status::Forbidden, QStringLiteral("bad checksum"));
        });
}

FakeExchangeSite::~FakeExchangeSite() = default;

bool FakeExchangeSite::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_http->listen(address, port);
    return m_port != 0;
}

QUrl FakeExchangeSite::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeExchangeSite::setStatus(qint64 uid, const QString &status, std::function<void(int)> sent)
{
    for (SiteOrder &s : m_orders) {
        if (s.order.uid != uid)
            continue;
        s.order.status = OrderStatuses::fromCode(status).value_or(s.order.status);
        if (s.ipnUrl.isEmpty())
            break;
        QNetworkRequest request { QUrl(s.ipnUrl) };
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        const QByteArray body
            = IpnMessage::about(s.order, status, QDateTime::currentMSecsSinceEpoch()).toForm(s.ipnSecret.toUtf8());
        QNetworkReply *reply = m_network->post(request, body); // once: the site never resends
        connect(reply, &QNetworkReply::finished, this, [reply, sent] {
            reply->deleteLater();
            if (sent)
                sent(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        });
        return;
    }
    if (sent)
        sent(0);
}

} // namespace pd
