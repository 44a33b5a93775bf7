#include "DeskListener.h"

#include "ConnectionGuard.h"
#include "GuardedServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <malloc.h>
#include <memory>

namespace pd {

Q_LOGGING_CATEGORY(lcListener, "payoutdesk.listener")

DeskListener::DeskListener(QObject *parent)
    : QObject(parent)
    , m_guard(new ConnectionGuard(this))
    , m_http(new QHttpServer(this))
{
    // A socket reads whatever the kernel holds into one buffer, megabytes from a fast client
    // that sends a body the guard refuses. glibc would raise its mmap threshold after the first
    // such buffer and keep the next ones on the heap, where freed memory stays with the
    // process: a fixed threshold returns every large buffer to the system once it is dropped.
    static const bool fixedThreshold = mallopt(M_MMAP_THRESHOLD, 256 * 1024) == 1;
    Q_UNUSED(fixedThreshold);
    connect(m_guard, &ConnectionGuard::refused, this, [](const QString &peer, const QString &path, const QString &why) {
        qCInfo(lcListener).noquote() << "connection from" << peer << path << "ended:" << why;
    });
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        qCDebug(lcListener).noquote() << "no route for" << request.url().path() << "from"
                                      << request.remoteAddress().toString();
        refuse(responder, StatusCode::NotFound, tr("No such endpoint."));
    });
}

DeskListener::~DeskListener()
{
    // The server (and its connections) first, while the routes' owners may still be alive.
    delete m_http;
}

bool DeskListener::listen(const QHostAddress &address, quint16 port, QString *error, const Security &security)
{
    if (isListening())
        close();
    // An IPN's recipient is outside its checksum: in plain HTTP anyone on the way can swap it.
    if (!address.isLoopback() && !security.tls && !security.insecureAllowed) {
        if (error)
            *error = tr("The listener does not take plain HTTP on %1, where others than this computer reach it: give "
                        "it a TLS certificate and key (payoutdesk-cli listener tls CERT KEY), or keep it on 127.0.0.1 "
                        "behind a reverse proxy that "
                        "speaks HTTPS, or start it with --insecure-listen.")
                         .arg(address.toString());
        return false;
    }
    // QHttpServer 6.4 logs the reason but does not return it: bind a QTcpServer ourselves.
    auto *server = new GuardedServer(*m_guard, security.tls, m_http);
    if (!server->listen(address, port)) {
        if (error)
            *error = tr("The listener cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        qCWarning(lcListener).noquote() << "cannot listen on" << address.toString() << port << server->errorString();
        delete server;
        return false;
    }
    m_http->bind(server);
    m_address = address;
    m_port = server->serverPort();
    m_secure = security.tls.has_value();
    qCInfo(lcListener).noquote() << "listening on" << address.toString() << m_port << (m_secure ? "(TLS)" : "");
    return true;
}

void DeskListener::close()
{
    // Later, not now: close() may be called from inside a request's handler, whose socket is
    // a child of the server.
    for (QTcpServer *server : m_http->servers()) {
        server->close();
        server->deleteLater();
        server->setParent(nullptr); // no longer listed by servers(), still deleted
    }
    if (m_port != 0)
        qCInfo(lcListener).noquote() << "stopped listening on" << m_address.toString() << m_port;
    m_port = 0;
    m_secure = false;
    m_address.clear();
}

std::optional<DeskListener::Address> DeskListener::parseAddress(const QString &hostPort, QString *error)
{
    const auto fail = [&]() -> std::optional<Address> {
        if (error)
            *error = tr("\"%1\" is not an address to listen on: write host:port, e.g. 127.0.0.1:8787.").arg(hostPort);
        return std::nullopt;
    };
    const QUrl url(QStringLiteral("http://") + hostPort.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.port() < 0 || !url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty())
        return fail();
    Address a;
    a.port = quint16(url.port());
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        a.host = QHostAddress(QHostAddress::LocalHost);
    else if (!a.host.setAddress(host))
        return fail();
    return a;
}

void DeskListener::answer(
    QHttpServerResponder &responder, StatusCode status, const QJsonObject &body, const Headers &headers)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(json.size()));
    for (const auto &header : headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(json);
}

void DeskListener::refuse(
    QHttpServerResponder &responder, StatusCode status, const QString &message, const Headers &headers)
{
    answer(responder, status, { { QStringLiteral("ok"), false }, { QStringLiteral("error"), message } }, headers);
}

DeskListener::Later DeskListener::later(QHttpServerResponder &&responder)
{
    // QHttpServer 6.4 lets a responder outlive its handler; it only needs its socket still
    // open, which the QPointer tells (the provider may have given up, or close() dropped it).
    struct Kept {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        bool answered = false;
    };
    QTcpSocket *socket = responder.socket();
    auto kept = std::make_shared<Kept>(Kept { std::move(responder), socket });
    return [kept](StatusCode status, const QJsonObject &body) {
        if (kept->answered)
            return;
        kept->answered = true;
        if (!kept->socket || kept->socket->state() != QAbstractSocket::ConnectedState) {
            qCDebug(lcListener) << "the client left before its answer" << int(status);
            return;
        }
        answer(kept->responder, status, body);
    };
}

} // namespace pd
