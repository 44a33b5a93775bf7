#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

class QTcpSocket;

namespace pd {

class ConnectionWatch;
class DeskSettings;

// What keeps the listener standing where the internet can reach it: a cap on open connections,
// in all and per client address; an idle timeout; and the body limit enforced as the bytes
// arrive, so that a declared length over it is answered 413 at once, without reading the body
// (a chunked body, which declares none, is refused too, and so are headers over 16 KiB). It
// watches each connection before QHttpServer sees a byte of it, and takes what it refuses off
// the socket, so the server never holds it. One per DeskListener, shared by its servers.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 512;
        int maxPerAddress = 32;
        int idleMs = 30000; // no byte either way for this long, while no answer is awaited
        qint64 maxBodyBytes = 64 * 1024;
        qint64 maxHeaderBytes = 16 * 1024;
    };

    // The desk settings that change the limits (whole numbers; absent: the defaults above).
    static constexpr const char *maxConnectionsSetting = "listener.max_connections";
    static constexpr const char *maxPerAddressSetting = "listener.max_per_address";
    static constexpr const char *idleSecondsSetting = "listener.idle_seconds";
    static Limits limitsFrom(DeskSettings &desk);

    explicit ConnectionGuard(QObject *parent = nullptr);

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // A new connection from `peer`: false when its address has as many open as it may (the
    // caller drops it). At the cap in all, the connection idle for longest is closed to make
    // room, so idle ones never keep a real client out; refused only when none is idle.
    bool admit(const QHostAddress &peer);
    // Watches an admitted connection until it closes.
    void watch(QTcpSocket *socket, const QHostAddress &peer);
    int openConnections() const { return m_open; }

signals:
    // A connection dropped, or a request answered before any route saw it, and why; `path` is
    // the request's when one had begun (the IPN route logs its own in the activity log).
    void refused(const QString &peer, const QString &path, const QString &why);

private:
    friend class ConnectionWatch;
    void release(ConnectionWatch *watch, const QString &peer);

    Limits m_limits;
    QSet<ConnectionWatch *> m_watches;
    QHash<QString, int> m_perAddress;
    int m_open = 0;
};

} // namespace pd
