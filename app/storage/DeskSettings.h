#pragma once

#include "contract/Money.h"

#include <QHash>
#include <QString>

namespace pd {

class Database;

// Desk-wide settings kept in the order book (desk_settings), so that every desk on one
// book agrees: the listener's address, the public URL providers call back on, and so on.
// An empty value means "not set": setValue(key, "") keeps an empty row, and every reader
// treats an empty value as absent (no default provider, no public URL). value() returns the
// fallback only when there is no row at all.
class DeskSettings {
public:
    explicit DeskSettings(Database &database)
        : m_db(database)
    {
    }

    QString value(const QString &key, const QString &fallback = {});
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // Where providers send webhooks for `provider`: the public URL if one is configured,
    // else the listener's own address.
    QString webhookUrl(const QString &provider);
    // The book's maximum for one amount at intake (Order::maxAmountSetting), or the default.
    Money maxAmount();

    static constexpr const char *listenerEnabled = "listener.enabled"; // "1" or "0"; read at start-up
    static constexpr const char *listenAddress = "listener.address"; // host:port
    static constexpr const char *publicUrl = "listener.public_url"; // https://desk.example.com
    static constexpr const char *publicAddress = "desk.public_address"; // the IP providers see, for their allow-lists
    static constexpr const char *siteUrl
        = "exchange.site_url"; // https://www.kryptoswap.io: payment links, and the API by default
    static constexpr const char *siteLanguage = "exchange.language"; // in payment links; "en" by default
    static constexpr const char *defaultListenAddress = "127.0.0.1:8787"; // when listener.address is not stored
    // The provider that pays out in `xml` unless staff choose another; empty or absent: the
    // first provider whose manifest serves it.
    static QString payoutDefaultKey(const QString &xml) { return QString(QStringLiteral("payout.default.") + xml); }

    // Every currency's default provider, by XML code, in one query.
    QHash<QString, QString> payoutDefaults(QString *error = nullptr);

private:
    Database &m_db;
};

} // namespace pd
