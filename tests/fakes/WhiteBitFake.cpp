#include "WhiteBitFake.h"

#include "whitebit/WhiteBitSigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace pd::fakes {

namespace {

const QByteArray apiKey = QByteArrayLiteral("wb-public-key-fault-suite");
const QByteArray apiSecret = QByteArrayLiteral("wb-secret-fault-suite");
const QByteArray webhookKey = QByteArrayLiteral("wb-webhook-public-key");
const QByteArray webhookSecret = QByteArrayLiteral("wb-webhook-secret");

using Answer = FakeServer::Answer;

Answer failed(int status, int code, const QString &message, const QJsonObject &errors = {})
{
    QJsonObject body { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return FakeServer::json(status, body);
}

// 400 "Validation failed" with one field's message, as the OpenAPI examples show.
Answer invalid(const QString &field, const QString &message)
{
    return failed(400, 0, QStringLiteral("Validation failed"), { { field, QJsonArray { message } } });
}

// The networks WhiteBIT pays each ticker on, and what an address there looks like.
const QHash<QString, QStringList> networks = {
    { QStringLiteral("USDT"), { QStringLiteral("ERC20"), QStringLiteral("TRC20"), QStringLiteral("BEP20") } },
    { QStringLiteral("USDC"), { QStringLiteral("ERC20") } },
};
const QHash<QString, QString> addressPatterns = {
    { QStringLiteral("TRC20"), QStringLiteral("^T[1-9A-HJ-NP-Za-km-z]{33}$") },
    { QStringLiteral("TRX"), QStringLiteral("^T[1-9A-HJ-NP-Za-km-z]{33}$") },
    { QStringLiteral("ERC20"), QStringLiteral("^0x[0-9a-fA-F]{40}$") },
    { QStringLiteral("ETH"), QStringLiteral("^0x[0-9a-fA-F]{40}$") },
    { QStringLiteral("BEP20"), QStringLiteral("^0x[0-9a-fA-F]{40}$") },
};

bool luhn(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 1 && (d *= 2) > 9)
            d -= 9;
        sum += d;
    }
    return digits.size() >= 12 && sum % 10 == 0;
}

} // namespace

WhiteBitFake::WhiteBitFake(QObject *parent)
    : FakeServer(parent)
{
    using Method = QHttpServerRequest::Method;
    route(
        QStringLiteral("/api/v4/main-account/balance"), Method::Post, [this](const auto &r) { return balanceCall(r); });
    route(
        QStringLiteral("/api/v4/main-account/withdraw"), Method::Post,
        [this](const auto &r) { return withdrawCall(r); }, true);
    route(
        QStringLiteral("/api/v4/main-account/withdraw-pay"), Method::Post,
        [this](const auto &r) { return withdrawCall(r); }, true);
    route(
        QStringLiteral("/api/v4/main-account/history"), Method::Post, [this](const auto &r) { return historyCall(r); });
}

QHash<QString, QString> WhiteBitFake::config() const
{
    return { { QStringLiteral("apiUrl"), baseUrl().toString() },
        { QStringLiteral("apiKey"), QString::fromLatin1(apiKey) },
        { QStringLiteral("webhookKey"), QString::fromLatin1(webhookKey) } };
}

QHash<QString, QString> WhiteBitFake::secrets() const
{
    return { { QStringLiteral("apiSecret"), QString::fromLatin1(apiSecret) },
        { QStringLiteral("webhookSecret"), QString::fromLatin1(webhookSecret) } };
}

