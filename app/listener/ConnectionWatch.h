#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pd {

class ConnectionGuard;

// One connection as ConnectionGuard watches it, a child of its socket: reads each request's
// head as it arrives (peeking, so QHttpServer still gets every byte; it reads all that is waiting
// after this has looked), counts its body against the limit, and restarts the idle timer on
// every byte either way.
class ConnectionWatch : public QObject {
    Q_OBJECT
public:
    ConnectionWatch(ConnectionGuard &guard, QTcpSocket *socket, const QString &peer);
    ~ConnectionWatch() override;

    // How long nothing has happened on it, in ms; -1 while a request is read or answered.
    qint64 idleForMs() const;
    // Ends the connection now (room for another), with the reason for the log.
    void close(const QString &why);

private:
    void arrived();
    void refuse(int status, const QByteArray &reason, const QString &why);

    ConnectionGuard &m_guard;
    QTcpSocket *m_socket;
    QString m_peer;
    QTimer m_idle;
    QElapsedTimer m_quietSince; // valid while the connection is between requests
    QTimer m_linger; // after a refusal: until the client stops sending
    QString m_path; // of the request being read
    QByteArray m_head; // the current request's head, while it arrives
    qint64 m_bodyLeft = 0; // bytes of the current request's body still to come
    bool m_inHead = true; // between requests, or reading a head
    bool m_refused = false;
};

} // namespace pd
