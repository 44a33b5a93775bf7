#include "WhiteBitProvider.h"

#include "WhiteBitSigner.h"
#include "contract/ClientReference.h"
#include "contract/ConstantTime.h"
#include "contract/ProviderProblem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QTimeZone>

namespace pd {

namespace {

const QString balancePath = QStringLiteral("/api/v4/main-account/balance");
// withdraw-pay: the amount is what the recipient gets, WhiteBIT's fee comes on top, so the
// client receives exactly the order's amount.
const QString withdrawPath = QStringLiteral("/api/v4/main-account/withdraw-pay");
const QString historyPath = QStringLiteral("/api/v4/main-account/history");

QString digits(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[^0-9]")));
}

} // namespace

WhiteBitProvider::WhiteBitProvider(QNetworkAccessManager *network, QObject *parent)
    : Provider(builtInManifest(), network, parent)
    , m_nonce(std::make_unique<NonceCounter>())
{
    // {"code": 5, "message": "Inner validation failed", "errors": {"amount": ["Not enough money…"]}}
    api()->setErrorReader([](const QJsonDocument &body) -> std::optional<std::pair<QString, QString>> {
        const QJsonObject o = body.object();
        if (!o.contains(QStringLiteral("message")) && !o.contains(QStringLiteral("errors")))
            return std::nullopt;
        QStringList details;
        const QJsonObject errors = o.value(QStringLiteral("errors")).toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            for (const QJsonValue &line : it.value().toArray())
                details << line.toString();
        }
        QString message = o.value(QStringLiteral("message")).toString();
        if (!details.isEmpty())
            message += QStringLiteral(": ") + details.join(u' ');
        // The field of the first error tells a duplicate uniqueId from other code-0 refusals.
        const QString field = errors.isEmpty() ? QString() : errors.begin().key();
        return std::pair { QString::number(o.value(QStringLiteral("code")).toInt())
                + (field.isEmpty() ? QString() : u'/' + field),
            message };
    });
}

Manifest WhiteBitProvider::builtInManifest()
{
    return Manifest::builtIn(QStringLiteral("whitebit"));
}

