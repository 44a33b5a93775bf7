#include "BinanceFake.h"

#include "binance/BinanceSigner.h"
#include "contract/ConstantTime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace pd::fakes {

namespace {

const QByteArray apiKey = QByteArrayLiteral("binance-api-key-fault-suite");
const QByteArray apiSecret = QByteArrayLiteral("binance-secret-fault-suite");

using Answer = FakeServer::Answer;

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

// {"code": -4026, "msg": "…"}: Binance's error shape (rest-api.md), HTTP 400 unless said.
Answer failed(int code, const QString &message, int status = 400)
{
    return FakeServer::json(
        status, QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("msg"), message } });
}

Answer mandatory(const QString &parameter)
{
    return failed(
        -1102, QStringLiteral("Mandatory parameter '%1' was not sent, was empty/null, or malformed.").arg(parameter));
}

// One entry of a coin's networkList in config/getall: what the fake checks a withdrawal by.
struct Network {
    QString network;
    QString addressRegex;
    QString memoRegex; // empty: the network takes no tag
    QString withdrawMin;
    QString withdrawFee;
};

const QString tron = QStringLiteral("^T[1-9A-HJ-NP-Za-km-z]{33}$");
const QString evm = QStringLiteral("^(0x)[0-9A-Fa-f]{40}$");

// The coins of the desk's allow_XML on their networks. Minimums and fees are of the order
// Binance shows; the patterns are the kind config/getall publishes as addressRegex.
const QMap<QString, QList<Network>> &coins()
{
    static const QMap<QString, QList<Network>> all = {
        { QStringLiteral("BTC"),
            { { QStringLiteral("BTC"), QStringLiteral("^(bc1[a-z0-9]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$"), {},
                QStringLiteral("0.0002"), QStringLiteral("0.00002") } } },
        { QStringLiteral("ETH"),
            { { QStringLiteral("ETH"), evm, {}, QStringLiteral("0.001"), QStringLiteral("0.0005") } } },
        { QStringLiteral("LTC"),
            { { QStringLiteral("LTC"), QStringLiteral("^(ltc1[a-z0-9]{25,62}|[LM3][a-km-zA-HJ-NP-Z1-9]{26,33})$"), {},
                QStringLiteral("0.002"), QStringLiteral("0.0001") } } },
        { QStringLiteral("TRX"), { { QStringLiteral("TRX"), tron, {}, QStringLiteral("10"), QStringLiteral("1") } } },
        { QStringLiteral("XRP"),
            { { QStringLiteral("XRP"), QStringLiteral("^r[1-9A-HJ-NP-Za-km-z]{24,34}$"),
                QStringLiteral("^[0-9]{1,10}$"), QStringLiteral("2"), QStringLiteral("0.2") } } },
        { QStringLiteral("DOGE"),
            { { QStringLiteral("DOGE"), QStringLiteral("^(D|A|9)[a-km-zA-HJ-NP-Z1-9]{33}$"), {}, QStringLiteral("20"),
                QStringLiteral("4") } } },
        { QStringLiteral("SOL"),
            { { QStringLiteral("SOL"), QStringLiteral("^[1-9A-HJ-NP-Za-km-z]{32,44}$"), {}, QStringLiteral("0.01"),
                QStringLiteral("0.001") } } },
        { QStringLiteral("TON"),
            { { QStringLiteral("TON"), QStringLiteral("^[A-Za-z0-9_-]{48}$"), QStringLiteral("^.{1,120}$"),
                QStringLiteral("0.1"), QStringLiteral("0.01") } } },
        { QStringLiteral("USDT"),
            { { QStringLiteral("ETH"), evm, {}, QStringLiteral("10"), QStringLiteral("4") },
                { QStringLiteral("TRX"), tron, {}, QStringLiteral("10"), QStringLiteral("1") },
                { QStringLiteral("BSC"), evm, {}, QStringLiteral("10"), QStringLiteral("0.8") } } },
        { QStringLiteral("USDC"),
            { { QStringLiteral("ETH"), evm, {}, QStringLiteral("10"), QStringLiteral("4") },
                { QStringLiteral("BSC"), evm, {}, QStringLiteral("10"), QStringLiteral("0.8") } } },
    };
    return all;
}

