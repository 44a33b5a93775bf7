#include "CryptomusProvider.h"

#include "CryptomusSigner.h"
#include "contract/ClientReference.h"
#include "contract/ConstantTime.h"
#include "contract/ProviderProblem.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace pd {

namespace {

bool reachableFromTheInternet(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return false;
    if (parsed.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(parsed.host());
    if (address.isNull())
        return true; // a name: the one staff set as the desk's public URL
    if (!address.isGlobal())
        return false; // loopback, link-local, unique-local …
    for (const char *subnet : { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10" }) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
            return false; // a private network
    }
    return true;
}

const QString balancePath = QStringLiteral("/v1/balance");
const QString payoutPath = QStringLiteral("/v1/payout");
const QString infoPath = QStringLiteral("/v1/payout/info");
const QString listPath = QStringLiteral("/v1/payout/list");
const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// {"state":1,"message":"…"} or {"state":1,"errors":{"address":["…"]}}: the first field that is
// refused is the code (it tells an address from an amount), else the state.
std::optional<std::pair<QString, QString>> readError(const QJsonDocument &body)
{
    const QJsonObject o = body.object();
    if (!o.contains(QStringLiteral("message")) && !o.contains(QStringLiteral("errors")))
        return std::nullopt;
    QStringList details;
    const QJsonObject errors = o.value(QStringLiteral("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QJsonValue lines = it.value();
        if (lines.isString())
            details << lines.toString();
        for (const QJsonValue &line : lines.toArray())
            details << line.toString();
    }
    QString message = o.value(QStringLiteral("message")).toString();
    if (!details.isEmpty())
        message = message.isEmpty() ? details.join(u' ') : message + QStringLiteral(": ") + details.join(u' ');
    return std::pair {
        errors.isEmpty() ? QString::number(o.value(QStringLiteral("state")).toInt()) : errors.begin().key(), message
    };
}

} // namespace

CryptomusProvider::CryptomusProvider(QNetworkAccessManager *network, QObject *parent)
    : Provider(builtInManifest(), network, parent)
{
    api()->setErrorReader(readError);
}

Manifest CryptomusProvider::builtInManifest()
{
    return Manifest::builtIn(QStringLiteral("cryptomus"));
}

void CryptomusProvider::applyConfig()
{
    api()->setBaseUrl(QUrl(value(QStringLiteral("apiUrl"))));
    const QByteArray merchant = value(QStringLiteral("merchantId")).toUtf8();
    const QByteArray key = value(QStringLiteral("payoutApiKey")).toUtf8();
    api()->setSigner([merchant, key](QNetworkRequest &request, const ApiClient::Outgoing &o) {
        request.setRawHeader("merchant", merchant);
        request.setRawHeader("sign", CryptomusSigner::sign(o.body, key));
    });
}

QString CryptomusProvider::networkOf(const Currency &currency)
{
    // Tokens by their chain, coins by their own chain (doc.cryptomus.com's network codes).
    static const QHash<QString, QString> names = {
        { QStringLiteral("TRC20"), QStringLiteral("TRON") },
        { QStringLiteral("ERC20"), QStringLiteral("ETH") },
        { QStringLiteral("BEP20"), QStringLiteral("BSC") },
        { QStringLiteral("BTC"), QStringLiteral("BTC") },
        { QStringLiteral("ETH"), QStringLiteral("ETH") },
        { QStringLiteral("LTC"), QStringLiteral("LTC") },
        { QStringLiteral("TRX"), QStringLiteral("TRON") },
        { QStringLiteral("DOGE"), QStringLiteral("DOGE") },
        { QStringLiteral("SOL"), QStringLiteral("SOL") },
        { QStringLiteral("TON"), QStringLiteral("TON") },
    };
    return names.value(currency.network.toUpper());
}

PayoutStatus::State CryptomusProvider::stateOf(const QString &status, bool isFinal)
{
    if (status == QLatin1String("paid"))
        return PayoutStatus::State::Paid;
    if (status == QLatin1String("cancel"))
        return PayoutStatus::State::Failed;
    if (status == QLatin1String("fail") || status == QLatin1String("system_fail"))
        // Not final: Cryptomus's support can still send it, so paying again could pay twice.
        return isFinal ? PayoutStatus::State::Failed : PayoutStatus::State::NeedsAttention;
    return PayoutStatus::State::Pending; // process, check, and any word not documented yet
}

ProviderError CryptomusProvider::explained(const ProviderError &raw) const
{
    using Kind = ProviderProblem::Kind;
    const QString title = manifest().title;
    const QString text = raw.message.toLower();
    if (raw.httpStatus == 429)
        return ProviderProblem::describe(Kind::RateLimited, raw, title);
    if (raw.kind != ProviderError::Kind::Provider && raw.kind != ProviderError::Kind::Http)
        return raw;
    static const QRegularExpression sign(QStringLiteral("\\bsign\\b"));
    if (raw.httpStatus == 401 || sign.match(text).hasMatch())
        return ProviderProblem::describe(Kind::BadSignature, raw, title);
    // The documentation shows no text for these (doc.cryptomus.com, /payouts/creating-payout): told apart by their
    // words.
    if (text.contains(QLatin1String("balance")) || text.contains(QLatin1String("funds"))
        || text.contains(QLatin1String("insufficient")))
        return ProviderProblem::describe(Kind::InsufficientBalance, raw, title);
    if (raw.code == QLatin1String("address"))
        return ProviderProblem::describe(Kind::InvalidAddress, raw, title);
    if (raw.code == QLatin1String("amount") && text.contains(QLatin1String("min")))
        return ProviderProblem::describe(Kind::BelowMinimum, raw, title);
    return raw;
}

ProviderReply *CryptomusProvider::call(
    const QString &path, const PhpJsonEncoding::Members &fields, Read read, Refusal refusal)
{
    auto *reply = new ProviderReply(this);
    // Written the PHP way, so that the bytes signed are the bytes Cryptomus would get by
    // encoding the fields again: the signature holds whichever of the two it checks.
    ApiReply *api = this->api()->send(QByteArrayLiteral("POST"), path.toLatin1(), PhpJsonEncoding::encode(fields));
    connect(api, &ApiReply::finished, reply, [this, reply, api, read, refusal] {
        api->deleteLater();
        ProviderError e = api->error();
        const QJsonObject answer = api->json().object();
        const QJsonValue state = answer.value(QStringLiteral("state"));
        if (!e.isError() && !state.isDouble())
            e = { ProviderError::Kind::Unparsable, api->httpStatus(), {}, tr("Cryptomus's answer has no state."),
                true };
        else if (!e.isError() && state.toInt() != 0) {
            // A refusal with HTTP 200: the official SDK takes any state but 0 as an error.
            const auto said = readError(api->json());
            e = { ProviderError::Kind::Provider, api->httpStatus(), said ? said->first : QString::number(state.toInt()),
                said ? said->second : tr("Cryptomus answered with state %1.").arg(state.toInt()), true };
        }
        if (e.isError()) {
            if (refusal && refusal(reply, e))
                return;
            return reply->finish(explained(e));
        }
        read(reply, answer.value(QStringLiteral("result")));
    });
    return reply;
}

ProviderReply *CryptomusProvider::balance()
{
    return call(balancePath, {}, [](ProviderReply *reply, const QJsonValue &result) {
        // [{"balance": {"merchant": [{"uuid", "balance", "currency_code"}], "user": […]}}], or the object alone
        const QJsonObject first = result.isArray() ? result.toArray().first().toObject() : result.toObject();
        const QJsonValue merchant = first.value(QStringLiteral("balance")).toObject().value(QStringLiteral("merchant"));
        if (!merchant.isArray())
            return reply->finish(
                { ProviderError::Kind::Unparsable, 200, {}, tr("Cryptomus's answer has no merchant balance."), true });
        Balances balances;
        for (const QJsonValue &entry : merchant.toArray()) {
            const QString code = entry.toObject().value(QStringLiteral("currency_code")).toString().toUpper();
            // A string of digits: never read through a double.
            const auto amount = Money::parse(entry.toObject().value(QStringLiteral("balance")).toString());
            if (code.isEmpty() || !amount)
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("Cryptomus's balance of %1 is not a decimal amount.").arg(code), true });
            balances.insert(code, *amount);
        }
        reply->setBalances(balances);
        reply->finish();
    });
}

ProviderReply *CryptomusProvider::transfer(const PayoutRequest &request)
{
    const QString network = networkOf(request.currency);
    if (network.isEmpty()) {
        auto *reply = new ProviderReply(this);
        reply->finishLater({ ProviderError::Kind::InvalidRequest, 0, {},
            tr("Cryptomus has no network the desk knows for %1 (%2).")
                .arg(request.currency.xml, request.currency.network) });
        return reply;
    }
    const QString orderId = ClientReference::fit(request.reference, orderIdLength);
    const QString address = request.recipient.value(QStringLiteral("address")).trimmed();
    // In the documentation's order. is_subtract: Cryptomus's fee comes from the balance, so the
    // client receives exactly the order's amount.
    PhpJsonEncoding::Members fields { { QStringLiteral("amount"), request.amount.toString() },
        { QStringLiteral("currency"), request.currency.currency }, { QStringLiteral("network"), network },
        { QStringLiteral("order_id"), orderId }, { QStringLiteral("address"), address },
        { QStringLiteral("is_subtract"), QStringLiteral("1") } };
    // Cryptomus calls back from the internet: an address it cannot reach (the desk's own listener
    // when no public URL is set) is left out, and the poller follows the payout instead.
    if (reachableFromTheInternet(request.webhookUrl))
        fields.append({ QStringLiteral("url_callback"), request.webhookUrl });
    const QString memo = request.recipient.value(QStringLiteral("memo")).trimmed();
    if (!memo.isEmpty())
        fields.append({ QStringLiteral("memo"), memo });
    // Sent once: a create whose answer is lost is looked up by order_id, never sent again here
    // (even though Cryptomus would answer a second one with the first payout).
    return call(payoutPath, fields, [request, address](ProviderReply *reply, const QJsonValue &result) {
        const QJsonObject payout = result.toObject();
        const QString uuid = payout.value(QStringLiteral("uuid")).toString();
        if (uuid.isEmpty())
            return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                tr("Cryptomus's answer to the payout names no uuid."), true });
        TransferResult t;
        t.ok = payout.value(QStringLiteral("status")).toString() == QLatin1String("paid") ? 1 : 2;
        t.transaction = uuid;
        t.amount = request.amount;
        t.currency = request.currency.currency;
        t.to = address;
        reply->setTransfer(t);
        reply->finish();
    });
}