QHash<QString, QString> WhiteBitFake::recipient() const
{
    return { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
}

QString WhiteBitFake::bookOutside(
    const QString &reference, const Money &amount, const QString &address, const QDateTime &at)
{
    Withdrawal w;
    w.uniqueId = reference.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : reference;
    w.ticker = QStringLiteral("USDT");
    w.network = QStringLiteral("TRC20");
    w.address = address;
    w.amount = amount;
    w.status = 3;
    w.createdAt = at.isValid() ? at.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    m_withdrawals.append(w);
    return w.uniqueId;
}

bool WhiteBitFake::loseBooking(const QString &reference)
{
    return m_withdrawals.removeIf([&](const Withdrawal &w) { return w.uniqueId == reference; }) > 0;
}

QStringList WhiteBitFake::bookedReferences() const
{
    QStringList list;
    for (const Withdrawal &w : m_withdrawals)
        list << w.uniqueId;
    return list;
}

std::optional<Answer> WhiteBitFake::authenticate(const QHttpServerRequest &request)
{
    // authentication.mdx: the errors come back as 401 with a message, before anything is done.
    const auto refuse = [this](const QString &message) {
        ++m_refusedSignatures;
        return std::optional<Answer>(failed(401, 0, message));
    };
    const QByteArray body = request.body();
    const QByteArray payload = request.value(QByteArrayLiteral("X-TXC-PAYLOAD"));
    if (payload.isEmpty())
        return refuse(QStringLiteral("Payload not provided."));
    if (request.value(QByteArrayLiteral("X-TXC-APIKEY")) != apiKey)
        return refuse(QStringLiteral("This action is unauthorized. Enable your key in API settings"));
    if (payload != body.toBase64())
        return refuse(QStringLiteral("Invalid payload"));
    if (!WhiteBitSigner::verify(body, payload, request.value(QByteArrayLiteral("X-TXC-SIGNATURE")), apiSecret))
        return refuse(QStringLiteral("Unauthorized request."));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QStringLiteral("request")).toString() != request.url().path())
        return refuse(QStringLiteral("Invalid payload"));
    if (!o.contains(QStringLiteral("nonce")))
        return refuse(QStringLiteral("Nonce not provided."));
    const qint64 nonce = o.value(QStringLiteral("nonce")).toVariant().toLongLong();
    if (o.value(QStringLiteral("nonceWindow")).toBool()) {
        if (qAbs(QDateTime::currentMSecsSinceEpoch() - nonce) > 5000)
            return refuse(QStringLiteral("Your nonce is more than 5 seconds lesser than the current nonce"));
        if (m_windowNonces.contains(nonce))
            return refuse(QStringLiteral("Too many requests."));
        m_windowNonces.insert(nonce);
    } else {
        if (nonce <= m_lastNonce)
            return refuse(QStringLiteral("Too many requests."));
    }
    m_lastNonce = std::max(m_lastNonce, nonce);
    return std::nullopt;
}

Answer WhiteBitFake::serverError() const
{
    return failed(500, 0, QStringLiteral("Internal Server Error"));
}

Answer WhiteBitFake::rateLimited() const
{
    Answer a = failed(429, 0, QStringLiteral("Too Many Attempts."));
    a.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    return a;
}

Answer WhiteBitFake::balanceCall(const QHttpServerRequest &)
{
    QJsonObject all;
    for (auto it = m_balances.begin(); it != m_balances.end(); ++it)
        all.insert(it.key(), QJsonObject { { QStringLiteral("main_balance"), it.value().toString() } });
    return json(200, all);
}

