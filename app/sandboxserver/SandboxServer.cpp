#include "SandboxServer.h"

#include "SandboxLog.h"
#include "SandboxWebhookSender.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcSandbox, "payoutdesk.sandbox", QtInfoMsg)

namespace pd {

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    default:
        return QByteArrayLiteral("OTHER"); // no route takes anything else
    }
}

// PATH_AND_QUERY as the client put it on the request line. QHttpServer 6.4 only hands out the parsed
// QUrl (built with QUrl::fromEncoded), so this is the target re-encoded; it is byte-identical to what
// QNetworkAccessManager sends, which is the same QUrl encoded the same way.
QByteArray pathAndQuery(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

} // namespace

SandboxServer::SandboxServer(Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_verifier(credentials.apiKey, credentials.apiSecret)
    , m_webhooks(new SandboxWebhookSender(credentials.apiSecret, this))
    , m_http(new QHttpServer(this))
{
    connect(m_webhooks, &SandboxWebhookSender::delivered, this, &SandboxServer::webhookDelivered);

    route(QStringLiteral("/balance"), "GET", &SandboxServer::balanceCall, false);
    route(QStringLiteral("/transfer"), "POST", &SandboxServer::transferCall, false);
    route(QStringLiteral("/transaction"), "GET", &SandboxServer::transactionCall, false);
    route(QStringLiteral("/api/payouts/one"), "POST", &SandboxServer::payoutsOneCall, false);
    route(QStringLiteral("/payouts"), "GET", &SandboxServer::payoutsCall, false);
    route(QStringLiteral("/control/ledger"), "GET", &SandboxServer::ledgerControl, true);
    route(QStringLiteral("/control/balances"), "POST", &SandboxServer::balancesControl, true);
    route(QStringLiteral("/control/approval"), "POST", &SandboxServer::approvalControl, true);
    route(QStringLiteral("/control/settle"), "POST", &SandboxServer::settleControl, true);
    route(QStringLiteral("/control/faults"), "POST", &SandboxServer::faultsControl, true);
    m_http->setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        respond(std::move(responder),
            error(StatusCode::NotFound, QStringLiteral("not_found"), QStringLiteral("No such endpoint.")), Fault::None,
            0);
    });
}

SandboxServer::~SandboxServer()
{
    // Connections first: their sockets' destroyed signals still find m_held alive.
    delete m_http;
    m_held.clear();
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        qCCritical(lcSandbox) << "cannot listen on" << address << port;
        return false;
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcSandbox).noquote() << "sandbox provider listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // Listening on "any" address still answers on loopback, the address a local desk should use.
    const bool any = m_address == QHostAddress(QHostAddress::Any) || m_address == QHostAddress(QHostAddress::AnyIPv4)
        || m_address == QHostAddress(QHostAddress::AnyIPv6) || m_address.isNull();
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

void SandboxServer::setBalance(const QString &currency, const Money &amount)
{
    m_ledger.setBalance(currency, amount);
}
Money SandboxServer::balance(const QString &currency) const
{
    return m_ledger.balance(currency);
}
QJsonObject SandboxServer::balances() const
{
    return m_ledger.balancesJson();
}
QJsonArray SandboxServer::ledger() const
{
    return m_ledger.payoutsJson();
}

QString SandboxServer::bookDirectly(
    const QString &reference, const Money &amount, const QString &currency, const QString &to, const QDateTime &at)
{
    SandboxPayout payout;
    payout.status = QStringLiteral("DONE");
    payout.amount = amount;
    payout.currency = currency;
    payout.to = to;
    payout.reference = reference;
    payout.createdMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    return m_ledger.book(payout) == SandboxLedger::BookResult::Booked ? payout.id : QString();
}

int SandboxServer::duplicateCount() const
{
    return m_ledger.duplicateCount();
}
QJsonObject SandboxServer::duplicates() const
{
    return m_ledger.duplicatesJson();
}

void SandboxServer::setApproval(bool enabled, int settleAfterMs, const QString &outcome)
{
    m_approval = enabled;
    m_settleAfterMs = settleAfterMs;
    m_outcome = outcome == QLatin1String("CANCELED") ? outcome : QStringLiteral("DONE");
}

