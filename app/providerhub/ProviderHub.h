#pragma once

#include "ProviderLoad.h"
#include "ProviderRegistry.h"
#include "contract/Payout.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace pd {

class Database;
class SecretStore;

// Where the desk's core meets the adapters: builds a configured adapter from the registry,
// the provider's settings in the book and its secrets in the keychain. A provider whose
// secrets cannot be read (no keychain) is not handed out: it stays disabled.
class ProviderHub : public QObject {
    Q_OBJECT
public:
    ProviderHub(const ProviderRegistry &registry, Database &database, SecretStore &secrets,
        QNetworkAccessManager *network, QObject *parent = nullptr);

    const ProviderRegistry &registry() const { return m_registry; }
    SecretStore &secrets() { return m_secrets; }
    QNetworkAccessManager *network() { return m_network; }
    Database &database() { return m_database; }

    bool isEnabled(const QString &name);
    ProviderLoad *load(const QString &name);
    // Asks provider `name` for its balances. `done` runs once, on `context`'s thread, with the
    // balances and an empty error, or with why they could not be read (not for a context gone).
    void askBalance(const QString &name, QObject *context,
        std::function<void(const Balances &balances, const QString &error)> done);

signals:
    // Every answer askBalance gets, before its `done`: a page that shows balances follows
    // what any other page read (the dashboard re-reads them on a timer).
    void balancesRead(const QString &name, const Balances &balances, const QString &error);

private:
    const ProviderRegistry &m_registry;
    Database &m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
};

} // namespace pd