void WhiteBitProvider::applyConfig()
{
    api()->setBaseUrl(QUrl(value(QStringLiteral("apiUrl"))));
    const QByteArray key = value(QStringLiteral("apiKey")).toUtf8();
    const QByteArray secret = value(QStringLiteral("apiSecret")).toUtf8();
    // One counter per key, kept in the workspace's folder so that a restart never goes back.
    const QString dir = config().stateDir;
    const QString name = QStringLiteral("whitebit-nonce-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    m_nonce = std::make_unique<NonceCounter>(dir.isEmpty() ? QString() : QDir(dir).filePath(name));
    api()->setSigner([key, secret](QNetworkRequest &request, const ApiClient::Outgoing &o) {
        const WhiteBitSigner::Headers headers = WhiteBitSigner::sign(o.body, secret);
        request.setRawHeader("X-TXC-APIKEY", key);
        request.setRawHeader("X-TXC-PAYLOAD", headers.payload);
        request.setRawHeader("X-TXC-SIGNATURE", headers.signature);
    });
}

QJsonObject WhiteBitProvider::signedBody(const QString &path, QJsonObject fields)
{
    fields.insert(QStringLiteral("request"), path);
    fields.insert(QStringLiteral("nonce"), m_nonce->next());
    // Calls of one key leave from several places at once (the poller, a batch, another desk's
    // process): with the window WhiteBIT takes each increasing nonce within 5 s of its clock
    // even when two requests overtake each other on the way.
    fields.insert(QStringLiteral("nonceWindow"), true);
    return fields;
}

ProviderError WhiteBitProvider::explained(const ProviderError &raw) const
{
    using Kind = ProviderProblem::Kind;
    const QString title = manifest().title;
    const QString text = raw.message.toLower();
    if (raw.httpStatus == 429 || text.contains(QLatin1String("too many attempts")))
        return ProviderProblem::describe(Kind::RateLimited, raw, title);
    if (raw.kind != ProviderError::Kind::Provider && raw.kind != ProviderError::Kind::Http)
        return raw;
    if (text.contains(QLatin1String("nonce")) || text.contains(QLatin1String("too many requests")))
        return ProviderProblem::describe(Kind::BadNonce, raw, title);
    if (text.contains(QLatin1String("unauthorized request")) || text.contains(QLatin1String("invalid payload"))
        || text.contains(QLatin1String("payload not provided")))
        return ProviderProblem::describe(Kind::BadSignature, raw, title);
    if (raw.httpStatus == 412 || text.contains(QLatin1String("kyc")) || text.contains(QLatin1String("verification"))
        || text.contains(QLatin1String("enable your key")) || text.contains(QLatin1String("permission")))
        return ProviderProblem::describe(Kind::VerificationRequired, raw, title);
    if (raw.httpStatus == 422) {
        // Inner validation codes (create-withdraw-request.mdx).
        switch (raw.code.section(u'/', 0, 0).toInt()) {
        case 1:
            return ProviderProblem::describe(Kind::Unavailable, raw, title);
        case 2:
        case 9:
            return ProviderProblem::describe(Kind::InvalidAddress, raw, title);
        case 3:
        case 4:
        case 6:
        case 8:
            return ProviderProblem::describe(Kind::BelowMinimum, raw, title);
        case 5:
            return ProviderProblem::describe(Kind::InsufficientBalance, raw, title);
        default:
            if (text.contains(QLatin1String("limit")))
                return ProviderProblem::describe(Kind::AboveLimit, raw, title);
        }
    }
    return raw;
}

ProviderReply *WhiteBitProvider::call(
    const QString &path, const QJsonObject &fields, std::function<void(ProviderReply *, const QJsonDocument &)> read)
{
    auto *reply = new ProviderReply(this);
    ApiReply *api = this->api()->query(QStringLiteral("POST:") + path, signedBody(path, fields));
    connect(api, &ApiReply::finished, reply, [this, reply, api, read] {
        api->deleteLater();
        if (api->error().isError())
            return reply->finish(explained(api->error()));
        read(reply, api->json());
    });
    return reply;
}

ProviderReply *WhiteBitProvider::balance()
{
    return call(balancePath, {}, [](ProviderReply *reply, const QJsonDocument &json) {
        // {"BTC": {"main_balance": "0.0012"}, "UAH": {"main_balance": "1250.50"}, …}
        Balances balances;
        const QJsonObject list = json.object();
        for (auto it = list.begin(); it != list.end(); ++it) {
            const auto amount = Money::parse(it.value().toObject().value(QStringLiteral("main_balance")).toString());
            if (!amount)
                return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                    tr("WhiteBIT's balance of %1 is not a decimal amount.").arg(it.key()), true });
            balances.insert(it.key(), *amount);
        }
        reply->setBalances(balances);
        reply->finish();
    });
}

ProviderReply *WhiteBitProvider::transfer(const PayoutRequest &request)
{
    const QString uniqueId = ClientReference::fit(request.reference, 255);
    QJsonObject fields { { QStringLiteral("ticker"), request.currency.currency },
        { QStringLiteral("amount"), request.amount.toString() }, { QStringLiteral("uniqueId"), uniqueId } };
    if (request.currency.kind == CurrencyKind::Card) {
        // Card payouts: the VISAMASTER rail, the card number as the address, the holder's name.
        fields.insert(QStringLiteral("provider"), QStringLiteral("VISAMASTER"));
        fields.insert(QStringLiteral("address"), digits(request.recipient.value(QStringLiteral("card"))));
        fields.insert(QStringLiteral("beneficiary"),
            QJsonObject {
                { QStringLiteral("firstName"), request.recipient.value(QStringLiteral("firstName")).trimmed() },
                { QStringLiteral("lastName"), request.recipient.value(QStringLiteral("lastName")).trimmed() } });
    } else {
        fields.insert(QStringLiteral("address"), request.recipient.value(QStringLiteral("address")).trimmed());
        // A token names its chain (USDT would otherwise go out on ERC20, WhiteBIT's default).
        if (!request.currency.network.isEmpty() && request.currency.network != request.currency.currency)
            fields.insert(QStringLiteral("network"), request.currency.network);
        const QString memo = request.recipient.value(QStringLiteral("memo")).trimmed();
        if (!memo.isEmpty())
            fields.insert(QStringLiteral("memo"), memo);
    }
    auto *reply = new ProviderReply(this);
    ApiReply *api = this->api()->query(QStringLiteral("POST:") + withdrawPath, signedBody(withdrawPath, fields));
    connect(api, &ApiReply::finished, reply, [this, reply, api, uniqueId, request] {
        api->deleteLater();
        TransferResult result;
        result.ok = 2; // 201 []: "withdraw creation process is started", never settled at once
        result.transaction = uniqueId;
        result.amount = request.amount;
        result.currency = request.currency.currency;
        const ProviderError &e = api->error();
        // The uniqueId was taken: this payout was created before (a lost answer, a second
        // desk). Nothing new is paid; it is followed like the original (README.md, "Idempotency").
        const bool duplicate = e.httpStatus == 400 && e.code == QLatin1String("0/uniqueId");
        if (e.isError() && !duplicate)
            return reply->finish(explained(e));
        if (!duplicate && api->httpStatus() != 201 && api->httpStatus() != 200)
            return reply->finish({ ProviderError::Kind::Unparsable, api->httpStatus(), {},
                tr("WhiteBIT answered the withdrawal with HTTP %1, not 201.").arg(api->httpStatus()), true });
        reply->setTransfer(result);
        reply->finish();
    });
    return reply;
}

