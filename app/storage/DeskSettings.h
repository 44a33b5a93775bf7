#pragma once

#include <QString>

namespace pd {

class Database;

// Desk-wide settings kept in the order book (desk_settings), so that every desk on one
// book agrees: the listener's address, the public URL providers call back on, and so on.
class DeskSettings {
public:
    explicit DeskSettings(Database &database) : m_db(database) {}

    QString value(const QString &key, const QString &fallback = {});
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

    // Where providers send webhooks for `provider`: the public URL if one is configured,
    // else the listener's own address.
    QString webhookUrl(const QString &provider);

    static constexpr const char *listenAddress = "listener.address";  // host:port
    static constexpr const char *publicUrl = "listener.public_url";   // https://desk.example.com
    static constexpr const char *publicAddress = "desk.public_address"; // the IP providers see, for their allow-lists
    static constexpr const char *siteUrl = "exchange.site_url";       // https://www.kryptoswap.io: payment links, and the API by default
    static constexpr const char *siteLanguage = "exchange.language";  // in payment links; "en" by default

private:
    Database &m_db;
};

} // namespace pd
