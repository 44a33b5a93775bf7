#include "ProviderHub.h"

#include "contract/Provider.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/ProviderSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace pd {

ProviderHub::ProviderHub(const ProviderRegistry &registry, Database &database, SecretStore &secrets,
    QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_database(database)
    , m_secrets(secrets)
    , m_network(network)
{
}

bool ProviderHub::isEnabled(const QString &name)
{
    return ProviderSettings(m_database).values(name).value(QStringLiteral("enabled")) == QLatin1String("1");
}

ProviderLoad *ProviderHub::load(const QString &name)
{
    auto *load = new ProviderLoad(this);
    // What the chain of keychain reads carries along; `next` reads the next secret.
    struct State {
        std::unique_ptr<Provider> provider;
        ProviderConfig config;
        QStringList pending;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->provider = m_registry.create(name, m_network);
    if (!state->provider) {
        QTimer::singleShot(0, load, [load, name] {
            load->complete(
                nullptr, QCoreApplication::translate("ProviderHub", "No provider \"%1\" is built in.").arg(name));
        });
        return load;
    }
    const auto stored = ProviderSettings(m_database).values(name);
    for (const ConfigKey &k : state->provider->manifest().requiredConfig) {
        if (k.kind == ConfigKey::Kind::Shown && stored.contains(k.key))
            state->config.values.insert(k.key, stored.value(k.key));
    }
    state->config.debug = stored.value(QStringLiteral("debug")) == QLatin1String("1");
    // The workspace's folder; on a team's PostgreSQL book, this desk's own data folder.
    state->config.stateDir = m_database.path().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        : QFileInfo(m_database.path()).absolutePath();
    state->config.timeoutSeconds = stored.value(QStringLiteral("timeout_seconds"), QStringLiteral("30")).toInt();
    state->pending = state->provider->manifest().secretKeys();

    // Read the secrets one after another; the first that cannot be read ends the load.
    state->next = [this, load, state, name] {
        if (state->pending.isEmpty()) {
            state->provider->configure(state->config);
            load->complete(std::move(state->provider), QString());
            state->next = nullptr; // breaks the cycle through the captured state
            return;
        }
        const QString key = state->pending.takeFirst();
        SecretJob *job = m_secrets.read(name, key);
        connect(job, &SecretJob::finished, load, [load, job, key, state, name] {
            job->deleteLater();
            const bool optional = state->provider->manifest().optionalConfig.contains(key);
            if (!job->ok() && !(optional && job->outcome() == SecretJob::Outcome::NotFound)) {
                load->complete(nullptr,
                    job->outcome() == SecretJob::Outcome::NotFound
                        ? QCoreApplication::translate("ProviderHub", "The secret \"%1\" of %2 is not set.")
                              .arg(key, name)
                        : job->error());
                state->next = nullptr;
                return;
            }
            state->config.values.insert(key, job->secret());
            state->next();
        });
    };
    QTimer::singleShot(0, load, [state] { state->next(); });
    return load;
}

void ProviderHub::askBalance(
    const QString &name, QObject *context, std::function<void(const Balances &, const QString &)> done)
{
    const auto answer = [this, name, done](const Balances &balances, const QString &error) {
        emit balancesRead(name, balances, error);
        done(balances, error);
    };
    ProviderLoad *pending = load(name);
    connect(pending, &ProviderLoad::finished, context, [pending, context, answer] {
        pending->deleteLater();
        if (!pending->provider())
            return answer({}, pending->error());
        // The adapter lives until its reply is in.
        std::shared_ptr<Provider> provider(pending->takeProvider());
        ProviderReply *reply = provider->balance();
        reply->setParent(context);
        connect(reply, &ProviderReply::finished, context, [reply, provider, answer] {
            reply->deleteLater();
            if (reply->error().isError())
                return answer({}, reply->error().message);
            answer(reply->balances(), QString());
        });
    });
}

} // namespace pd
