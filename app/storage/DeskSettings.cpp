#include "DeskSettings.h"
#include "domain/Order.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace pd {

QString DeskSettings::value(const QString &key, const QString &fallback)
{
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT value FROM desk_settings WHERE key = ?"), { key }) || !q.next())
        return fallback;
    return q.value(0).toString();
}

bool DeskSettings::setValue(const QString &key, const QString &value, QString *error)
{
    Transaction transaction(m_db);
    const bool ok = transaction.isActive()
        && m_db.exec(QStringLiteral("DELETE FROM desk_settings WHERE key = ?"), { key })
        && m_db.exec(QStringLiteral("INSERT INTO desk_settings (key, value) VALUES (?, ?)"), { key, value })
        && transaction.commit();
    if (!ok && error)
        *error = m_db.lastError();
    return ok;
}

QString DeskSettings::webhookUrl(const QString &provider)
{
    QString base = value(QString::fromLatin1(publicUrl));
    if (base.isEmpty())
        base = QStringLiteral("http://")
            + value(QString::fromLatin1(listenAddress), QString::fromLatin1(defaultListenAddress));
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("/webhook/") + provider;
}

Money DeskSettings::maxAmount()
{
    const auto max = Money::parse(value(QString::fromLatin1(Order::maxAmountSetting)));
    return max && !max->isNegative() && !max->isZero() ? *max : Order::defaultMaxAmount();
}

QHash<QString, QString> DeskSettings::payoutDefaults(QString *error)
{
    QHash<QString, QString> defaults;
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("SELECT key, value FROM desk_settings WHERE key LIKE 'payout.default.%'"))) {
        if (error)
            *error = m_db.lastError();
        return defaults;
    }
    while (q.next()) {
        if (!q.value(1).toString().isEmpty())
            defaults.insert(q.value(0).toString().mid(int(qstrlen("payout.default."))), q.value(1).toString());
    }
    return defaults;
}

} // namespace pd