bool SandboxServer::settle(const QString &transactionId, const QString &status)
{
    return settlePayout(transactionId, status) == SandboxLedger::SettleResult::Settled;
}

SandboxLedger::SettleResult SandboxServer::settlePayout(const QString &transactionId, const QString &status)
{
    if (status != QLatin1String("DONE") && status != QLatin1String("CANCELED"))
        return SandboxLedger::SettleResult::NotPending;
    const auto result = m_ledger.settle(transactionId, status);
    if (result != SandboxLedger::SettleResult::Settled)
        return result;
    // A copy: whoever listens to payoutSettled may book more payouts and move the ledger's storage.
    const SandboxPayout payout = *m_ledger.find(transactionId);
    qCInfo(lcSandbox).noquote() << "payout" << transactionId << "settled" << status;
    emit payoutSettled(transactionId, status);
    if (payout.webhookUrl.isValid())
        m_webhooks->send(payout);
    return result;
}

void SandboxServer::setLatency(int milliseconds)
{
    m_latencyMs = std::max(0, milliseconds);
}

void SandboxServer::setFault(Fault fault, int count, const QString &onlyPath)
{
    m_faultPath = onlyPath;
    m_fault = fault;
    m_faultCount = fault == Fault::None ? 0 : std::max(0, count);
}

SandboxServer::Fault SandboxServer::takeFault(const QString &path)
{
    if (m_faultCount <= 0 || (!m_faultPath.isEmpty() && path != m_faultPath))
        return Fault::None;
    --m_faultCount;
    return m_fault;
}