Answer WhiteBitFake::withdrawCall(const QHttpServerRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    for (const QString &field :
        { QStringLiteral("ticker"), QStringLiteral("amount"), QStringLiteral("address"), QStringLiteral("uniqueId") }) {
        if (o.value(field).toString().isEmpty())
            return invalid(field, QStringLiteral("The %1 field is required.").arg(field));
    }
    Withdrawal w;
    w.uniqueId = o.value(QStringLiteral("uniqueId")).toString();
    w.ticker = o.value(QStringLiteral("ticker")).toString();
    w.network = o.value(QStringLiteral("network")).toString();
    w.provider = o.value(QStringLiteral("provider")).toString();
    w.address = o.value(QStringLiteral("address")).toString();
    w.memo = o.value(QStringLiteral("memo")).toString();
    w.beneficiary = o.value(QStringLiteral("beneficiary")).toObject();
    if (w.uniqueId.size() > 255)
        return invalid(
            QStringLiteral("uniqueId"), QStringLiteral("The unique id may not be greater than 255 characters."));
    if (find(w.uniqueId)) {
        ++m_duplicates;
        return invalid(QStringLiteral("uniqueId"), QStringLiteral("The unique id has already been taken."));
    }
    if (!m_balances.contains(w.ticker))
        return invalid(QStringLiteral("ticker"), QStringLiteral("Currency is not supported."));
    const auto amount = Money::parse(o.value(QStringLiteral("amount")).toString());
    if (!amount || amount->isNegative() || amount->isZero())
        return invalid(QStringLiteral("amount"), QStringLiteral("The amount must be a number."));
    w.amount = *amount;
    const bool fiat
        = w.ticker == QLatin1String("UAH") || w.ticker == QLatin1String("EUR") || w.ticker == QLatin1String("USD");
    if (fiat) {
        if (w.provider.isEmpty())
            return invalid(QStringLiteral("provider"), QStringLiteral("The provider field is required."));
        if (w.provider != QLatin1String("VISAMASTER"))
            return invalid(QStringLiteral("provider"), QStringLiteral("The selected provider is invalid."));
        if (!luhn(w.address))
            return failed(422, 2, QStringLiteral("Inner validation failed"),
                { { QStringLiteral("address"), QJsonArray { QStringLiteral("Invalid card number") } } });
        if (w.beneficiary.value(QStringLiteral("firstName")).toString().isEmpty()
            || w.beneficiary.value(QStringLiteral("lastName")).toString().isEmpty())
            return invalid(
                QStringLiteral("beneficiary"), QStringLiteral("The beneficiary first and last name are required."));
    } else {
        const QStringList chains = networks.value(w.ticker);
        if (!chains.isEmpty() && !w.network.isEmpty() && !chains.contains(w.network))
            return invalid(QStringLiteral("network"), QStringLiteral("The selected network is invalid."));
        const QString chain = w.network.isEmpty() ? (chains.isEmpty() ? w.ticker : chains.first()) : w.network;
        const QString pattern = addressPatterns.value(chain);
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(w.address).hasMatch())
            return failed(422, 2, QStringLiteral("Inner validation failed"),
                { { QStringLiteral("address"), QJsonArray { QStringLiteral("Address is invalid") } } });
    }
    if (w.amount < *Money::parse(fiat ? u"10" : u"1"))
        return failed(422, 3, QStringLiteral("Inner validation failed"),
            { { QStringLiteral("amount"), QJsonArray { QStringLiteral("Amount is too small") } } });
    if (w.amount > m_balances.value(w.ticker))
        return failed(422, 5, QStringLiteral("Inner validation failed"),
            { { QStringLiteral("amount"),
                QJsonArray { QStringLiteral("Not enough money, %1 balance = %2")
                                 .arg(w.ticker, m_balances.value(w.ticker).toString()) } } });
    m_balances[w.ticker] -= w.amount;
    w.createdAt = QDateTime::currentSecsSinceEpoch();
    m_withdrawals.append(w);
    if (m_settleMs >= 0) {
        QTimer::singleShot(m_settleMs, this, [this, id = w.uniqueId, status = m_settleStatus] {
            if (Withdrawal *booked = find(id); booked && booked->status == 1)
                setStatus(id, status);
        });
    }
    return json(201, QJsonArray()); // "Validation succeeded and withdraw creation process is started"
}

bool WhiteBitFake::setStatus(const QString &uniqueId, int status)
{
    Withdrawal *w = find(uniqueId);
    if (!w)
        return false;
    if ((status == 4 || status == 9) && w->status != 4 && w->status != 9)
        m_balances[w->ticker] += w->amount; // a canceled withdrawal gives the money back
    w->status = status;
    return true;
}

WhiteBitFake::Withdrawal *WhiteBitFake::find(const QString &uniqueId)
{
    for (Withdrawal &w : m_withdrawals) {
        if (w.uniqueId == uniqueId)
            return &w;
    }
    return nullptr;
}

