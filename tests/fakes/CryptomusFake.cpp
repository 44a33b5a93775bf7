#include "CryptomusFake.h"

#include "contract/ConstantTime.h"
#include "cryptomus/CryptomusSigner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <limits>

namespace pd::fakes {

namespace {

const QByteArray merchantId = QByteArrayLiteral("8b03432e-385b-4670-8d06-064591096795");
const QByteArray payoutKey = QByteArrayLiteral("cryptomus-payout-key-fault-suite");

using Answer = FakeServer::Answer;

Answer refused(int status, const QString &message)
{
    return FakeServer::json(
        status, QJsonObject { { QStringLiteral("state"), 1 }, { QStringLiteral("message"), message } });
}

// Laravel's validation answer, as payout/info's example shows it (HTTP 422).
Answer invalid(const QString &field, const QString &message)
{
    return FakeServer::json(422,
        QJsonObject { { QStringLiteral("state"), 1 },
            { QStringLiteral("errors"), QJsonObject { { field, QJsonArray { message } } } } });
}

// The networks Cryptomus pays each currency on, and what an address there looks like.
const QHash<QString, QStringList> networks = {
    { QStringLiteral("USDT"), { QStringLiteral("TRON"), QStringLiteral("ETH"), QStringLiteral("BSC") } },
    { QStringLiteral("USDC"), { QStringLiteral("ETH") } },
    { QStringLiteral("BTC"), { QStringLiteral("BTC") } },
    { QStringLiteral("ETH"), { QStringLiteral("ETH") } },
    { QStringLiteral("LTC"), { QStringLiteral("LTC") } },
    { QStringLiteral("TRX"), { QStringLiteral("TRON") } },
    { QStringLiteral("DOGE"), { QStringLiteral("DOGE") } },
    { QStringLiteral("SOL"), { QStringLiteral("SOL") } },
    { QStringLiteral("TON"), { QStringLiteral("TON") } },
};
const QHash<QString, QString> addressPatterns = {
    { QStringLiteral("TRON"), QStringLiteral("^T[1-9A-HJ-NP-Za-km-z]{33}$") },
    { QStringLiteral("ETH"), QStringLiteral("^0x[0-9a-fA-F]{40}$") },
    { QStringLiteral("BSC"), QStringLiteral("^0x[0-9a-fA-F]{40}$") },
    { QStringLiteral("BTC"), QStringLiteral("^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$") },
    { QStringLiteral("LTC"), QStringLiteral("^(ltc1[02-9ac-hj-np-z]{11,71}|[LM3][1-9A-HJ-NP-Za-km-z]{26,33})$") },
    { QStringLiteral("DOGE"), QStringLiteral("^D[1-9A-HJ-NP-Za-km-z]{33}$") },
    { QStringLiteral("SOL"), QStringLiteral("^[1-9A-HJ-NP-Za-km-z]{32,44}$") },
    { QStringLiteral("TON"), QStringLiteral("^([A-Za-z0-9_-]{48}|-?[0-9]:[0-9a-fA-F]{64})$") },
};
// The fee on top of a payout, by currency and network; none for the rest.
const QHash<QString, QString> commissions = {
    { QStringLiteral("USDT/TRON"), QStringLiteral("1") },
    { QStringLiteral("USDT/ETH"), QStringLiteral("3") },
    { QStringLiteral("USDT/BSC"), QStringLiteral("0.3") },
};
const QHash<QString, QString> minimums = {
    { QStringLiteral("USDT"), QStringLiteral("1") },
    { QStringLiteral("USDC"), QStringLiteral("1") },
    { QStringLiteral("TRX"), QStringLiteral("10") },
    { QStringLiteral("BTC"), QStringLiteral("0.0001") },
};

} // namespace

CryptomusFake::CryptomusFake(QObject *parent)
    : FakeServer(parent)
{
    using Method = QHttpServerRequest::Method;
    route(QStringLiteral("/v1/balance"), Method::Post, [this](const auto &r) { return balanceCall(r); });
    route(
        QStringLiteral("/v1/payout"), Method::Post, [this](const auto &r) { return payoutCall(r); }, true);
    route(QStringLiteral("/v1/payout/info"), Method::Post, [this](const auto &r) { return infoCall(r); });
    route(QStringLiteral("/v1/payout/list"), Method::Post, [this](const auto &r) { return listCall(r); });
}

QHash<QString, QString> CryptomusFake::config() const
{
    return { { QStringLiteral("apiUrl"), baseUrl().toString() },
        { QStringLiteral("merchantId"), QString::fromLatin1(merchantId) } };
}

QHash<QString, QString> CryptomusFake::secrets() const
{
    return { { QStringLiteral("payoutApiKey"), QString::fromLatin1(payoutKey) } };
}

QHash<QString, QString> CryptomusFake::recipient() const
{
    return { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
}

QString CryptomusFake::bookOutside(
    const QString &reference, const Money &amount, const QString &address, const QDateTime &at)
{
    Payout p;
    p.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.orderId = reference;
    p.amount = p.merchantAmount = amount;
    p.currency = QStringLiteral("USDT");
    p.network = QStringLiteral("tron");
    p.address = address;
    p.status = QStringLiteral("paid");
    p.isFinal = true;
    p.createdAtMs = at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    m_payouts.append(p);
    return p.uuid;
}

bool CryptomusFake::loseBooking(const QString &reference)
{
    return m_payouts.removeIf([&](const Payout &p) { return p.orderId == reference; }) > 0;
}

QStringList CryptomusFake::bookedReferences() const
{
    QStringList list;
    for (const Payout &p : m_payouts)
        list << p.orderId;
    return list;
}

std::optional<Answer> CryptomusFake::authenticate(const QHttpServerRequest &request)
{
    // Before anything is done. The real texts are not documented (README.md: unverified).
    if (request.value(QByteArrayLiteral("merchant")) != merchantId) {
        ++m_refusedSignatures;
        return refused(401, QStringLiteral("Merchant not found"));
    }
    if (!ConstantTime::equal(
            CryptomusSigner::sign(request.body(), payoutKey), request.value(QByteArrayLiteral("sign")))) {
        ++m_refusedSignatures;
        return refused(401, QStringLiteral("Invalid Sign"));
    }
    return std::nullopt;
}

Answer CryptomusFake::serverError() const
{
    return refused(500, QStringLiteral("Server error"));
}

Answer CryptomusFake::rateLimited() const
{
    Answer a = refused(429, QStringLiteral("Too Many Attempts."));
    a.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
    return a;
}

Answer CryptomusFake::balanceCall(const QHttpServerRequest &)
{
    QJsonArray merchant;
    for (auto it = m_balances.begin(); it != m_balances.end(); ++it)
        merchant.append(QJsonObject {
            { QStringLiteral("uuid"), QUuid::createUuidV5(QUuid(), it.key()).toString(QUuid::WithoutBraces) },
            { QStringLiteral("balance"), it.value().toString() }, { QStringLiteral("currency_code"), it.key() } });
    const QJsonObject balance { { QStringLiteral("merchant"), merchant }, { QStringLiteral("user"), QJsonArray() } };
    return json(200,
        QJsonObject { { QStringLiteral("state"), 0 },
            { QStringLiteral("result"), QJsonArray { QJsonObject { { QStringLiteral("balance"), balance } } } } });
}

Answer CryptomusFake::payoutCall(const QHttpServerRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    for (const QString &field : { QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("order_id"),
             QStringLiteral("address"), QStringLiteral("is_subtract"), QStringLiteral("network") }) {
        if (!o.contains(field) || o.value(field).toVariant().toString().isEmpty())
            return invalid(field, QStringLiteral("validation.required"));
    }
    Payout p;
    p.orderId = o.value(QStringLiteral("order_id")).toString();
    static const QRegularExpression alphaDash(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!alphaDash.match(p.orderId).hasMatch())
        return invalid(QStringLiteral("order_id"), QStringLiteral("validation.alpha_dash"));
    // Documented: "if an existing payout is found with the order_id, its details are returned;
    // a new payout is not created". Before any other check, so a retry is always answered so.
    if (const Payout *existing = find(p.orderId)) {
        ++m_duplicates;
        return json(
            200, QJsonObject { { QStringLiteral("state"), 0 }, { QStringLiteral("result"), result(*existing) } });
    }
    p.currency = o.value(QStringLiteral("currency")).toString().toUpper();
    p.network = o.value(QStringLiteral("network")).toString().toUpper();
    p.address = o.value(QStringLiteral("address")).toString();
    p.memo = o.value(QStringLiteral("memo")).toString();
    p.callbackUrl = o.value(QStringLiteral("url_callback")).toString();
    if (!networks.contains(p.currency))
        return invalid(QStringLiteral("currency"), QStringLiteral("validation.in"));
    if (!networks.value(p.currency).contains(p.network))
        return invalid(QStringLiteral("network"), QStringLiteral("validation.in"));
    if (!QRegularExpression(addressPatterns.value(p.network)).match(p.address).hasMatch())
        return invalid(QStringLiteral("address"), QStringLiteral("Invalid address"));
    const auto amount = Money::parse(o.value(QStringLiteral("amount")).toString());
    if (!amount || amount->isNegative() || amount->isZero())
        return invalid(QStringLiteral("amount"), QStringLiteral("validation.numeric"));
    const Money minimum = *Money::parse(minimums.value(p.currency, QStringLiteral("0.00000001")));
    if (*amount < minimum)
        return invalid(
            QStringLiteral("amount"), QStringLiteral("Minimum amount %1 %2").arg(minimum.toString(), p.currency));
    p.commission = *Money::parse(commissions.value(p.currency + u'/' + p.network, QStringLiteral("0")));
    const QString subtract = o.value(QStringLiteral("is_subtract")).toVariant().toString();
    // is_subtract true: the fee comes from the balance, the recipient gets the whole amount.
    const bool feeFromBalance = subtract == QLatin1String("1") || subtract == QLatin1String("true");
    p.amount = feeFromBalance ? *amount : *amount - p.commission;
    p.merchantAmount = feeFromBalance ? *amount + p.commission : *amount;
    if (p.merchantAmount > m_balances.value(p.currency))
        return refused(422, QStringLiteral("Not enough funds"));
    m_balances[p.currency] -= p.merchantAmount;
    p.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_payouts.append(p);
    if (m_settleMs >= 0) {
        QTimer::singleShot(m_settleMs, this, [this, id = p.uuid] {
            if (const Payout *booked = find(id); booked && booked->status == QLatin1String("process"))
                setStatus(id, QStringLiteral("paid"), true);
        });
    }
    return json(200, QJsonObject { { QStringLiteral("state"), 0 }, { QStringLiteral("result"), result(p) } });
}

// The payout history (doc.cryptomus.com, /payouts/payout-history): filtered by creation date
// (date_from, date_to, "YYYY-MM-DD H:mm:ss" in UTC+3, both optional), newest first, a page of
// perPage items; the next page by ?cursor=<nextCursor>. The items carry no order_id.
Answer CryptomusFake::listCall(const QHttpServerRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    const QTimeZone moscow(3 * 3600);
    const auto bound = [&](const QString &name, qint64 fallback) -> std::optional<qint64> {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return fallback;
        QDateTime at = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!at.isValid())
            return std::nullopt;
        at.setTimeZone(moscow);
        return at.toMSecsSinceEpoch();
    };
    const auto from = bound(QStringLiteral("date_from"), 0);
    const auto to = bound(QStringLiteral("date_to"), std::numeric_limits<qint64>::max());
    if (!from)
        return invalid(QStringLiteral("date_from"), QStringLiteral("validation.date_format"));
    if (!to)
        return invalid(QStringLiteral("date_to"), QStringLiteral("validation.date_format"));
    // A second is the dates' finest grain: date_to takes in the whole of its second.
    const qint64 toEnd = *to == std::numeric_limits<qint64>::max() ? *to : *to + 999;
    QList<const Payout *> matching;
    for (auto it = m_payouts.crbegin(); it != m_payouts.crend(); ++it) {
        if (it->createdAtMs >= *from && it->createdAtMs <= toEnd)
            matching << &*it;
    }
    // The cursor is opaque to the client; here it is base64 of the offset.
    const qsizetype offset
        = QByteArray::fromBase64(request.query().queryItemValue(QStringLiteral("cursor")).toLatin1()).toLongLong();
    QJsonArray items;
    for (qsizetype i = offset; i < matching.size() && items.size() < m_perPage; ++i) {
        QJsonObject item = result(*matching.at(i));
        item.remove(QStringLiteral("payer_currency"));
        item.remove(QStringLiteral("payer_amount"));
        const QString created = QDateTime::fromMSecsSinceEpoch(matching.at(i)->createdAtMs, moscow)
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        item.insert(QStringLiteral("created_at"), created);
        item.insert(QStringLiteral("updated_at"), created);
        items.append(item);
    }
    const bool more = offset + items.size() < matching.size();
    const auto cursor = [](qsizetype at) { return QString::fromLatin1(QByteArray::number(at).toBase64()); };
    const QJsonObject paginate { { QStringLiteral("count"), items.size() },
        { QStringLiteral("hasPages"), more || offset > 0 },
        { QStringLiteral("nextCursor"), more ? QJsonValue(cursor(offset + m_perPage)) : QJsonValue() },
        { QStringLiteral("previousCursor"),
            offset > 0 ? QJsonValue(cursor(qMax<qsizetype>(0, offset - m_perPage))) : QJsonValue() },
        { QStringLiteral("perPage"), m_perPage } };
    return json(200,
        QJsonObject { { QStringLiteral("state"), 0 },
            { QStringLiteral("result"),
                QJsonObject { { QStringLiteral("merchant_uuid"), QString::fromLatin1(merchantId) },
                    { QStringLiteral("items"), items }, { QStringLiteral("paginate"), paginate } } } });
}

Answer CryptomusFake::infoCall(const QHttpServerRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
    // "If both are sent, order_id wins."
    const QString orderId = o.value(QStringLiteral("order_id")).toString();
    const QString uuid = o.value(QStringLiteral("uuid")).toString();
    if (orderId.isEmpty() && uuid.isEmpty())
        return invalid(QStringLiteral("uuid"), QStringLiteral("validation.required_without"));
    const Payout *p = nullptr;
    for (const Payout &each : m_payouts) {
        if (orderId.isEmpty() ? each.uuid == uuid : each.orderId == orderId)
            p = &each;
    }
    if (!p)
        return refused(404, QStringLiteral("Payout not found")); // assumed (README.md)
    return json(200, QJsonObject { { QStringLiteral("state"), 0 }, { QStringLiteral("result"), result(*p) } });
}

QJsonObject CryptomusFake::result(const Payout &p) const
{
    return { { QStringLiteral("uuid"), p.uuid }, { QStringLiteral("amount"), p.amount.toString() },
        { QStringLiteral("currency"), p.currency }, { QStringLiteral("network"), p.network },
        { QStringLiteral("address"), p.address },
        { QStringLiteral("txid"), p.txid.isEmpty() ? QJsonValue() : QJsonValue(p.txid) },
        { QStringLiteral("status"), p.status }, { QStringLiteral("is_final"), p.isFinal },
        { QStringLiteral("balance"), m_balances.value(p.currency).toString() },
        { QStringLiteral("payer_currency"), p.currency },
        { QStringLiteral("payer_amount"), p.merchantAmount.toString() } };
}

bool CryptomusFake::setStatus(const QString &id, const QString &status, bool isFinal, const QString &txid)
{
    Payout *p = find(id);
    if (!p)
        return false;
    const auto givenBack = [](const Payout &q) { return q.isFinal && q.status != QLatin1String("paid"); };
    const bool wasGivenBack = givenBack(*p);
    p->status = status;
    p->isFinal = isFinal;
    if (!txid.isEmpty())
        p->txid = txid;
    else if (status == QLatin1String("paid") && p->txid.isEmpty())
        p->txid = QString::fromLatin1(QCryptographicHash::hash(p->uuid.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (givenBack(*p) && !wasGivenBack)
        m_balances[p->currency] += p->merchantAmount; // a final failure gives the money back
    else if (wasGivenBack && !givenBack(*p))
        m_balances[p->currency] -= p->merchantAmount;
    return true;
}

const CryptomusFake::Payout *CryptomusFake::find(const QString &id) const
{
    for (const Payout &p : m_payouts) {
        if (p.orderId == id || p.uuid == id)
            return &p;
    }
    return nullptr;
}

CryptomusFake::Payout *CryptomusFake::find(const QString &id)
{
    return const_cast<Payout *>(std::as_const(*this).find(id));
}

PhpJsonEncoding::Members CryptomusFake::webhookData(const QString &id) const
{
    const Payout *p = find(id);
    if (!p)
        return {};
    PhpJsonEncoding::Members data { { QStringLiteral("type"), QStringLiteral("payout") },
        { QStringLiteral("uuid"), p->uuid }, { QStringLiteral("order_id"), p->orderId },
        { QStringLiteral("amount"), p->amount.toString() },
        { QStringLiteral("merchant_amount"), p->merchantAmount.toString() },
        { QStringLiteral("commission"), p->commission.toString() }, { QStringLiteral("is_final"), p->isFinal },
        { QStringLiteral("status"), p->status } };
    if (!p->txid.isEmpty()) // absent when failed (webhook page)
        data.append({ QStringLiteral("txid"), p->txid });
    data.append({ QStringLiteral("currency"), p->currency });
    data.append({ QStringLiteral("network"), p->network });
    return data;
}

QByteArray CryptomusFake::webhookSignedOver(const QString &id, const QByteArray &text) const
{
    return PhpJsonEncoding::encode(webhookData(id)).chopped(1) + ",\"sign\":\"" + CryptomusSigner::sign(text, payoutKey)
        + "\"}";
}

QByteArray CryptomusFake::webhook(const QString &id) const
{
    return webhookSignedOver(id, PhpJsonEncoding::encode(webhookData(id)));
}

} // namespace pd::fakes