ProviderReply *CryptomusProvider::status(const QString &transaction)
{
    return info({ { QStringLiteral("uuid"), transaction } }, QString());
}

ProviderReply *CryptomusProvider::statusByReference(const QString &reference)
{
    const QString orderId = ClientReference::fit(reference, orderIdLength);
    return info({ { QStringLiteral("order_id"), orderId } }, orderId);
}

QTimeZone CryptomusProvider::timeZone()
{
    return QTimeZone(3 * 3600);
}

ProviderReply *CryptomusProvider::statement(const QDateTime &from, const QDateTime &to)
{
    // Filtered by creation date, a page at a time as Cryptomus cuts them: the next page's
    // cursor goes in the query (?cursor=…), outside the signed body.
    const PhpJsonEncoding::Members period { { QStringLiteral("date_from"),
                                                from.toTimeZone(timeZone()).toString(dateFormat) },
        { QStringLiteral("date_to"), to.toTimeZone(timeZone()).toString(dateFormat) } };
    return readPages([=, this](const QString &cursor) {
        const QString path = cursor.isEmpty()
            ? listPath
            : listPath + QStringLiteral("?cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        return call(path, period, [](ProviderReply *reply, const QJsonValue &result) {
            const QJsonObject page = result.toObject();
            if (!page.value(QStringLiteral("items")).isArray())
                return reply->finish(
                    { ProviderError::Kind::Unparsable, 200, {}, tr("Cryptomus's payout history has no items."), true });
            Statement rows;
            for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray()) {
                const QJsonObject p = v.toObject();
                StatementRow row;
                row.transaction = p.value(QStringLiteral("uuid")).toString();
                // The documentation lists no order_id in the history: matched by amount,
                // currency, address and time where it is missing (docs/DESIGN.md, "Reconciliation").
                row.reference = p.value(QStringLiteral("order_id")).toVariant().toString();
                const auto amount = Money::parse(p.value(QStringLiteral("amount")).toString());
                if (row.transaction.isEmpty() || !amount)
                    return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                        tr("A payout in Cryptomus's history has no uuid or amount."), true });
                row.amount = *amount;
                row.currency = p.value(QStringLiteral("currency")).toString();
                row.network = p.value(QStringLiteral("network")).toString();
                row.destination = p.value(QStringLiteral("address")).toString();
                row.providerStatus = p.value(QStringLiteral("status")).toString();
                row.state = stateOf(row.providerStatus, p.value(QStringLiteral("is_final")).toBool());
                row.time = QDateTime::fromString(p.value(QStringLiteral("created_at")).toString(), dateFormat);
                row.time.setTimeZone(timeZone());
                row.time = row.time.toUTC();
                rows << row;
            }
            const QJsonObject paginate = page.value(QStringLiteral("paginate")).toObject();
            const QString next = paginate.value(QStringLiteral("nextCursor")).toString();
            reply->setStatement(rows, paginate.value(QStringLiteral("hasPages")).toBool() ? next : QString());
            reply->finish();
        });
    });
}

