#include "SandboxProvider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QTimeZone>

namespace pd {

namespace {

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    // Constant time: how much of a forged signature matched must not show in the timing.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

PayoutStatus::State stateOf(const QString &status)
{
    if (status == QLatin1String("DONE"))
        return PayoutStatus::State::Paid;
    if (status == QLatin1String("CANCELED"))
        return PayoutStatus::State::Failed;
    return PayoutStatus::State::Pending;
}

// The sandbox's errors, as typed errors: a refused transfer is a definite "not paid".
ProviderError mapped(ProviderError e)
{
    if (e.kind == ProviderError::Kind::Provider && e.code == QLatin1String("insufficient_balance"))
        e.kind = ProviderError::Kind::InsufficientBalance;
    return e;
}

} // namespace

SandboxProvider::SandboxProvider(QNetworkAccessManager *network, QObject *parent)
    : Provider(builtInManifest(), network, parent)
{
    api()->setErrorReader([](const QJsonDocument &body) -> std::optional<std::pair<QString, QString>> {
        const QJsonObject error = body.object().value(QStringLiteral("error")).toObject();
        if (error.isEmpty())
            return std::nullopt;
        return std::pair { error.value(QStringLiteral("code")).toString(),
            error.value(QStringLiteral("message")).toString() };
    });
}

Manifest SandboxProvider::builtInManifest()
{
    return Manifest::builtIn(QStringLiteral("sandbox"));
}

QByteArray SandboxProvider::signature(const QByteArray &secret, const ApiClient::Outgoing &o)
{
    const QByteArray message
        = o.method + '\n' + o.pathAndQuery + '\n' + QByteArray::number(o.unixTime) + '\n' + o.nonce + '\n' + o.body;
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

void SandboxProvider::applyConfig()
{
    api()->setBaseUrl(QUrl(value(QStringLiteral("apiUrl"))));
    const QByteArray key = value(QStringLiteral("apiKey")).toUtf8();
    const QByteArray secret = value(QStringLiteral("apiSecret")).toUtf8();
    api()->setSigner([key, secret](QNetworkRequest &request, const ApiClient::Outgoing &o) {
        request.setRawHeader("X-API-KEY", key);
        request.setRawHeader("X-TIMESTAMP", QByteArray::number(o.unixTime));
        request.setRawHeader("X-NONCE", o.nonce);
        request.setRawHeader("X-SIGNATURE", signature(secret, o));
    });
}

ProviderReply *SandboxProvider::balance()
{
    auto *reply = new ProviderReply(this);
    ApiReply *call = api()->query(QStringLiteral("GET:/balance"));
    connect(call, &ApiReply::finished, reply, [reply, call] {
        call->deleteLater();
        if (call->error().isError())
            return reply->finish(mapped(call->error()));
        Balances balances;
        const QJsonObject list = call->json().object().value(QStringLiteral("balances")).toObject();
        for (auto it = list.begin(); it != list.end(); ++it) {
            const auto amount = Money::parse(it.value().toString());
            if (!amount)
                return reply->finish({ ProviderError::Kind::Unparsable, call->httpStatus(), {},
                    tr("The balance of %1 is not a decimal amount.").arg(it.key()), true });
            balances.insert(it.key(), *amount);
        }
        reply->setBalances(balances);
        reply->finish();
    });
    return reply;
}

ProviderReply *SandboxProvider::transfer(const PayoutRequest &request)
{
    auto *reply = new ProviderReply(this);
    QString to = request.recipient.value(QStringLiteral("address"));
    if (to.isEmpty())
        to = request.recipient.value(QStringLiteral("card"));
    if (to.isEmpty())
        to = request.recipient.value(QStringLiteral("account"));
    to.remove(u' ').remove(u'-');
    QJsonObject body { { QStringLiteral("amount"), request.amount.toString() },
        { QStringLiteral("currency"), request.currency.currency }, { QStringLiteral("to"), to },
        { QStringLiteral("reference"), request.reference } };
    if (!request.currency.network.isEmpty() && request.currency.kind == CurrencyKind::Crypto)
        body.insert(QStringLiteral("network"), request.currency.network);
    if (!request.webhookUrl.isEmpty())
        body.insert(QStringLiteral("webhook_url"), request.webhookUrl);
    ApiReply *call = api()->query(QStringLiteral("POST:/transfer"), body);
    connect(call, &ApiReply::finished, reply, [reply, call] {
        call->deleteLater();
        if (call->error().isError())
            return reply->finish(mapped(call->error()));
        const QJsonObject o = call->json().object();
        TransferResult result;
        result.ok = o.value(QStringLiteral("ok")).toInt();
        result.transaction = o.value(QStringLiteral("transaction")).toString();
        result.amount = Money::parse(o.value(QStringLiteral("amount")).toString()).value_or(Money());
        result.currency = o.value(QStringLiteral("currency")).toString();
        result.to = o.value(QStringLiteral("to")).toString();
        if ((result.ok != 1 && result.ok != 2) || result.transaction.isEmpty())
            return reply->finish({ ProviderError::Kind::Unparsable, call->httpStatus(), {},
                tr("The transfer's answer has no ok 1/2 and transaction id."), true });
        reply->setTransfer(result);
        reply->finish();
    });
    return reply;
}

ProviderReply *SandboxProvider::readTransaction(const QString &methodAndPath, const QJsonObject &data)
{
    auto *reply = new ProviderReply(this);
    ApiReply *call = api()->query(methodAndPath, data);
    connect(call, &ApiReply::finished, reply, [reply, call] {
        call->deleteLater();
        PayoutStatus status;
        if (call->error().kind == ProviderError::Kind::Provider && call->error().code == QLatin1String("not_found")) {
            status.state = PayoutStatus::State::NotFound;
            reply->setStatus(status);
            return reply->finish();
        }
        if (call->error().isError())
            return reply->finish(mapped(call->error()));
        const QJsonObject o = call->json().object();
        status.transaction = o.value(QStringLiteral("id")).toString();
        status.reference = o.value(QStringLiteral("reference")).toString();
        status.providerStatus = o.value(QStringLiteral("status")).toString();
        status.state = stateOf(status.providerStatus);
        if (status.transaction.isEmpty())
            return reply->finish({ ProviderError::Kind::Unparsable, call->httpStatus(), {},
                tr("The transaction's answer has no id."), true });
        reply->setStatus(status);
        reply->finish();
    });
    return reply;
}

ProviderReply *SandboxProvider::status(const QString &transaction)
{
    return readTransaction(QStringLiteral("GET:/transaction"), { { QStringLiteral("id"), transaction } });
}

ProviderReply *SandboxProvider::statusByReference(const QString &reference)
{
    return readTransaction(QStringLiteral("GET:/transaction"), { { QStringLiteral("reference"), reference } });
}

ProviderReply *SandboxProvider::statement(const QDateTime &from, const QDateTime &to)
{
    const int limit = config().statementPageSize > 0 ? config().statementPageSize : 100; // README: 1-100
    return readPages([=, this](const QString &cursor) {
        auto *reply = new ProviderReply(this);
        QJsonObject query { { QStringLiteral("from"), QString::number(from.toMSecsSinceEpoch()) },
            { QStringLiteral("to"), QString::number(to.toMSecsSinceEpoch()) },
            { QStringLiteral("limit"), QString::number(limit) } };
        if (!cursor.isEmpty())
            query.insert(QStringLiteral("cursor"), cursor);
        ApiReply *call = api()->query(QStringLiteral("GET:/payouts"), query);
        connect(call, &ApiReply::finished, reply, [reply, call] {
            call->deleteLater();
            if (call->error().isError())
                return reply->finish(mapped(call->error()));
            const QJsonObject o = call->json().object();
            if (!o.value(QStringLiteral("payouts")).isArray())
                return reply->finish({ ProviderError::Kind::Unparsable, call->httpStatus(), {},
                    tr("The sandbox's statement has no payouts."), true });
            Statement rows;
            for (const QJsonValue &v : o.value(QStringLiteral("payouts")).toArray()) {
                const QJsonObject p = v.toObject();
                StatementRow row;
                row.transaction = p.value(QStringLiteral("id")).toString();
                row.reference = p.value(QStringLiteral("reference")).toString();
                const auto amount = Money::parse(p.value(QStringLiteral("amount")).toString());
                if (row.transaction.isEmpty() || !amount)
                    return reply->finish({ ProviderError::Kind::Unparsable, call->httpStatus(), {},
                        tr("A payout in the sandbox's statement has no id or amount."), true });
                row.amount = *amount;
                row.currency = p.value(QStringLiteral("currency")).toString();
                row.network = p.value(QStringLiteral("network")).toString();
                row.destination = p.value(QStringLiteral("to")).toString();
                row.providerStatus = p.value(QStringLiteral("status")).toString();
                row.state = stateOf(row.providerStatus);
                row.time
                    = QDateTime::fromMSecsSinceEpoch(qint64(p.value(QStringLiteral("created")).toDouble()), Qt::UTC);
                rows << row;
            }
            reply->setStatement(rows, o.value(QStringLiteral("next")).toString());
            reply->finish();
        });
        return reply;
    });
}

ProviderReply *SandboxProvider::recheck(const QString &transaction)
{
    return readTransaction(QStringLiteral("POST:/api/payouts/one"), { { QStringLiteral("id"), transaction } });
}

std::optional<QString> SandboxProvider::webhookTransaction(
    const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const
{
    const auto refuse = [why](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    bool isNumber = false;
    const qint64 timestamp = headers.value("x-timestamp").toLongLong(&isNumber);
    if (!isNumber || qAbs(QDateTime::currentSecsSinceEpoch() - timestamp) > 300)
        return refuse(tr("The webhook's timestamp is missing or more than 5 minutes off."));
    const QByteArray expected = QMessageAuthenticationCode::hash(QByteArray::number(timestamp) + '\n' + body,
        value(QStringLiteral("apiSecret")).toUtf8(), QCryptographicHash::Sha256)
                                    .toHex();
    if (!sameBytes(expected, headers.value("x-signature").toLower()))
        return refuse(tr("The webhook's signature does not match."));
    const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return refuse(tr("The webhook names no transaction."));
    return id;
}

} // namespace pd
