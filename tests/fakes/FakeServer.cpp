#include "FakeServer.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace pd::fakes {

FakeServer::FakeServer(QObject *parent)
    : ProviderFake(parent)
    , m_http(new QHttpServer(this))
{
    m_http->setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        respond(std::move(responder),
            json(404, QJsonObject { { QStringLiteral("message"), QStringLiteral("Not found.") } }), Fault::None);
    });
}

FakeServer::~FakeServer()
{
    // Connections first: their sockets' destroyed signals still find m_held alive.
    delete m_http;
    m_held.clear();
}

bool FakeServer::listen()
{
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void FakeServer::setFault(Fault fault, int count, bool transfersOnly)
{
    m_fault = fault;
    m_faultCount = fault == Fault::None ? 0 : std::max(0, count);
    m_faultOnBookingOnly = transfersOnly;
}

FakeServer::Fault FakeServer::takeFault(bool books)
{
    if (m_faultCount <= 0 || (m_faultOnBookingOnly && !books))
        return Fault::None;
    --m_faultCount;
    return m_fault;
}

FakeServer::Answer FakeServer::json(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return { status, body, { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } } };
}

void FakeServer::route(const QString &path, QHttpServerRequest::Method method, Handler handler, bool books)
{
    m_http->route(
        path, [this, method, handler, books](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.method() != method) {
                respond(std::move(responder),
                    json(405, QJsonObject { { QStringLiteral("message"), QStringLiteral("Method not allowed.") } }),
                    Fault::None);
                return;
            }
            if (const auto refusal = authenticate(request)) {
                respond(std::move(responder), *refusal, Fault::None);
                return;
            }
            const Fault fault = takeFault(books);
            if (fault == Fault::Http500 || fault == Fault::RateLimited) {
                respond(std::move(responder), fault == Fault::Http500 ? serverError() : rateLimited(), Fault::None);
                return;
            }
            respond(std::move(responder), handler(request), fault); // the work is done, whatever the answer suffers
        });
}

void FakeServer::respond(QHttpServerResponder &&responder, const Answer &answer, Fault fault)
{
    if (fault == Fault::Timeout) {
        QTcpSocket *socket = responder.socket();
        m_held.insert(socket, std::make_shared<QHttpServerResponder>(std::move(responder)));
        connect(socket, &QObject::destroyed, this, [this, socket] { m_held.remove(socket); });
        return;
    }
    QByteArray body = answer.body;
    if (fault == Fault::Malformed)
        body = body.isEmpty() || body == "[]" ? QByteArrayLiteral("<html>502 Bad Gateway") : body.left(body.size() / 2);
    const auto send = [status = answer.status, headers = answer.headers, body, drop = fault == Fault::DropAfterBooking,
                          idleClose = m_idleCloseMs](QHttpServerResponder &out) {
        if (drop) {
            out.socket()->abort(); // closed with nothing written: no status line, no headers
            return;
        }
        out.writeStatusLine(QHttpServerResponder::StatusCode(status));
        for (const auto &[name, value] : headers)
            out.writeHeader(name, value);
        out.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        out.writeBody(body);
        if (idleClose < 0)
            return;
        // Kept alive as far as the client can tell (no "Connection: close"), and closed soon
        // after, as servers close idle keep-alive connections: a request sent on it meanwhile
        // is lost before it arrives.
        QPointer<QTcpSocket> socket = out.socket();
        QTimer::singleShot(idleClose, socket, [socket] {
            if (socket && socket->bytesAvailable() == 0)
                socket->disconnectFromHost();
        });
    };
    if (m_latencyMs <= 0) {
        send(responder);
        return;
    }
    // A responder may outlive its handler (QHttpServer 6.4); it needs its socket still open.
    auto later = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = later->socket();
    QTimer::singleShot(m_latencyMs, this, [later, socket, send] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            send(*later);
    });
}

} // namespace pd::fakes
