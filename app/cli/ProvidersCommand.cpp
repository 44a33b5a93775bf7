#include "ProvidersCommand.h"
#include "contract/Translated.h"

#include "SecretInput.h"

#include "ExitCode.h"
#include "ProviderRegistry.h"
#include "Wait.h"
#include "contract/Provider.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <termios.h>
#include <unistd.h>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::ProvidersCommand", text);
}

} // namespace

int ProvidersCommand::list()
{
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    ProviderSettings settings(m_workspace.database());
    for (const Manifest &m : registry.manifests()) {
        const auto values = settings.values(m.name);
        const QStringList secrets = settings.storedSecrets(m.name);
        QStringList missing;
        for (const ConfigKey &k : m.requiredConfig) {
            const bool set = k.kind == ConfigKey::Kind::Secret ? secrets.contains(k.key) : values.contains(k.key);
            if (!set && !m.optionalConfig.contains(k.key)) // a webhook key may stay empty
                missing << k.key;
        }
        m_out << m.name << "  " << m.title << "  "
              << (values.value(QStringLiteral("enabled")) == QLatin1String("1") ? tr("enabled") : tr("disabled"))
              << "\n"
              << "  " << tr("currencies: %1").arg(m.allowXml.join(u' ')) << "\n";
        for (const ConfigKey &k : m.requiredConfig)
            m_out << "  " << k.key << ": "
                  << (k.kind == ConfigKey::Kind::Secret ? (
                          secrets.contains(k.key) ? tr("(secret stored in the keychain)") : tr("(secret not set)"))
                                                        : values.value(k.key, tr("(not set)")))
                  << "\n";
        if (!missing.isEmpty())
            m_out << "  " << tr("missing: %1").arg(missing.join(QStringLiteral(", "))) << "\n";
    }
    return ExitOk;
}

int ProvidersCommand::set(const QString &provider, const QString &key, const QStringList &value)
{
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    const auto manifest = registry.manifest(provider);
    if (!manifest) {
        m_err << tr("No provider \"%1\". Try: payoutdesk-cli providers list").arg(provider) << "\n";
        return ExitNotFound;
    }
    ProviderSettings settings(m_workspace.database());
    QString error;
    const auto configKey = manifest->configKey(key);
    if (configKey && configKey->kind == ConfigKey::Kind::Secret) {
        if (!value.isEmpty()) {
            // A secret on the command line would land in the shell's history and `ps`.
            m_err << tr("%1 is a secret: give it on standard input, not as an argument.").arg(key) << "\n";
            return ExitUsage;
        }
        const QString secret = SecretInput::readLine();
        if (secret.isEmpty()) {
            m_err << tr("No secret was given on standard input; nothing changed.") << "\n";
            return ExitUsage;
        }
        SecretStore store(m_workspace.id());
        SecretJob *job = store.write(provider, key, secret);
        waitFor(job, &SecretJob::finished);
        if (!job->ok()) {
            m_err << job->error() << "\n";
            return ExitFailure;
        }
        if (!settings.setSecretStored(*manifest, key, true, m_workspace.database().login(), &error)) {
            m_err << error << "\n";
            return ExitFailure;
        }
        m_out << tr("%1 of %2 is stored in the keychain.").arg(key, provider) << "\n";
        return ExitOk;
    }
    if (value.size() != 1) {
        m_err << tr("Give one value: payoutdesk-cli providers set %1 %2 VALUE").arg(provider, key) << "\n";
        return ExitUsage;
    }
    if (!settings.setValue(*manifest, key, value.first(), m_workspace.database().login(), &error)) {
        m_err << error << "\n";
        return ExitInvalidInput;
    }
    m_out << tr("%1 of %2 is set.").arg(key, provider) << "\n";
    return ExitOk;
}

int ProvidersCommand::unset(const QString &provider, const QString &key)
{
    const auto manifest = ProviderRegistry::builtIn().manifest(provider);
    if (!manifest || !manifest->configKey(key) || manifest->configKey(key)->kind != ConfigKey::Kind::Secret) {
        m_err << tr("%1 has no secret \"%2\".").arg(provider, key) << "\n";
        return ExitNotFound;
    }
    SecretStore store(m_workspace.id());
    SecretJob *job = store.remove(provider, key);
    waitFor(job, &SecretJob::finished);
    if (!job->ok() && job->outcome() != SecretJob::Outcome::NotFound) {
        m_err << job->error() << "\n";
        return ExitFailure;
    }
    QString error;
    ProviderSettings(m_workspace.database())
        .setSecretStored(*manifest, key, false, m_workspace.database().login(), &error);
    m_out << tr("%1 of %2 is removed from the keychain.").arg(key, provider) << "\n";
    return ExitOk;
}

int ProvidersCommand::test(const QString &provider)
{
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    SecretStore store(m_workspace.id());
    QNetworkAccessManager network;
    ProviderHub hub(registry, m_workspace.database(), store, &network);
    ProviderLoad *load = hub.load(provider);
    waitFor(load, &ProviderLoad::finished);
    if (!load->provider()) {
        m_err << load->error() << "\n";
        return ExitFailure;
    }
    if (!load->provider()->missingConfig().isEmpty()) {
        m_err << tr("Not configured: %1").arg(load->provider()->missingConfig().join(QStringLiteral(", "))) << "\n";
        return ExitFailure;
    }
    ProviderReply *reply = load->provider()->balance();
    waitFor(reply, &ProviderReply::finished);
    if (reply->error().isError()) {
        m_err << tr("The connection test failed: %1").arg(reply->error().message) << "\n";
        return ExitFailure;
    }
    m_out << tr("Connected. Balances:") << "\n";
    for (auto it = reply->balances().begin(); it != reply->balances().end(); ++it)
        m_out << "  " << it.key() << " " << it.value().toString() << "\n";
    return ExitOk;
}

} // namespace pd
