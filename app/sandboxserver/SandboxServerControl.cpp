// SandboxServer's control endpoints (README "Control"): unsigned, loopback only, for the tests and
// the demo. Kept apart from the signed API in SandboxServer.cpp.
#include "SandboxServer.h"

#include "SandboxLog.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

#include <limits>
#include <utility>

namespace pd {

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

// The body as a JSON object; nullopt when it is anything else.
std::optional<QJsonObject> objectBody(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A whole number ≥ 0 (milliseconds, counts); -1 when the value is anything else.
int wholeNumber(const QJsonValue &value)
{
    const int number = value.toInt(-1);
    return number >= 0 ? number : -1;
}

} // namespace

SandboxServer::Answer SandboxServer::ledgerControl(const QHttpServerRequest &)
{
    return Answer { StatusCode::Ok,
        QJsonObject {
            { QStringLiteral("payouts"), m_ledger.payoutsJson() },
            { QStringLiteral("duplicates"), m_ledger.duplicatesJson() },
        } };
}

SandboxServer::Answer SandboxServer::balancesControl(const QHttpServerRequest &request)
{
    const auto body = objectBody(request);
    if (!body)
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("Send {\"USDT\":\"500.00\", …}."));
    // All or nothing: every amount is checked before any balance changes.
    QList<std::pair<QString, Money>> balances;
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        const std::optional<Money> amount = it->isString() ? Money::parse(it->toString()) : std::nullopt;
        if (it.key().isEmpty() || !amount || amount->isNegative())
            return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("The balance of “%1” must be a decimal string ≥ 0.").arg(it.key()));
        balances.append({ it.key(), *amount });
    }
    for (const auto &[currency, amount] : std::as_const(balances)) {
        m_ledger.setBalance(currency, amount);
        qCInfo(lcSandbox).noquote() << "balance" << currency << "set to" << amount.toString();
    }
    return Answer { StatusCode::Ok, QJsonObject { { QStringLiteral("balances"), m_ledger.balancesJson() } } };
}

SandboxServer::Answer SandboxServer::approvalControl(const QHttpServerRequest &request)
{
    const auto body = objectBody(request);
    const QJsonValue enabled = body ? body->value(QStringLiteral("enabled")) : QJsonValue();
    if (!enabled.isBool())
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("“enabled” must be true or false."));
    // No settle_after_ms: payouts wait for /control/settle.
    int settleAfterMs = -1;
    if (body->contains(QStringLiteral("settle_after_ms"))) {
        settleAfterMs = wholeNumber(body->value(QStringLiteral("settle_after_ms")));
        if (settleAfterMs < 0)
            return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("“settle_after_ms” must be a whole number ≥ 0."));
    }
    const QString outcome = body->value(QStringLiteral("outcome")).toString(QStringLiteral("DONE"));
    if (outcome != QLatin1String("DONE") && outcome != QLatin1String("CANCELED"))
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("“outcome” is DONE or CANCELED."));
    setApproval(enabled.toBool(), settleAfterMs, outcome);
    qCInfo(lcSandbox).noquote() << "approval" << (m_approval ? "on" : "off") << "settle after" << m_settleAfterMs
                                << "ms to" << m_outcome;
    return Answer { StatusCode::Ok, approvalJson() };
}

SandboxServer::Answer SandboxServer::settleControl(const QHttpServerRequest &request)
{
    const auto body = objectBody(request);
    const QString id = body ? body->value(QStringLiteral("id")).toString() : QString();
    const QString status = body ? body->value(QStringLiteral("status")).toString() : QString();
    if (id.isEmpty() || (status != QLatin1String("DONE") && status != QLatin1String("CANCELED")))
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("Send {\"id\":\"tx_1\",\"status\":\"DONE\"|\"CANCELED\"}."));
    switch (settlePayout(id, status)) {
    case SandboxLedger::SettleResult::NotFound:
        return error(StatusCode::NotFound, QStringLiteral("not_found"), QStringLiteral("No such payout."));
    case SandboxLedger::SettleResult::NotPending:
        return error(
            StatusCode::Conflict, QStringLiteral("not_pending"), QStringLiteral("The payout is already settled."));
    case SandboxLedger::SettleResult::Settled:
        break;
    }
    return Answer { StatusCode::Ok, m_ledger.find(id)->toJson() };
}

SandboxServer::Answer SandboxServer::faultsControl(const QHttpServerRequest &request)
{
    const auto body = objectBody(request);
    if (!body)
        return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
            QStringLiteral("Send {\"latency_ms\":N, \"next\":\"…\", \"count\":N}."));
    // Checked in full before anything changes.
    int latencyMs = m_latencyMs;
    if (body->contains(QStringLiteral("latency_ms"))) {
        latencyMs = wholeNumber(body->value(QStringLiteral("latency_ms")));
        if (latencyMs < 0)
            return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("“latency_ms” must be a whole number ≥ 0."));
    }
    std::optional<Fault> next;
    const QJsonValue nextValue = body->value(QStringLiteral("next"));
    if (nextValue.isNull()) {
        next = Fault::None; // "next": null clears the fault
    } else if (!nextValue.isUndefined()) {
        next = faultFromName(nextValue.toString());
        if (!next)
            return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("“next” is http500, http429, timeout, malformed, drop_after_booking or none."));
    }
    int count = 1;
    if (body->contains(QStringLiteral("count"))) {
        count = wholeNumber(body->value(QStringLiteral("count")));
        if (count < 0)
            return error(StatusCode::BadRequest, QStringLiteral("invalid_request"),
                QStringLiteral("“count” must be a whole number ≥ 0."));
    }

    setLatency(latencyMs);
    if (next)
        setFault(*next, count);
    else if (body->contains(QStringLiteral("count")))
        m_faultCount = count; // a new count for the fault already armed
    qCInfo(lcSandbox).noquote() << "faults: latency" << m_latencyMs << "ms, next" << faultName(pendingFault()) << "×"
                                << m_faultCount;
    return Answer { StatusCode::Ok, faultsJson() };
}

QJsonObject SandboxServer::approvalJson() const
{
    return QJsonObject {
        { QStringLiteral("enabled"), m_approval },
        { QStringLiteral("settle_after_ms"), m_settleAfterMs },
        { QStringLiteral("outcome"), m_outcome },
    };
}

QJsonObject SandboxServer::faultsJson() const
{
    return QJsonObject {
        { QStringLiteral("latency_ms"), m_latencyMs },
        { QStringLiteral("next"), faultName(pendingFault()) },
        { QStringLiteral("count"), m_faultCount },
    };
}

} // namespace pd
