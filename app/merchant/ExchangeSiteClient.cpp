#include "ExchangeSiteClient.h"

#include "FormBody.h"
#include "domain/OrderStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace pd {

ExchangeSiteClient::ExchangeSiteClient(QNetworkAccessManager &network, const QUrl &apiUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_apiUrl(apiUrl)
{
}

QStringList ExchangeSiteClient::problems(const NewOrder &o)
{
    QStringList found;
    if (!Order::isObjectId(o.routeId))
        found << tr("The route must be the exchange direction's 24-character ObjectId.");
    static const QRegularExpression amount(QStringLiteral("^[0-9]{1,30}(\\.[0-9]{1,30})?$"));
    static const QRegularExpression nonZero(QStringLiteral("[1-9]"));
    if (!amount.match(o.amount).hasMatch() || !nonZero.match(o.amount).hasMatch())
        found << tr("The amount must be a positive decimal number.");
    if (o.toValues.isEmpty())
        found << tr("The recipient's details (toValues) are missing.");
    for (const Field &f : o.fromValues + o.toValues + o.routeValues) {
        if (f.key.trimmed().isEmpty())
            found << tr("Every detail needs a key.");
    }
    if (!o.agreement)
        found << tr("The client has to accept the exchange's terms (agreement).");
    for (const QString &url : { o.clientCallbackUrl, o.ipnUrl }) {
        const QUrl u(url);
        if (!url.isEmpty()
            && (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))))
            found << tr("\"%1\" is not an http(s) address.").arg(url);
    }
    if (!o.ipnUrl.isEmpty() && o.ipnSecret.size() < 16)
        found << tr("An IPN URL needs an IPN secret of at least 16 characters.");
    found.removeDuplicates();
    return found;
}

QByteArray ExchangeSiteClient::form(const NewOrder &o)
{
    FormBody body;
    const auto add = [&body](const QString &name, const QString &value) { body.add(name, value); };
    const auto addFields = [&add](const QString &name, const QList<Field> &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            add(QStringLiteral("%1[%2][key]").arg(name).arg(i), fields.at(i).key);
            add(QStringLiteral("%1[%2][value]").arg(name).arg(i), fields.at(i).value);
        }
    };
    add(QStringLiteral("routeId"), o.routeId);
    add(QStringLiteral("partner"), o.partner);
    add(QStringLiteral("amount"), o.amount);
    addFields(QStringLiteral("fromValues"), o.fromValues);
    addFields(QStringLiteral("toValues"), o.toValues);
    addFields(QStringLiteral("routeValues"), o.routeValues);
    add(QStringLiteral("lang"), o.lang);
    add(QStringLiteral("agreement"), o.agreement ? QStringLiteral("true") : QStringLiteral("false"));
    add(QStringLiteral("hideOutData"), o.hideOutData ? QStringLiteral("true") : QStringLiteral("false"));
    add(QStringLiteral("clientCallbackUrl"), o.clientCallbackUrl);
    add(QStringLiteral("ipnUrl"), o.ipnUrl);
    add(QStringLiteral("ipnSecret"), o.ipnSecret);
    return body.bytes();
}

void ExchangeSiteClient::create(
    const NewOrder &o, const QString &token, std::function<void(std::optional<Order>, const QString &)> done)
{
    const QStringList found = problems(o);
    if (!found.isEmpty())
        return done(std::nullopt, found.join(u' '));
    QUrl url = m_apiUrl;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$")))
        + QStringLiteral("/public/exchanger/order/create"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_network.post(request, form(o));
    connect(reply, &QNetworkReply::finished, this, [reply, done, ipnUrl = o.ipnUrl] {
        reply->deleteLater();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (http != 200) {
            const QString why = answer.value(QStringLiteral("error")).toString();
            return done(std::nullopt,
                http == 0 ? reply->errorString()
                          : tr("The exchange site answered HTTP %1: %2")
                                .arg(http)
                                .arg(why.isEmpty() ? tr("no reason given") : why));
        }
        const QJsonObject j
            = answer.contains(QStringLiteral("order")) ? answer.value(QStringLiteral("order")).toObject() : answer;
        Order order;
        order.id = j.value(QStringLiteral("_id")).toString(j.value(QStringLiteral("id")).toString()).toLower();
        order.uid = j.value(QStringLiteral("uid")).toVariant().toLongLong();
        order.secret = j.value(QStringLiteral("secret")).toString();
        const auto status = OrderStatuses::fromCode(j.value(QStringLiteral("status")).toString(QStringLiteral("new")));
        const auto in = Money::parse(j.value(QStringLiteral("inAmount")).toVariant().toString());
        const auto out = Money::parse(j.value(QStringLiteral("outAmount")).toVariant().toString());
        order.xmlFrom = j.value(QStringLiteral("xml_from")).toString();
        order.xmlTo = j.value(QStringLiteral("xml_to")).toString();
        order.toValues = Order::valuesFromJson(j.value(QStringLiteral("toValues")).toArray());
        order.ipnUrl = ipnUrl;
        order.createdAt = order.updatedAt = QDateTime::currentDateTimeUtc();
        if (!Order::isObjectId(order.id) || order.uid <= 0 || order.secret.isEmpty() || !status || !in || !out)
            return done(
                std::nullopt, tr("The exchange site's answer lacks the order's id, UID, secret, status or amounts."));
        order.status = *status;
        order.inAmount = *in;
        order.outAmount = *out;
        done(order, QString());
    });
}

} // namespace pd
