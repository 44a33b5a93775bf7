#include "ConnectionWatch.h"

#include "ConnectionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace pd {

ConnectionWatch::ConnectionWatch(ConnectionGuard &guard, QTcpSocket *socket, const QString &peer)
    : QObject(socket)
    , m_guard(guard)
    , m_socket(socket)
    , m_peer(peer)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(guard.limits().idleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        emit m_guard.refused(m_peer, QString(), tr("Idle for %1 s: closed.").arg(m_guard.limits().idleMs / 1000.0));
        m_socket->abort();
    });
    // Connected before QHttpServer takes the socket, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::arrived);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_refused)
            return;
        m_idle.start();
        if (m_inHead && m_head.isEmpty())
            m_quietSince.start(); // answered: between requests again
    });
    m_idle.start();
    m_quietSince.start();
}

ConnectionWatch::~ConnectionWatch()
{
    m_guard.release(this, m_peer);
}

qint64 ConnectionWatch::idleForMs() const
{
    return m_quietSince.isValid() && !m_refused ? m_quietSince.elapsed() : -1;
}

void ConnectionWatch::close(const QString &why)
{
    emit m_guard.refused(m_peer, QString(), why);
    m_quietSince.invalidate();
    m_idle.stop();
    m_socket->abort();
}

void ConnectionWatch::arrived()
{
    if (m_refused) {
        // Nothing more reaches the server. Read and dropped while the client still sends, so that
        // it reads the answer instead of losing it to a reset; not for longer than the linger.
        m_socket->skip(m_socket->bytesAvailable());
        m_linger.start();
        return;
    }
    m_idle.start();
    m_quietSince.invalidate(); // a request is on its way in
    // QHttpServer reads everything waiting after this slot, so what is waiting now is new.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < fresh.size()) {
        if (!m_inHead) {
            const qint64 take = qMin(m_bodyLeft, qint64(fresh.size() - at));
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0) {
                m_inHead = true;
                // The request is whole: its answer may take a while (a provider asked first),
                // which is not idleness. The timer starts again with the answer's bytes.
                m_idle.stop();
            }
            continue;
        }
        const qsizetype before = m_head.size();
        m_head += fresh.mid(at);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_guard.limits().maxHeaderBytes)
                return refuse(431, "Request Header Fields Too Large",
                    tr("The request's head is over %1 bytes.").arg(m_guard.limits().maxHeaderBytes));
            return; // the rest of the head is still to come
        }
        at += end + 4 - before;
        // "POST /ipn HTTP/1.1": the path, for whoever logs a refusal.
        const QList<QByteArray> requestLine = m_head.left(m_head.indexOf("\r\n")).split(' ');
        m_path = QString::fromLatin1(requestLine.value(1).left(200));
        const QByteArray head = m_head.left(end).toLower();
        m_head.clear();
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray header = line.trimmed();
            if (header.startsWith("transfer-encoding:") && header.contains("chunked"))
                return refuse(411, "Length Required", tr("A chunked body declares no length: refused."));
            if (header.startsWith("content-length:")) {
                bool number = false;
                length = header.mid(15).trimmed().toLongLong(&number);
                if (!number || length < 0)
                    return refuse(400, "Bad Request", tr("The Content-Length is not a number."));
            }
        }
        if (length > m_guard.limits().maxBodyBytes)
            return refuse(413, "Payload Too Large",
                tr("The body is declared as %1 bytes; the listener takes at most %2.")
                    .arg(length)
                    .arg(m_guard.limits().maxBodyBytes));
        if (length > 0) {
            m_inHead = false;
            m_bodyLeft = length;
        } else {
            m_idle.stop(); // a request without a body is whole: its answer is awaited
        }
    }
}

void ConnectionWatch::refuse(int status, const QByteArray &reason, const QString &why)
{
    m_refused = true;
    m_idle.stop();
    m_socket->skip(m_socket->bytesAvailable()); // the server never sees this request
    emit m_guard.refused(m_peer, m_path, QStringLiteral("%1 %2").arg(status).arg(why));
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("ok"), false }, { QStringLiteral("error"), why } })
              .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Closed once the client has been quiet for a moment, or after a few seconds at most.
    m_linger.setSingleShot(true);
    m_linger.setInterval(500);
    connect(&m_linger, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    m_linger.start();
    QTimer::singleShot(5000, m_socket, &QTcpSocket::disconnectFromHost);
}

} // namespace pd