QJsonObject WhiteBitFake::record(const Withdrawal &w) const
{
    const bool paid = w.status == 3 || w.status == 7;
    return { { QStringLiteral("address"), w.address }, { QStringLiteral("unique_id"), w.uniqueId },
        { QStringLiteral("createdAt"), w.createdAt }, { QStringLiteral("currency"), w.ticker },
        { QStringLiteral("ticker"), w.ticker }, { QStringLiteral("method"), 2 },
        { QStringLiteral("amount"), w.amount.toString() }, { QStringLiteral("description"), QString() },
        { QStringLiteral("memo"), w.memo }, { QStringLiteral("fee"), QStringLiteral("0") },
        { QStringLiteral("status"), w.status },
        { QStringLiteral("network"), w.network.isEmpty() ? QJsonValue() : QJsonValue(w.network) },
        { QStringLiteral("transactionHash"),
            paid ? QJsonValue(
                QString::fromLatin1(QCryptographicHash::hash(w.uniqueId.toUtf8(), QCryptographicHash::Sha256).toHex()))
                 : QJsonValue() },
        { QStringLiteral("transaction_id"), QUuid::createUuidV5(QUuid(), w.uniqueId).toString(QUuid::WithoutBraces) },
        { QStringLiteral("details"),
            QJsonObject { { QStringLiteral("partial"),
                QJsonObject { { QStringLiteral("requestAmount"), w.amount.toString() },
                    { QStringLiteral("processedAmount"),
                        w.status == 18 ? (w.amount - *Money::parse(u"1")).toString() : w.amount.toString() },
                    { QStringLiteral("processedFee"), QStringLiteral("0") } } } } },
        { QStringLiteral("confirmations"), QJsonValue() } };
}

Answer WhiteBitFake::historyCall(const QHttpServerRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    const int method = o.value(QStringLiteral("transactionMethod")).toInt();
    if (method != 1 && method != 2)
        return invalid(
            QStringLiteral("transactionMethod"), QStringLiteral("The selected transaction method is invalid."));
    const int limit = o.value(QStringLiteral("limit")).toInt(50);
    const int offset = o.value(QStringLiteral("offset")).toInt(0);
    if (limit < 1 || limit > 500 || offset < 0 || offset > 10000)
        return invalid(QStringLiteral("limit"), QStringLiteral("The limit must be between 1 and 500."));
    const QString uniqueId = o.value(QStringLiteral("unique_id")).toString();
    QJsonArray matching;
    if (method == 2) {
        QList<const Withdrawal *> newestFirst;
        for (auto it = m_withdrawals.crbegin(); it != m_withdrawals.crend(); ++it)
            newestFirst << &*it;
        std::stable_sort(newestFirst.begin(), newestFirst.end(),
            [](const Withdrawal *a, const Withdrawal *b) { return a->createdAt > b->createdAt; });
        for (const Withdrawal *w : std::as_const(newestFirst)) {
            if (uniqueId.isEmpty() || w->uniqueId == uniqueId)
                matching.append(record(*w));
        }
    }
    QJsonArray page;
    for (int i = offset; i < matching.size() && page.size() < limit; ++i)
        page.append(matching.at(i));
    return json(200,
        QJsonObject { { QStringLiteral("limit"), limit }, { QStringLiteral("offset"), offset },
            { QStringLiteral("records"), page }, { QStringLiteral("total"), matching.size() } });
}

std::pair<QByteArray, QHash<QByteArray, QByteArray>> WhiteBitFake::webhook(
    const QString &uniqueId, const QString &method)
{
    const Withdrawal *w = find(uniqueId);
    QJsonObject params = w ? record(*w) : QJsonObject();
    params.remove(QStringLiteral("unique_id"));
    params.insert(QStringLiteral("uniqueId"), uniqueId);
    params.insert(QStringLiteral("nonce"), ++m_webhookNonce + QDateTime::currentMSecsSinceEpoch());
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("method"), method }, { QStringLiteral("params"), params },
                            { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) } })
              .toJson(QJsonDocument::Compact);
    const WhiteBitSigner::Headers signature = WhiteBitSigner::sign(body, webhookSecret);
    return { body,
        { { QByteArrayLiteral("x-txc-apikey"), webhookKey }, { QByteArrayLiteral("x-txc-payload"), signature.payload },
            { QByteArrayLiteral("x-txc-signature"), signature.signature } } };
}

} // namespace pd::fakes
