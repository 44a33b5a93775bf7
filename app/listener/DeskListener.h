#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <optional>

class QHttpServer;

namespace pd {

class ConnectionGuard;

// How the listener faces its clients.
struct ListenerSecurity {
    std::optional<QSslConfiguration> tls; // HTTPS with this certificate and key
    bool insecureAllowed = false; // plain HTTP on an address other than loopback (--insecure-listen)
};

Q_DECLARE_LOGGING_CATEGORY(lcListener)

// The desk's own HTTP listener (docs/DESIGN.md, "The merchant protocol as built"; app/listener/):
// one QHttpServer that routes register on: provider webhooks (WebhookRoute) and the exchange
// site's IPNs (IpnRoute). Off by default: nothing listens until listen() is called, by whoever
// reads DeskSettings' `listener.address`. Every connection passes a ConnectionGuard (caps, idle
// timeout, body limit as it arrives). It speaks TLS when given a configuration, and refuses plain
// HTTP on any address but loopback unless told otherwise. Answers are JSON: {"ok":true,…} or
// {"ok":false,"error":"…"}.
class DeskListener : public QObject {
    Q_OBJECT
public:
    using StatusCode = QHttpServerResponder::StatusCode;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Where to listen, as DeskSettings keeps it ("host:port").
    struct Address {
        QHostAddress host;
        quint16 port = 0;
    };

    using Security = ListenerSecurity;

    explicit DeskListener(QObject *parent = nullptr);
    ~DeskListener() override;

    // port 0 = any free port. A listener already listening is closed first. False, and
    // `error` says why in words for staff, when it cannot listen, or would listen in plain HTTP
    // where others than this machine can reach it.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr, const Security &security = {});
    bool isSecure() const { return m_secure; }
    // The caps, idle timeout and body limit every connection passes (limits settable before listen()).
    ConnectionGuard &guard() { return *m_guard; }
    // Stops listening and drops open connections; an answer still on its way (a webhook
    // waiting for a provider's re-read) is not sent, though what it records still is.
    void close();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }

    // For routes: the server to register on. Requests no route takes are answered 404.
    QHttpServer &http() { return *m_http; }

    // "127.0.0.1:8787", "[::1]:8787", "localhost:8787", "0.0.0.0:8787" (port 0: any free port);
    // nullopt (and `error`) for anything else, a host name other than localhost included.
    static std::optional<Address> parseAddress(const QString &hostPort, QString *error = nullptr);

    // A JSON answer now.
    static void answer(
        QHttpServerResponder &responder, StatusCode status, const QJsonObject &body, const Headers &headers = {});
    static void refuse(
        QHttpServerResponder &responder, StatusCode status, const QString &message, const Headers &headers = {});

    // An answer that comes later (after a provider was asked): the responder is kept, and the
    // returned function answers once, if the client's connection is still open. Copies share it.
    using Later = std::function<void(StatusCode status, const QJsonObject &body)>;
    static Later later(QHttpServerResponder &&responder);

private:
    ConnectionGuard *m_guard;
    QHttpServer *m_http;
    bool m_secure = false;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace pd
