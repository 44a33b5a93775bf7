#include "BinanceProvider.h"

#include "BinanceSigner.h"
#include "contract/ClientReference.h"
#include "contract/ProviderProblem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QTimeZone>

namespace pd {

namespace {

const QString balancePath = QStringLiteral("/sapi/v1/capital/config/getall");
const QString withdrawPath = QStringLiteral("/sapi/v1/capital/withdraw/apply");
const QString historyPath = QStringLiteral("/sapi/v1/capital/withdraw/history");

// Binance documents no length for withdrawOrderId; the desk's references ("pd-<order>-<n>")
// fit in 32, and a longer one becomes a digest of that length, the same on every look-up.
constexpr int referenceLength = 32;
// How long Binance may take to see a request (its default): a request older than this is
// refused rather than acted on late.
const QString recvWindow = QStringLiteral("5000");
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;

} // namespace

BinanceProvider::BinanceProvider(QNetworkAccessManager *network, QObject *parent)
    : Provider(builtInManifest(), network, parent)
{
    // {"code": -4026, "msg": "You have insufficient balance"} (rest-api.md, "Error codes").
    api()->setErrorReader([](const QJsonDocument &body) -> std::optional<std::pair<QString, QString>> {
        const QJsonObject o = body.object();
        if (!o.contains(QStringLiteral("code")) || !o.contains(QStringLiteral("msg")))
            return std::nullopt;
        return std::pair { QString::number(o.value(QStringLiteral("code")).toInt()),
            o.value(QStringLiteral("msg")).toString() };
    });
}

Manifest BinanceProvider::builtInManifest()
{
    return Manifest::builtIn(QStringLiteral("binance"));
}

void BinanceProvider::applyConfig()
{
    api()->setBaseUrl(QUrl(value(QStringLiteral("apiUrl"))));
    const QByteArray key = value(QStringLiteral("apiKey")).toUtf8();
    // The signature is already in the target (signedTarget): only the key goes in a header.
    api()->setSigner(
        [key](QNetworkRequest &request, const ApiClient::Outgoing &) { request.setRawHeader("X-MBX-APIKEY", key); });
}

QByteArray BinanceProvider::signedTarget(const QString &path, Parameters parameters, qint64 timestampMs) const
{
    parameters.append({ QByteArrayLiteral("recvWindow"), recvWindow });
    parameters.append({ QByteArrayLiteral("timestamp"), QString::number(timestampMs) });
    // Everything in the query and nothing in the body: the signed text is the query as sent.
    const QByteArray query = BinanceSigner::encode(parameters);
    const QByteArray signature = BinanceSigner::signature(query, {}, value(QStringLiteral("apiSecret")).toUtf8());
    return path.toLatin1() + '?' + query + QByteArrayLiteral("&signature=") + signature;
}

ProviderError BinanceProvider::explained(const ProviderError &raw) const
{
    using Kind = ProviderProblem::Kind;
    const QString title = manifest().title;
    const int code = raw.code.toInt();
    // 418 is the IP ban that follows ignored 429s; both carry Retry-After.
    if (raw.httpStatus == 429 || raw.httpStatus == 418 || code == -1003)
        return ProviderProblem::describe(Kind::RateLimited, raw, title);
    if (raw.kind != ProviderError::Kind::Provider)
        return raw;
    // The wallet's error codes (developers.binance.com/docs/wallet/error-code).
    switch (code) {
    case -4026:
        return ProviderProblem::describe(Kind::InsufficientBalance, raw, title);
    case -4033:
    case -4034:
    case -4106: // a tag on a network without tags: the recipient's details are wrong
        return ProviderProblem::describe(Kind::InvalidAddress, raw, title);
    case -4021:
    case -4022:
    case -4028:
        return ProviderProblem::describe(Kind::BelowMinimum, raw, title);
    case -4023:
        return ProviderProblem::describe(Kind::AboveLimit, raw, title);
    case -4018:
    case -4019:
    case -4024:
        return ProviderProblem::describe(Kind::Unavailable, raw, title);
    case -4014:
    case -4015:
    case -4016:
    case -4017:
    case -4035: // the address is not on the account's whitelist
        return ProviderProblem::describe(Kind::VerificationRequired, raw, title);
    case -1021:
        return ProviderProblem::describe(Kind::BadTimestamp, raw, title);
    case -1022:
    case -2014:
    case -2015: // an unknown key (or one without the IP or permission): staff check the key
        return ProviderProblem::describe(Kind::BadSignature, raw, title);
    default:
        return raw;
    }
}

ProviderReply *BinanceProvider::call(const QByteArray &method, const QString &path, const Parameters &parameters,
    std::function<void(ProviderReply *, const QJsonDocument &)> read)
{
    auto *reply = new ProviderReply(this);
    ApiReply *api = this->api()->send(method, signedTarget(path, parameters, QDateTime::currentMSecsSinceEpoch()), {},
        QByteArrayLiteral("application/x-www-form-urlencoded"));
    connect(api, &ApiReply::finished, reply, [this, reply, api, read] {
        api->deleteLater();
        if (api->error().isError())
            return reply->finish(explained(api->error()));
        read(reply, api->json());
    });
    return reply;
}

ProviderReply *BinanceProvider::balance()
{
    return call(QByteArrayLiteral("GET"), balancePath, {}, [](ProviderReply *reply, const QJsonDocument &json) {
        // [{"coin": "USDT", "free": "1250.50000000", "locked": "0", …, "networkList": […]}, …]
        if (!json.isArray())
            return reply->finish(
                { ProviderError::Kind::Unparsable, 200, {}, tr("Binance's coin list is not a list."), true });
        Balances balances;
        for (const QJsonValue &item : json.array()) {
            const QString coin = item.toObject().value(QStringLiteral("coin")).toString();
            const auto free = Money::parse(item.toObject().value(QStringLiteral("free")).toString());
            if (coin.isEmpty() || !free)
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("Binance's balance of %1 is not a decimal amount.").arg(coin), true });
            balances.insert(coin, *free);
        }
        reply->setBalances(balances);
        reply->finish();
    });
}