QString SandboxServer::faultName(Fault fault)
{
    switch (fault) {
    case Fault::Http500:
        return QStringLiteral("http500");
    case Fault::Timeout:
        return QStringLiteral("timeout");
    case Fault::Malformed:
        return QStringLiteral("malformed");
    case Fault::DropAfterBooking:
        return QStringLiteral("drop_after_booking");
    case Fault::RateLimited:
        return QStringLiteral("http429");
    case Fault::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<SandboxServer::Fault> SandboxServer::faultFromName(const QString &name)
{
    for (const Fault fault : { Fault::None, Fault::Http500, Fault::Timeout, Fault::Malformed, Fault::DropAfterBooking,
             Fault::RateLimited }) {
        if (name == faultName(fault))
            return fault;
    }
    return std::nullopt;
}

void SandboxServer::route(const QString &path, const QByteArray &method, Handler handler, bool control)
{
    m_http->route(
        path, [this, method, handler, control](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (methodName(request.method()) != method) {
                respond(std::move(responder),
                    error(StatusCode::MethodNotAllowed, QStringLiteral("invalid_request"),
                        QStringLiteral("Use %1.").arg(QString::fromLatin1(method))),
                    Fault::None, 0);
            } else if (control) {
                handleControl(handler, request, std::move(responder));
            } else {
                handleApi(handler, request, std::move(responder));
            }
        });
}

void SandboxServer::handleApi(Handler handler, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray method = methodName(request.method());
    const QByteArray target = pathAndQuery(request.url());
    const QByteArray timestamp = request.value(QByteArrayLiteral("X-TIMESTAMP"));
    const QByteArray signature = request.value(QByteArrayLiteral("X-SIGNATURE"));
    const auto verdict = m_verifier.verify(method, target, request.value(QByteArrayLiteral("X-API-KEY")), timestamp,
        request.value(QByteArrayLiteral("X-NONCE")), signature, request.body(), now);

    if (verdict != SandboxRequestVerifier::Verdict::Accepted) {
        const Answer answer = refusal(verdict);
        const QString code
            = answer.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        qCInfo(lcSandbox).noquote() << "refused" << method << target << code;
        respond(std::move(responder), answer, Fault::None, m_latencyMs);
        return;
    }

    const Fault fault = takeFault(request.url().path());
    if (fault == Fault::Http500) {
        // "Without doing anything": not even remembering the signature, so the same call can be sent again.
        qCInfo(lcSandbox).noquote() << "fault http500 on" << method << target;
        respond(std::move(responder),
            error(StatusCode::InternalServerError, QStringLiteral("internal"), QStringLiteral("Injected fault.")),
            Fault::None, m_latencyMs);
        return;
    }
    if (fault == Fault::RateLimited) {
        // Like a provider over its rate limit: nothing done, come back in a second.
        qCInfo(lcSandbox).noquote() << "fault http429 on" << method << target;
        const QByteArray body = QJsonDocument(error(StatusCode::TooManyRequests, QStringLiteral("rate_limited"),
                                                  QStringLiteral("Too many requests; retry after 1 s."))
                                                  .json)
                                    .toJson(QJsonDocument::Compact);
        responder.write(body,
            { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                { QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") } },
            StatusCode::TooManyRequests);
        return;
    }
    m_verifier.accept(signature, timestamp, now);

    const Answer answer = (this->*handler)(request); // the work happens now, whatever the answer suffers
    qCDebug(lcSandbox).noquote() << method << target << "→" << int(answer.status)
                                 << (fault == Fault::None ? QString()
                                                          : QStringLiteral("(fault %1)").arg(faultName(fault)));
    respond(std::move(responder), answer, fault, m_latencyMs);
}

void SandboxServer::handleControl(Handler handler, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Unsigned, so only this machine may drive it, even when the API listens on every interface.
    if (!request.remoteAddress().isLoopback()) {
        respond(std::move(responder),
            error(StatusCode::Forbidden, QStringLiteral("forbidden"),
                QStringLiteral("Control endpoints answer on loopback only.")),
            Fault::None, 0);
        return;
    }
    respond(std::move(responder), (this->*handler)(request), Fault::None, 0);
}

void SandboxServer::respond(QHttpServerResponder &&responder, const Answer &answer, Fault fault, int delayMs)
{
    if (fault == Fault::Timeout) {
        hold(std::move(responder));
        return;
    }
    QByteArray body = QJsonDocument(answer.json).toJson(QJsonDocument::Compact);
    if (fault == Fault::Malformed)
        body.truncate(body.size() / 2); // half an object: looks like JSON, never parses
    const StatusCode status = answer.status;
    const bool drop = fault == Fault::DropAfterBooking;

    const auto send = [status, body, drop](QHttpServerResponder &out) {
        if (drop)
            out.socket()->abort(); // closed with nothing written: no status line, no headers
        else
            out.write(body, { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } }, status);
    };
    if (delayMs <= 0) {
        send(responder);
        return;
    }
    // QHttpServer 6.4 lets a responder outlive its handler; it only needs its socket still open,
    // which the QPointer tells (the client may have given up during the delay).
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = later->socket();
    QTimer::singleShot(delayMs, this, [later, socket, send] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            send(*later);
    });
}

void SandboxServer::hold(QHttpServerResponder &&responder)
{
    QTcpSocket *socket = responder.socket();
    m_held.insert(socket, std::make_shared<QHttpServerResponder>(std::move(responder)));
    connect(socket, &QObject::destroyed, this, [this, socket] { m_held.remove(socket); });
}

SandboxServer::Answer SandboxServer::refusal(SandboxRequestVerifier::Verdict verdict)
{
    using Verdict = SandboxRequestVerifier::Verdict;
    switch (verdict) {
    case Verdict::StaleTimestamp:
        return error(StatusCode::Unauthorized, QStringLiteral("stale_timestamp"),
            QStringLiteral("The timestamp is more than 60 s from the server's clock."));
    case Verdict::ReplayedSignature:
        return error(StatusCode::Unauthorized, QStringLiteral("replayed_signature"),
            QStringLiteral("This signature was already used."));
    case Verdict::UnknownKey:
        return error(StatusCode::Unauthorized, QStringLiteral("bad_signature"), QStringLiteral("Unknown API key."));
    case Verdict::BadSignature:
    case Verdict::Accepted:
        break;
    }
    return error(StatusCode::Unauthorized, QStringLiteral("bad_signature"),
        QStringLiteral("The signature does not match the request."));
}

SandboxServer::Answer SandboxServer::error(StatusCode status, const QString &code, const QString &message)
{
    return Answer { status,
        QJsonObject { { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } } };
}

} // namespace pd
