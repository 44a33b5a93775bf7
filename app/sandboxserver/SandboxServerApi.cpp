// SandboxServer's signed API (README "Endpoints"): the work each call does. Authentication,
// faults and latency are applied around these in SandboxServer.cpp.
#include "SandboxServer.h"

#include "SandboxLog.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace pd {

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

// A required non-empty string field of a JSON body; null when absent, empty or not a string.
QString stringField(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

SandboxServer::Answer SandboxServer::balanceCall(const QHttpServerRequest &)
{
    return Answer { StatusCode::Ok, QJsonObject { { QStringLiteral("balances"), m_ledger.balancesJson() } } };
}

SandboxServer::Answer SandboxServer::transferCall(const QHttpServerRequest &request)
{
    const auto invalid
        = [](const QString &why) { return error(StatusCode::BadRequest, QStringLiteral("invalid_request"), why); };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("The body is not a JSON object."));
    const QJsonObject body = document.object();

    SandboxPayout payout;
    payout.currency = stringField(body, QStringLiteral("currency"));
    payout.to = stringField(body, QStringLiteral("to"));
    payout.reference = stringField(body, QStringLiteral("reference"));
    payout.network = stringField(body, QStringLiteral("network"));
    for (const auto &[name, value] :
        { std::pair { "currency", payout.currency }, { "to", payout.to }, { "reference", payout.reference } }) {
        if (value.isEmpty())
            return invalid(QStringLiteral("“%1” is missing or empty.").arg(QLatin1String(name)));
    }
    // Amounts are decimal strings only: a JSON number would already have gone through a double.
    const QJsonValue amountValue = body.value(QStringLiteral("amount"));
    const std::optional<Money> amount = amountValue.isString() ? Money::parse(amountValue.toString()) : std::nullopt;
    if (!amount || amount->sign() <= 0)
        return invalid(QStringLiteral("“amount” must be a positive decimal string."));
    payout.amount = *amount;
    if (body.contains(QStringLiteral("webhook_url"))) {
        payout.webhookUrl = QUrl(stringField(body, QStringLiteral("webhook_url")), QUrl::StrictMode);
        if (!payout.webhookUrl.isValid() || payout.webhookUrl.host().isEmpty()
            || (payout.webhookUrl.scheme() != QLatin1String("http")
                && payout.webhookUrl.scheme() != QLatin1String("https")))
            return invalid(QStringLiteral("“webhook_url” must be an http(s) URL."));
    }
    payout.status = m_approval ? QStringLiteral("PENDING") : QStringLiteral("DONE");

    QString existing;
    switch (m_ledger.book(payout, &existing)) {
    case SandboxLedger::BookResult::DuplicateReference: {
        qCWarning(lcSandbox).noquote() << "second transfer for reference" << payout.reference << "refused; booked as"
                                       << existing;
        Answer answer = error(StatusCode::Conflict, QStringLiteral("duplicate_reference"),
            QStringLiteral("A transfer with this reference is already booked."));
        QJsonObject inner = answer.json.value(QStringLiteral("error")).toObject();
        inner.insert(QStringLiteral("transaction"), existing); // extra field: which payout holds the reference
        answer.json.insert(QStringLiteral("error"), inner);
        return answer;
    }
    case SandboxLedger::BookResult::UnknownCurrency:
        return error(StatusCode::BadRequest, QStringLiteral("unknown_currency"),
            QStringLiteral("No balance in %1.").arg(payout.currency));
    case SandboxLedger::BookResult::InsufficientBalance:
        return error(StatusCode::BadRequest, QStringLiteral("insufficient_balance"),
            QStringLiteral("The %1 balance is lower than the amount.").arg(payout.currency));
    case SandboxLedger::BookResult::Booked:
        break;
    }

    qCInfo(lcSandbox).noquote() << "booked" << payout.id << payout.amount.toString() << payout.currency << payout.status
                                << "reference" << payout.reference;
    emit payoutBooked(payout.id);
    if (m_approval && m_settleAfterMs >= 0) {
        QTimer::singleShot(m_settleAfterMs, this, [this, id = payout.id, outcome = m_outcome] { settle(id, outcome); });
    }
    return Answer { StatusCode::Ok,
        QJsonObject {
            { QStringLiteral("ok"), m_approval ? 2 : 1 },
            { QStringLiteral("transaction"), payout.id },
            { QStringLiteral("amount"), payout.amount.toString() },
            { QStringLiteral("currency"), payout.currency },
            { QStringLiteral("to"), payout.to },
        } };
}

SandboxServer::Answer SandboxServer::transactionCall(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(QStringLiteral("id")))
        return transactionAnswer(m_ledger.find(query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded)));
    if (query.hasQueryItem(QStringLiteral("reference")))
        return transactionAnswer(
            m_ledger.findByReference(query.queryItemValue(QStringLiteral("reference"), QUrl::FullyDecoded)));
    return error(
        StatusCode::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("Give “id” or “reference”."));
}

SandboxServer::Answer SandboxServer::payoutsOneCall(const QHttpServerRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    const QString id = document.isObject() ? stringField(document.object(), QStringLiteral("id")) : QString();
    if (id.isEmpty())
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"), QStringLiteral("The body needs “id”."));
    return transactionAnswer(m_ledger.find(id));
}

SandboxServer::Answer SandboxServer::payoutsCall(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const auto number = [&query](const char *name, qint64 fallback) {
        bool ok = false;
        const qint64 n = query.queryItemValue(QLatin1String(name)).toLongLong(&ok);
        return ok ? n : fallback;
    };
    const qint64 from = number("from", -1), to = number("to", -1);
    const qint64 limit = number("limit", maxPayoutsPage), offset = number("cursor", 0);
    if (from < 0 || to < from)
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("Give “from” and “to” (ms since the epoch, from ≤ to)."));
    if (limit < 1 || limit > maxPayoutsPage || offset < 0)
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("“limit” is 1 to %1, “cursor” an offset from 0.").arg(maxPayoutsPage));
    bool more = false;
    QJsonArray payouts;
    for (const SandboxPayout &p : m_ledger.between(from, to, offset, limit, &more))
        payouts.append(p.toJson());
    return Answer { StatusCode::Ok,
        QJsonObject { { QStringLiteral("payouts"), payouts },
            { QStringLiteral("next"), more ? QJsonValue(QString::number(offset + limit)) : QJsonValue() } } };
}

SandboxServer::Answer SandboxServer::transactionAnswer(const SandboxPayout *payout) const
{
    if (!payout)
        return error(StatusCode::NotFound, QStringLiteral("not_found"), QStringLiteral("No such payout."));
    return Answer { StatusCode::Ok, payout->toJson() };
}

} // namespace pd