QString BinanceProvider::networkOf(const Currency &currency)
{
    // A token goes by its chain's code at Binance; a coin's own network is its code already.
    static const QHash<QString, QString> chains = { { QStringLiteral("TRC20"), QStringLiteral("TRX") },
        { QStringLiteral("ERC20"), QStringLiteral("ETH") }, { QStringLiteral("BEP20"), QStringLiteral("BSC") } };
    return chains.value(currency.network, currency.network);
}

ProviderReply *BinanceProvider::transfer(const PayoutRequest &request)
{
    if (request.currency.kind != CurrencyKind::Crypto) {
        auto *refused = new ProviderReply(this);
        refused->finishLater({ ProviderError::Kind::InvalidRequest, 0, {},
            tr("Binance pays out crypto only, not %1.").arg(request.currency.xml), false });
        return refused;
    }
    const QString withdrawOrderId = ClientReference::fit(request.reference, referenceLength);
    const QString address = request.recipient.value(QStringLiteral("address")).trimmed();
    Parameters parameters { { QByteArrayLiteral("coin"), request.currency.currency },
        { QByteArrayLiteral("withdrawOrderId"), withdrawOrderId },
        { QByteArrayLiteral("network"), networkOf(request.currency) }, { QByteArrayLiteral("address"), address } };
    // Only where there is one: Binance refuses any tag on a network without tags (-4106).
    const QString tag = request.recipient.value(QStringLiteral("memo")).trimmed();
    if (!tag.isEmpty())
        parameters.append({ QByteArrayLiteral("addressTag"), tag });
    parameters.append({ QByteArrayLiteral("amount"), request.amount.toString() });
    return call(QByteArrayLiteral("POST"), withdrawPath, parameters,
        [request, address, withdrawOrderId](ProviderReply *reply, const QJsonDocument &json) {
            // {"id": "7213fea8e94b4a5593d507237e5a555b"}
            const QString id = json.object().value(QStringLiteral("id")).toString();
            if (id.isEmpty()) // it may well be booked: the reference finds it (outcome unknown)
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("Binance's answer to the withdrawal %1 has no id.").arg(withdrawOrderId), true });
            TransferResult result;
            result.ok = 2; // applied for: Binance processes it, then the history says how it went
            result.transaction = id;
            result.amount = request.amount;
            result.currency = request.currency.currency;
            result.to = address;
            reply->setTransfer(result);
            reply->finish();
        });
}