ProviderReply *WhiteBitProvider::status(const QString &transaction)
{
    return statusByReference(transaction); // the uniqueId is the only id WhiteBIT gives
}

PayoutStatus::State WhiteBitProvider::stateOf(int code)
{
    switch (code) {
    case 3:
    case 7:
        return PayoutStatus::State::Paid;
    case 4:
    case 9:
        return PayoutStatus::State::Failed;
    case 5: // unconfirmed by the account's owner
    case 18: // partially paid
    case 21: // frozen by AML review
        return PayoutStatus::State::NeedsAttention;
    default:
        return PayoutStatus::State::Pending;
    }
}

ProviderReply *WhiteBitProvider::statusByReference(const QString &reference)
{
    const QString uniqueId = ClientReference::fit(reference, 255);
    const QJsonObject fields { { QStringLiteral("transactionMethod"), 2 }, { QStringLiteral("unique_id"), uniqueId },
        { QStringLiteral("limit"), 1 }, { QStringLiteral("offset"), 0 } };
    return call(historyPath, fields, [uniqueId](ProviderReply *reply, const QJsonDocument &json) {
        const QJsonValue records = json.object().value(QStringLiteral("records"));
        if (!records.isArray())
            return reply->finish(
                { ProviderError::Kind::Unparsable, 200, {}, tr("WhiteBIT's history has no records."), true });
        PayoutStatus status;
        status.reference = uniqueId;
        status.transaction = uniqueId;
        const QJsonObject record = records.toArray().first().toObject();
        if (records.toArray().isEmpty() || record.value(QStringLiteral("unique_id")).toString() != uniqueId) {
            status.state = PayoutStatus::State::NotFound;
            reply->setStatus(status);
            return reply->finish();
        }
        const int code = record.value(QStringLiteral("status")).toInt();
        status.state = stateOf(code);
        status.providerStatus = QString::number(code);
        const QString hash = record.value(QStringLiteral("transactionHash")).toString();
        switch (code) {
        case 5:
            status.message = tr("WhiteBIT status 5: the withdrawal waits for the account owner's confirmation.");
            break;
        case 18: {
            const QJsonObject partial
                = record.value(QStringLiteral("details")).toObject().value(QStringLiteral("partial")).toObject();
            status.message = tr("WhiteBIT status 18: only part was paid (%1 of %2). Settle the rest by hand.")
                                 .arg(partial.value(QStringLiteral("processedAmount")).toString(),
                                     partial.value(QStringLiteral("requestAmount")).toString());
            break;
        }
        case 21:
            status.message = tr("WhiteBIT status 21: frozen by WhiteBIT's AML review; contact their support.");
            break;
        default:
            status.message = hash;
        }
        reply->setStatus(status);
        reply->finish();
    });
}