bool failure(int status)
{
    return status == 1 || status == 3 || status == 5;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

BinanceFake::BinanceFake(QObject *parent)
    : FakeServer(parent)
{
    using Method = QHttpServerRequest::Method;
    route(
        QStringLiteral("/sapi/v1/capital/config/getall"), Method::Get, [this](const auto &r) { return coinsCall(r); });
    route(
        QStringLiteral("/sapi/v1/capital/withdraw/apply"), Method::Post,
        [this](const auto &r) { return withdrawCall(r); }, true);
    route(QStringLiteral("/sapi/v1/capital/withdraw/history"), Method::Get,
        [this](const auto &r) { return historyCall(r); });
}

QHash<QString, QString> BinanceFake::config() const
{
    return { { QStringLiteral("apiUrl"), baseUrl().toString() },
        { QStringLiteral("apiKey"), QString::fromLatin1(apiKey) } };
}

QHash<QString, QString> BinanceFake::secrets() const
{
    return { { QStringLiteral("apiSecret"), QString::fromLatin1(apiSecret) } };
}

QHash<QString, QString> BinanceFake::recipient() const
{
    return { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
}

QString BinanceFake::bookOutside(
    const QString &reference, const Money &amount, const QString &address, const QDateTime &at)
{
    Withdrawal w;
    w.id = QUuid::createUuid().toString(QUuid::Id128);
    w.withdrawOrderId = reference;
    w.coin = QStringLiteral("USDT");
    w.network = QStringLiteral("TRX");
    w.address = address;
    w.amount = amount;
    w.status = 6;
    w.applyTimeMs = w.completeTimeMs = at.isValid() ? at.toMSecsSinceEpoch() : now();
    m_withdrawals.append(w);
    return w.id;
}

bool BinanceFake::loseBooking(const QString &reference)
{
    return m_withdrawals.removeIf([&](const Withdrawal &w) { return w.withdrawOrderId == reference; }) > 0;
}

QStringList BinanceFake::bookedReferences() const
{
    QStringList list;
    for (const Withdrawal &w : m_withdrawals)
        list << w.withdrawOrderId;
    return list;
}

qint64 BinanceFake::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

std::optional<Answer> BinanceFake::authenticate(const QHttpServerRequest &request)
{
    // rest-api.md, "SIGNED endpoint security": nothing is done for a request that fails these.
    const auto refuse = [this](const Answer &answer) {
        ++m_refusedSignatures;
        return std::optional<Answer>(answer);
    };
    if (!ConstantTime::equal(request.value(QByteArrayLiteral("X-MBX-APIKEY")), apiKey))
        return refuse(failed(-2015, QStringLiteral("Invalid API-key, IP, or permissions for action."), 401));
    // The signed text is the query string exactly as it came, up to "&signature=", then the body.
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    const qsizetype at = query.lastIndexOf("&signature=");
    if (at < 0)
        return refuse(mandatory(QStringLiteral("signature")));
    const QByteArray signedPart = query.left(at);
    const QByteArray expected = BinanceSigner::signature(signedPart, request.body(), apiSecret);
    if (!ConstantTime::equal(query.mid(at + 11).toLower(), expected))
        return refuse(failed(-1022, QStringLiteral("Signature for this request is not valid.")));
    const QUrlQuery parameters(QString::fromLatin1(signedPart));
    bool ok = false;
    const qint64 timestamp = parameters.queryItemValue(QStringLiteral("timestamp")).toLongLong(&ok);
    if (!ok)
        return refuse(mandatory(QStringLiteral("timestamp")));
    const QString windowText = parameters.queryItemValue(QStringLiteral("recvWindow"));
    const qint64 window = windowText.isEmpty() ? 5000 : windowText.toLongLong();
    if (window <= 0 || window > 60000)
        return refuse(failed(-1131, QStringLiteral("recvWindow must be less than 60000")));
    const qint64 serverTime = now();
    if (timestamp >= serverTime + 1000)
        return refuse(
            failed(-1021, QStringLiteral("Timestamp for this request was 1000ms ahead of the server's time.")));
    if (serverTime - timestamp > window)
        return refuse(failed(-1021, QStringLiteral("Timestamp for this request is outside of the recvWindow.")));
    return std::nullopt;
}

Answer BinanceFake::serverError() const
{
    return failed(-1000, QStringLiteral("An unknown error occurred while processing the request."), 500);
}

Answer BinanceFake::rateLimited() const
{
    Answer a = failed(-1003,
        QStringLiteral("Too many requests; current limit of IP(127.0.0.1) is 6000 requests per minute. "
                       "Please use the websocket for live updates to avoid polling the API."),
        429);
    a.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    return a;
}

Answer BinanceFake::coinsCall(const QHttpServerRequest &)
{
    QJsonArray list;
    QStringList names = coins().keys();
    for (const QString &coin : m_balances.keys()) {
        if (!names.contains(coin))
            names << coin;
    }
    for (const QString &coin : names) {
        QJsonArray networks;
        const QList<Network> chains = coins().value(coin);
        for (const Network &n : chains) {
            networks.append(QJsonObject { { QStringLiteral("network"), n.network }, { QStringLiteral("coin"), coin },
                { QStringLiteral("withdrawIntegerMultiple"), QStringLiteral("0.00000001") },
                { QStringLiteral("isDefault"), &n == &chains.first() }, { QStringLiteral("depositEnable"), true },
                { QStringLiteral("withdrawEnable"), true }, { QStringLiteral("withdrawFee"), n.withdrawFee },
                { QStringLiteral("withdrawMin"), n.withdrawMin },
                { QStringLiteral("withdrawMax"), QStringLiteral("9999999999") },
                { QStringLiteral("addressRegex"), n.addressRegex }, { QStringLiteral("memoRegex"), n.memoRegex },
                { QStringLiteral("withdrawTag"), !n.memoRegex.isEmpty() } });
        }
        list.append(QJsonObject { { QStringLiteral("coin"), coin }, { QStringLiteral("name"), coin },
            { QStringLiteral("depositAllEnable"), true }, { QStringLiteral("withdrawAllEnable"), true },
            { QStringLiteral("free"), m_balances.value(coin).toString(8) },
            { QStringLiteral("locked"), QStringLiteral("0.00000000") },
            { QStringLiteral("freeze"), QStringLiteral("0.00000000") },
            { QStringLiteral("withdrawing"), QStringLiteral("0.00000000") }, { QStringLiteral("isLegalMoney"), false },
            { QStringLiteral("trading"), true }, { QStringLiteral("networkList"), networks } });
    }
    return json(200, list);
}

Answer BinanceFake::withdrawCall(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    const auto param = [&q](const QString &name) { return q.queryItemValue(name, QUrl::FullyDecoded); };
    for (const QString &name : { QStringLiteral("coin"), QStringLiteral("address"), QStringLiteral("amount") }) {
        if (param(name).isEmpty())
            return mandatory(name);
    }
    Withdrawal w;
    w.coin = param(QStringLiteral("coin"));
    w.withdrawOrderId = param(QStringLiteral("withdrawOrderId"));
    w.address = param(QStringLiteral("address"));
    w.addressTag = param(QStringLiteral("addressTag"));
    const QList<Network> chains = coins().value(w.coin);
    if (chains.isEmpty())
        return failed(-4018, QStringLiteral("This currency does not exist."));
    // No network: the coin's default one (config/getall's isDefault).
    w.network = param(QStringLiteral("network")).isEmpty() ? chains.first().network : param(QStringLiteral("network"));
    const auto chain
        = std::find_if(chains.begin(), chains.end(), [&w](const Network &n) { return n.network == w.network; });
    if (chain == chains.end())
        return failed(-4019, QStringLiteral("The current currency is not open for withdrawal on this network."));
    if (!QRegularExpression(chain->addressRegex).match(w.address).hasMatch())
        return failed(-4033, QStringLiteral("Illegal withdrawal address."));
    if (!w.addressTag.isEmpty()) {
        if (chain->memoRegex.isEmpty())
            return failed(-4106, QStringLiteral("Tag not supported for this network."));
        if (!QRegularExpression(chain->memoRegex).match(w.addressTag).hasMatch())
            return failed(-4033, QStringLiteral("Illegal withdrawal address tag."));
    }
    const auto amount = Money::parse(param(QStringLiteral("amount")));
    if (!amount || amount->sign() <= 0)
        return failed(-1100,
            QStringLiteral(
                "Illegal characters found in parameter 'amount'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."));
    w.amount = *amount;
    w.fee = *Money::parse(chain->withdrawFee);
    if (w.amount < *Money::parse(chain->withdrawMin))
        return failed(
            -4022, QStringLiteral("The withdrawal amount must be at least %1 %2.").arg(chain->withdrawMin, w.coin));
    if (w.amount > m_balances.value(w.coin))
        return failed(-4026, QStringLiteral("You have insufficient balance."));
    // Binance does not say what a reused withdrawOrderId does: the worst case is that it pays.
    if (!w.withdrawOrderId.isEmpty() && bookedReferences().contains(w.withdrawOrderId))
        ++m_duplicates;
    w.id = QUuid::createUuid().toString(QUuid::Id128);
    w.applyTimeMs = now();
    // The fee comes out of the amount (the recipient gets amount - fee): an assumption, README.md.
    m_balances[w.coin] -= w.amount;
    m_withdrawals.append(w);
    if (m_settleMs >= 0) {
        QTimer::singleShot(m_settleMs, this, [this, id = w.id, status = m_settleStatus] {
            if (Withdrawal *booked = find(id); booked && booked->status == 4)
                setStatus(id, status);
        });
    }
    return json(200, QJsonObject { { QStringLiteral("id"), w.id } });
}

bool BinanceFake::setStatus(const QString &id, int status)
{
    Withdrawal *w = find(id);
    if (!w)
        return false;
    if (failure(status) && !failure(w->status))
        m_balances[w->coin] += w->amount; // a withdrawal that did not go out gives the money back
    w->status = status;
    w->completeTimeMs = status == 6 ? now() : 0;
    return true;
}

BinanceFake::Withdrawal *BinanceFake::find(const QString &id)
{
    for (Withdrawal &w : m_withdrawals) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

QJsonObject BinanceFake::item(const Withdrawal &w) const
{
    const bool completed = w.status == 6;
    QJsonObject o { { QStringLiteral("id"), w.id }, { QStringLiteral("amount"), (w.amount - w.fee).toString() },
        { QStringLiteral("transactionFee"), w.fee.toString() }, { QStringLiteral("coin"), w.coin },
        { QStringLiteral("status"), w.status }, { QStringLiteral("address"), w.address },
        { QStringLiteral("txId"),
            completed ? QString::fromLatin1(QCryptographicHash::hash(w.id.toUtf8(), QCryptographicHash::Sha256).toHex())
                      : QString() },
        { QStringLiteral("applyTime"), utc(w.applyTimeMs) }, { QStringLiteral("network"), w.network },
        { QStringLiteral("transferType"), 0 },
        { QStringLiteral("info"),
            failure(w.status) ? QStringLiteral("The address is not valid. Please confirm with the recipient")
                              : QString() },
        { QStringLiteral("confirmNo"), completed ? 3 : 0 }, { QStringLiteral("walletType"), 0 },
        { QStringLiteral("txKey"), QString() } };
    if (!w.addressTag.isEmpty())
        o.insert(QStringLiteral("addressTag"), w.addressTag);
    if (!w.withdrawOrderId.isEmpty()) // "only if set"
        o.insert(QStringLiteral("withdrawOrderId"), w.withdrawOrderId);
    if (completed)
        o.insert(QStringLiteral("completeTime"), utc(w.completeTimeMs));
    return o;
}

Answer BinanceFake::historyCall(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    const auto param = [&q](const QString &name) { return q.queryItemValue(name, QUrl::FullyDecoded); };
    const QString withdrawOrderId = param(QStringLiteral("withdrawOrderId"));
    const QStringList ids = param(QStringLiteral("idList")).split(u',', Qt::SkipEmptyParts);
    if (ids.size() > 45)
        return failed(-1130, QStringLiteral("Invalid data sent for a parameter."));
    // With a withdrawOrderId the window is 7 days at most (and the last 7 days by default);
    // otherwise 90 days.
    const qint64 longest = (withdrawOrderId.isEmpty() ? 90 : 7) * dayMs;
    const QString start = param(QStringLiteral("startTime"));
    const QString end = param(QStringLiteral("endTime"));
    const qint64 endTime = end.isEmpty() ? (start.isEmpty() ? now() : start.toLongLong() + longest) : end.toLongLong();
    const qint64 startTime = start.isEmpty() ? endTime - longest : start.toLongLong();
    if (endTime - startTime > longest || endTime < startTime)
        return failed(-1127, QStringLiteral("Lookup interval is too big."));
    const QString status = param(QStringLiteral("status"));
    const QString coin = param(QStringLiteral("coin"));
    const int offset = qMax(0, param(QStringLiteral("offset")).toInt());
    const int limit
        = param(QStringLiteral("limit")).isEmpty() ? 1000 : qBound(1, param(QStringLiteral("limit")).toInt(), 1000);
    QJsonArray page;
    int skipped = 0;
    for (auto it = m_withdrawals.crbegin(); it != m_withdrawals.crend() && page.size() < limit; ++it) { // newest first
        if (it->applyTimeMs < startTime || it->applyTimeMs > endTime || (!ids.isEmpty() && !ids.contains(it->id))
            || (!withdrawOrderId.isEmpty() && it->withdrawOrderId != withdrawOrderId)
            || (!status.isEmpty() && it->status != status.toInt()) || (!coin.isEmpty() && it->coin != coin))
            continue;
        if (skipped++ < offset)
            continue;
        page.append(item(*it));
    }
    return json(200, page);
}

} // namespace pd::fakes