PayoutStatus::State BinanceProvider::stateOf(int code)
{
    switch (code) {
    case 6: // Completed
        return PayoutStatus::State::Paid;
    case 1: // Cancelled
    case 3: // Rejected
    case 5: // Failure
        return PayoutStatus::State::Failed;
    case 0: // Email Sent
    case 2: // Awaiting Approval
    case 4: // Processing
        return PayoutStatus::State::Pending;
    default: // a code Binance has not documented: neither paid nor safe to pay again
        return PayoutStatus::State::NeedsAttention;
    }
}

ProviderReply *BinanceProvider::status(const QString &transaction)
{
    // By id the history reaches back 90 days at most per request; a payout still open after
    // that long is no longer followed here.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return lookUp({ { QByteArrayLiteral("idList"), transaction },
                      { QByteArrayLiteral("startTime"), QString::number(now - 90 * dayMs + minuteMs) },
                      { QByteArrayLiteral("endTime"), QString::number(now) } },
        QStringLiteral("id"), transaction);
}

ProviderReply *BinanceProvider::statusByReference(const QString &reference)
{
    // With withdrawOrderId Binance allows a window of 7 days at most; a minute less keeps
    // clear of the edge.
    const QString withdrawOrderId = ClientReference::fit(reference, referenceLength);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return lookUp({ { QByteArrayLiteral("withdrawOrderId"), withdrawOrderId },
                      { QByteArrayLiteral("startTime"), QString::number(now - 7 * dayMs + minuteMs) },
                      { QByteArrayLiteral("endTime"), QString::number(now) } },
        QStringLiteral("withdrawOrderId"), withdrawOrderId);
}

ProviderReply *BinanceProvider::statement(const QDateTime &from, const QDateTime &to)
{
    // The period in windows of at most 90 days (less a minute, clear of the edge), each read
    // page by page: the cursor is "window start:offset".
    const int limit = config().statementPageSize > 0 ? qMin(config().statementPageSize, historyPage) : historyPage;
    const qint64 window = historyWindowDays * dayMs - minuteMs;
    const qint64 fromMs = from.toMSecsSinceEpoch(), toMs = to.toMSecsSinceEpoch();
    return readPages([=, this](const QString &cursor) {
        const qint64 start = cursor.isEmpty() ? fromMs : cursor.section(u':', 0, 0).toLongLong();
        const int offset = cursor.isEmpty() ? 0 : cursor.section(u':', 1, 1).toInt();
        const qint64 end = qMin(toMs, start + window);
        const Parameters parameters { { QByteArrayLiteral("startTime"), QString::number(start) },
            { QByteArrayLiteral("endTime"), QString::number(end) },
            { QByteArrayLiteral("offset"), QString::number(offset) },
            { QByteArrayLiteral("limit"), QString::number(limit) } };
        return call(
            QByteArrayLiteral("GET"), historyPath, parameters, [=](ProviderReply *reply, const QJsonDocument &json) {
                if (!json.isArray())
                    return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                        tr("Binance's withdrawal history is not a list."), true });
                Statement rows;
                for (const QJsonValue &item : json.array()) {
                    const QJsonObject w = item.toObject();
                    StatementRow row;
                    row.transaction = w.value(QStringLiteral("id")).toString();
                    row.reference = w.value(QStringLiteral("withdrawOrderId")).toString();
                    const auto amount = Money::parse(w.value(QStringLiteral("amount")).toString());
                    const auto fee = Money::parse(w.value(QStringLiteral("transactionFee")).toString());
                    if (row.transaction.isEmpty() || !amount || !w.value(QStringLiteral("status")).isDouble())
                        return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                            tr("A withdrawal in Binance's history has no id, amount or status."), true });
                    // The history's amount is what arrived, the fee taken off what was asked.
                    row.fee = fee.value_or(Money());
                    row.amount = *amount + row.fee;
                    row.currency = w.value(QStringLiteral("coin")).toString();
                    row.network = w.value(QStringLiteral("network")).toString();
                    row.destination = w.value(QStringLiteral("address")).toString();
                    const int code = w.value(QStringLiteral("status")).toInt();
                    row.state = stateOf(code);
                    row.providerStatus = QString::number(code);
                    row.time = QDateTime::fromString(
                        w.value(QStringLiteral("applyTime")).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    row.time.setTimeSpec(Qt::UTC);
                    rows << row;
                }
                QString next;
                if (json.array().size() >= limit)
                    next = QStringLiteral("%1:%2").arg(start).arg(offset + limit);
                else if (end < toMs)
                    next = QStringLiteral("%1:0").arg(end + 1);
                reply->setStatement(rows, next);
                reply->finish();
            });
    });
}

