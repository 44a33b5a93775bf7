#pragma once

#include "ExchangeSiteClient.h"

#include <QObject>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace pd {

class Database;
class SecretStore;

// "New order": creates the order on the exchange site (ExchangeSiteClient, with the API token
// from the keychain), stores it in the order book with its UID, secret and IPN URL and an
// arrival entry naming who created it, and keeps its IPN secret in the keychain for IPN out.
// The New order dialog and `payoutdesk-cli orders create` both go through here.
class OrderCreator : public QObject {
    Q_OBJECT
public:
    OrderCreator(Database &database, SecretStore &secrets, QNetworkAccessManager &network, QObject *parent = nullptr);

    void create(const ExchangeSiteClient::NewOrder &order, const QString &actor,
        std::function<void(std::optional<Order> created, const QString &error)> done);

private:
    Database &m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
};

} // namespace pd
