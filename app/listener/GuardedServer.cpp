#include "GuardedServer.h"

#include "ConnectionGuard.h"

#include <QSslSocket>

namespace pd {

GuardedServer::GuardedServer(ConnectionGuard &guard, const std::optional<QSslConfiguration> &tls, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
    , m_tls(tls)
{
    // A burst of connections waits in the kernel rather than being turned away there.
    setListenBacklogSize(1024);
}

void GuardedServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!m_guard.admit(peer)) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_guard.watch(socket, peer);
    if (!m_tls) {
        addPendingConnection(socket);
        return;
    }
    auto *tls = static_cast<QSslSocket *>(socket);
    tls->setSslConfiguration(*m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls] { addPendingConnection(tls); });
    // A failed handshake (a plain HTTP client, a bad certificate store) ends the connection.
    connect(tls, &QSslSocket::errorOccurred, tls, [tls] {
        if (!tls->isEncrypted())
            tls->abort();
    });
    connect(tls, &QSslSocket::disconnected, tls, [tls] {
        if (!tls->isEncrypted())
            tls->deleteLater(); // never handed on: nobody else deletes it
    });
    tls->startServerEncryption();
}

} // namespace pd