ProviderReply *WhiteBitProvider::statement(const QDateTime &from, const QDateTime &to)
{
    // History has no date filter and lists newest first: read back from the newest until a
    // page reaches past `from`, keeping what lies inside the period.
    const int limit = config().statementPageSize > 0 ? qMin(config().statementPageSize, historyPage) : historyPage;
    const qint64 fromS = from.toSecsSinceEpoch(), toS = to.toSecsSinceEpoch();
    return readPages([=, this](const QString &cursor) {
        const int offset = cursor.toInt();
        if (offset + limit > historyDepth) {
            auto *refused = new ProviderReply(this);
            refused->finishLater({ ProviderError::Kind::Provider, 0, {},
                tr("WhiteBIT lists only its latest %1 withdrawals, and the period starts before them: reconcile "
                   "more often, or read the rest in WhiteBIT's cabinet.")
                    .arg(historyDepth) });
            return refused;
        }
        const QJsonObject fields { { QStringLiteral("transactionMethod"), 2 }, { QStringLiteral("limit"), limit },
            { QStringLiteral("offset"), offset } };
        return call(historyPath, fields, [=](ProviderReply *reply, const QJsonDocument &json) {
            const QJsonObject page = json.object();
            if (!page.value(QStringLiteral("records")).isArray())
                return reply->finish(
                    { ProviderError::Kind::Unparsable, 200, {}, tr("WhiteBIT's history has no records."), true });
            const QJsonArray records = page.value(QStringLiteral("records")).toArray();
            Statement rows;
            bool pastFrom = false;
            for (const QJsonValue &v : records) {
                const QJsonObject r = v.toObject();
                const qint64 at = qint64(r.value(QStringLiteral("createdAt")).toDouble());
                pastFrom = pastFrom || at < fromS;
                if (at < fromS || at > toS)
                    continue;
                StatementRow row;
                row.reference = r.value(QStringLiteral("unique_id")).toString();
                // WhiteBIT's uniqueId is its key for a withdrawal (it returns no id of its own).
                row.transaction
                    = row.reference.isEmpty() ? r.value(QStringLiteral("transaction_id")).toString() : row.reference;
                const auto amount = Money::parse(r.value(QStringLiteral("amount")).toString());
                if (!amount)
                    return reply->finish({ ProviderError::Kind::Unparsable, 200, {},
                        tr("A withdrawal in WhiteBIT's history has no amount."), true });
                row.amount = *amount;
                row.fee = Money::parse(r.value(QStringLiteral("fee")).toString()).value_or(Money());
                row.currency = r.value(QStringLiteral("ticker")).toString();
                row.network = r.value(QStringLiteral("network")).toString();
                row.destination = r.value(QStringLiteral("address")).toString();
                const int code = r.value(QStringLiteral("status")).toInt();
                row.state = stateOf(code);
                row.providerStatus = QString::number(code);
                row.time = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
                rows << row;
            }
            const int total = page.value(QStringLiteral("total")).toInt();
            const bool last = pastFrom || records.size() < limit || offset + records.size() >= total;
            reply->setStatement(rows, last ? QString() : QString::number(offset + limit));
            reply->finish();
        });
    });
}

std::optional<QString> WhiteBitProvider::webhookTransaction(
    const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const
{
    const auto refuse = [why](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QByteArray key = value(QStringLiteral("webhookKey")).toUtf8();
    const QByteArray secret = value(QStringLiteral("webhookSecret")).toUtf8();
    if (key.isEmpty() || secret.isEmpty())
        return refuse(tr("WhiteBIT's webhook key and secret are not set."));
    if (!ConstantTime::equal(headers.value("x-txc-apikey"), key))
        return refuse(tr("The webhook's X-TXC-APIKEY is not the webhook key."));
    // Over the raw body: no JSON is re-encoded (security.mdx).
    if (!WhiteBitSigner::verify(body, headers.value("x-txc-payload"), headers.value("x-txc-signature"), secret))
        return refuse(tr("The webhook's signature does not match."));
    const QJsonObject params = QJsonDocument::fromJson(body).object().value(QStringLiteral("params")).toObject();
    // The replay check against the last nonce taken is the desk's (webhookNonce, in the book).
    if (!webhookNonce(body))
        return refuse(tr("The webhook carries no nonce."));
    const QString uniqueId = params.value(QStringLiteral("uniqueId")).toString();
    if (uniqueId.isEmpty())
        return refuse(tr("The webhook names no uniqueId."));
    return uniqueId;
}

std::optional<qint64> WhiteBitProvider::webhookNonce(const QByteArray &body) const
{
    const QJsonObject params = QJsonDocument::fromJson(body).object().value(QStringLiteral("params")).toObject();
    const qint64 nonce = params.value(QStringLiteral("nonce")).toVariant().toLongLong();
    return nonce > 0 ? std::optional<qint64>(nonce) : std::nullopt;
}

} // namespace pd