ProviderReply *CryptomusProvider::info(const PhpJsonEncoding::Members &fields, const QString &reference)
{
    const auto notFound = [reference](ProviderReply *reply, const ProviderError &e) {
        // Assumed: an unknown uuid or order_id is HTTP 404 {"state":1,"message":"Payout not found"} (README.md).
        if (e.kind != ProviderError::Kind::Provider
            || (e.httpStatus != 404 && !e.message.contains(QLatin1String("not found"), Qt::CaseInsensitive)))
            return false;
        PayoutStatus status;
        status.state = PayoutStatus::State::NotFound;
        status.reference = reference;
        reply->setStatus(status);
        reply->finish();
        return true;
    };
    return call(
        infoPath, fields,
        [reference](ProviderReply *reply, const QJsonValue &result) {
            const QJsonObject payout = result.toObject();
            PayoutStatus status;
            status.transaction = payout.value(QStringLiteral("uuid")).toString();
            status.reference = payout.value(QStringLiteral("order_id")).toString(reference);
            status.providerStatus = payout.value(QStringLiteral("status")).toString();
            if (status.transaction.isEmpty() || status.providerStatus.isEmpty())
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("Cryptomus's payout has no uuid or status."), true });
            const bool isFinal = payout.value(QStringLiteral("is_final")).toBool();
            status.state = stateOf(status.providerStatus, isFinal);
            if (status.state == PayoutStatus::State::NeedsAttention)
                status.message
                    = tr("Cryptomus status \"%1\", not final: the payout failed, but Cryptomus's support can still "
                         "send it. Ask them before paying this order again.")
                          .arg(status.providerStatus);
            else
                status.message = payout.value(QStringLiteral("txid")).toString();
            reply->setStatus(status);
            reply->finish();
        },
        notFound);
}

std::optional<QString> CryptomusProvider::webhookTransaction(
    const QByteArray &body, const QHash<QByteArray, QByteArray> &, QString *why) const
{
    const auto refuse = [why](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QByteArray key = value(QStringLiteral("payoutApiKey")).toUtf8();
    if (key.isEmpty())
        return refuse(tr("Cryptomus's payout API key is not set."));
    // The sign covers the body without it, encoded again as PHP's json_encode would (doc.cryptomus.com,
    // /merchant-api/request-format).
    const auto split = PhpJsonEncoding::withoutSign(body);
    if (!split)
        return refuse(tr("The webhook is not a JSON object with a signature (\"sign\")."));
    if (!ConstantTime::equal(CryptomusSigner::sign(split->data, key), split->sign))
        return refuse(tr("The webhook's signature does not match."));
    const QJsonObject data = QJsonDocument::fromJson(body).object();
    if (data.value(QStringLiteral("type")).toString() != QLatin1String("payout"))
        return refuse(tr("The webhook is not about a payout."));
    const QString uuid = data.value(QStringLiteral("uuid")).toString();
    if (uuid.isEmpty())
        return refuse(tr("The webhook names no payout uuid."));
    return uuid;
}

} // namespace pd
