#include "ConnectionGuard.h"

#include "ConnectionWatch.h"
#include "storage/DeskSettings.h"

#include <QTcpSocket>

namespace pd {

ConnectionGuard::Limits ConnectionGuard::limitsFrom(DeskSettings &desk)
{
    Limits limits;
    const auto whole = [&desk](const char *key, int fallback) {
        bool ok = false;
        const int value = desk.value(QString::fromLatin1(key)).toInt(&ok);
        return ok && value > 0 ? value : fallback;
    };
    limits.maxConnections = whole(maxConnectionsSetting, limits.maxConnections);
    limits.maxPerAddress = whole(maxPerAddressSetting, limits.maxPerAddress);
    limits.idleMs = whole(idleSecondsSetting, limits.idleMs / 1000) * 1000;
    return limits;
}

ConnectionGuard::ConnectionGuard(QObject *parent)
    : QObject(parent)
{
}

bool ConnectionGuard::admit(const QHostAddress &peer)
{
    const QString who = peer.toString();
    if (m_perAddress.value(who) >= m_limits.maxPerAddress) {
        emit refused(who, QString(),
            tr("%1 already has %2 connections open, the most one address may.").arg(who).arg(m_perAddress.value(who)));
        return false;
    }
    if (m_open >= m_limits.maxConnections) {
        ConnectionWatch *longest = nullptr;
        for (ConnectionWatch *w : std::as_const(m_watches)) {
            if (w->idleForMs() >= 0 && (!longest || w->idleForMs() > longest->idleForMs()))
                longest = w;
        }
        if (!longest) {
            emit refused(
                who, QString(), tr("%1 connections are open and busy, the most the listener takes.").arg(m_open));
            return false;
        }
        longest->close(tr("Closed to make room: %1 connections were open.").arg(m_open));
    }
    ++m_open;
    ++m_perAddress[who];
    return true;
}

void ConnectionGuard::watch(QTcpSocket *socket, const QHostAddress &peer)
{
    m_watches.insert(new ConnectionWatch(*this, socket, peer.toString()));
}

void ConnectionGuard::release(ConnectionWatch *watch, const QString &peer)
{
    m_watches.remove(watch);
    --m_open;
    if (--m_perAddress[peer] <= 0)
        m_perAddress.remove(peer);
}

} // namespace pd
