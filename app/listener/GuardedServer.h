#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace pd {

class ConnectionGuard;

// The listener's TCP server: every connection passes the guard's caps before anything is read,
// is watched by it from its first byte, and with TLS set is handed on to QHttpServer only once
// its handshake is done (a connection that never finishes one is closed by the idle timeout).
class GuardedServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedServer(ConnectionGuard &guard, const std::optional<QSslConfiguration> &tls, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard &m_guard;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace pd
