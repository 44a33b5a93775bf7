#include "Wait.h"

#include "storage/BookReply.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace pd {

bool waitFor(QObject *sender, const QMetaMethod &signal, int timeoutMs)
{
    if (!sender || !signal.isValid())
        return false;
    QEventLoop loop;
    const QMetaMethod quit = loop.metaObject()->method(loop.metaObject()->indexOfSlot("quit()"));
    const QMetaObject::Connection came = QObject::connect(sender, signal, &loop, quit);
    QObject::connect(sender, &QObject::destroyed, &loop, [&loop] { loop.exit(1); });
    QTimer timeout;
    if (timeoutMs >= 0) {
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
        timeout.start(timeoutMs);
    }
    const bool ok = loop.exec() == 0;
    QObject::disconnect(came);
    return ok;
}

bool waitFor(BookReply *reply, int timeoutMs)
{
    if (!reply)
        return false;
    if (reply->isFinished())
        return true;
    return waitFor(reply, &BookReply::finished, timeoutMs);
}

} // namespace pd