ProviderReply *BinanceProvider::lookUp(const Parameters &parameters, const QString &field, const QString &wanted)
{
    return call(QByteArrayLiteral("GET"), historyPath, parameters,
        [field, wanted](ProviderReply *reply, const QJsonDocument &json) {
            if (!json.isArray())
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("Binance's withdrawal history is not a list."), true });
            QList<QJsonObject> matches;
            for (const QJsonValue &item : json.array()) {
                if (item.toObject().value(field).toString() == wanted)
                    matches << item.toObject();
            }
            PayoutStatus status;
            if (matches.isEmpty()) {
                status.state = PayoutStatus::State::NotFound;
                (field == QLatin1String("id") ? status.transaction : status.reference) = wanted;
                reply->setStatus(status);
                return reply->finish();
            }
            const QJsonObject w = matches.first();
            if (!w.value(QStringLiteral("status")).isDouble())
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("Binance's withdrawal %1 has no status.").arg(wanted), true });
            const int code = w.value(QStringLiteral("status")).toInt();
            status.transaction = w.value(QStringLiteral("id")).toString();
            status.reference = w.value(QStringLiteral("withdrawOrderId")).toString();
            status.state = stateOf(code);
            status.providerStatus = QString::number(code);
            const QString info = w.value(QStringLiteral("info")).toString();
            switch (status.state) {
            case PayoutStatus::State::Paid:
                status.message = w.value(QStringLiteral("txId")).toString();
                break;
            case PayoutStatus::State::Failed:
                status.message = info.isEmpty() ? tr("Binance gives no reason (status %1).").arg(code) : info;
                break;
            case PayoutStatus::State::NeedsAttention:
                status.message = tr("Binance reports status %1, which its documentation does not describe.").arg(code);
                break;
            default:
                status.message = info;
            }
            // Binance does not say what a reused withdrawOrderId does; if it paid twice, a person
            // must sort it out, whatever the first one's state.
            if (matches.size() > 1) {
                status.state = PayoutStatus::State::NeedsAttention;
                status.message
                    = tr("Binance holds %1 withdrawals with the reference %2; check them in the Binance account.")
                          .arg(QString::number(matches.size()), wanted);
            }
            reply->setStatus(status);
            reply->finish();
        });
}

std::optional<QString> BinanceProvider::webhookTransaction(
    const QByteArray &, const QHash<QByteArray, QByteArray> &, QString *why) const
{
    if (why)
        *why = tr(
            "Binance sends no webhooks for withdrawals: its payouts are followed by asking its withdrawal history.");
    return std::nullopt;
}

} // namespace pd
