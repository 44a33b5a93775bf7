#include "WebhookNonces.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pd {

WebhookNonces::Take WebhookNonces::take(const QString &provider, qint64 nonce, qint64 *last, QString *error)
{
    int taken = 0;
    // One statement: of two desks taking the same webhook at once, the primary key lets one in.
    if (!m_db.exec(QStringLiteral("INSERT INTO webhook_nonces (provider, nonce, received_at) SELECT ?, ?, ? "
                                  "WHERE NOT EXISTS (SELECT 1 FROM webhook_nonces WHERE provider = ? AND nonce >= ?) "
                                  "ON CONFLICT (provider, nonce) DO NOTHING"),
            { provider, nonce, QDateTime::currentMSecsSinceEpoch(), provider, nonce }, &taken)) {
        if (error)
            *error = m_db.lastError();
        return Take::Failed;
    }
    if (taken > 0)
        return Take::New;
    if (last) {
        QSqlQuery q;
        *last = m_db.exec(q, QStringLiteral("SELECT MAX(nonce) FROM webhook_nonces WHERE provider = ?"), { provider })
                && q.next()
            ? q.value(0).toLongLong()
            : 0;
    }
    return Take::Replay;
}

} // namespace pd
