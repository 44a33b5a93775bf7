#include "DemoSandbox.h"

#include "SandboxServer.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/ProviderSettings.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace pd {

DemoSandbox::DemoSandbox(ProviderHub &hub, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
{
}

DemoSandbox::~DemoSandbox() = default;

void DemoSandbox::start()
{
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    secret = secret.toHex();
    const QString key = QStringLiteral("demo");
    m_server = std::make_unique<SandboxServer>(SandboxServer::Credentials { key, secret });
    if (!m_server->listen()) {
        emit failed(QCoreApplication::translate("DemoSandbox", "The demo's sandbox server could not start."));
        return;
    }
    // Balances enough for the demo book's queue, in the currencies it pays out.
    const QList<std::pair<const char *, const char *>> balances = { { "USDT", "250000.00" }, { "USDC", "100000.00" },
        { "BTC", "12.50000000" }, { "ETH", "180.000000000000000000" }, { "LTC", "900.00000000" },
        { "TRX", "2000000.000000" }, { "UAH", "5000000.00" }, { "USD", "150000.00" }, { "EUR", "120000.00" },
        { "RUB", "9000000.00" }, { "KZT", "50000000.00" }, { "WMZ", "50000.00" }, { "XRP", "400000.000000" },
        { "DOGE", "2000000.00000000" }, { "SOL", "2500.000000000" }, { "TON", "80000.000000000" } };
    for (const auto &[currency, amount] : balances)
        m_server->setBalance(QString::fromLatin1(currency), *Money::parse(QString::fromLatin1(amount)));

    const auto manifest = m_hub.registry().manifest(QStringLiteral("sandbox"));
    ProviderSettings settings(m_hub.database());
    QString error;
    const QString actor = QStringLiteral("demo");
    if (!settings.setValue(*manifest, QStringLiteral("apiUrl"), m_server->baseUrl().toString(), actor, &error)
        || !settings.setValue(*manifest, QStringLiteral("apiKey"), key, actor, &error)) {
        emit failed(error);
        return;
    }
    SecretJob *job
        = m_hub.secrets().write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QString::fromLatin1(secret));
    connect(job, &SecretJob::finished, this, [this, job, manifest, actor] {
        job->deleteLater();
        ProviderSettings settings(m_hub.database());
        QString error = job->error();
        const bool ok = job->ok()
            && settings.setSecretStored(*manifest, QStringLiteral("apiSecret"), true, actor, &error)
            && settings.setValue(*manifest, QStringLiteral("enabled"), QStringLiteral("1"), actor, &error);
        if (!ok) {
            settings.setValue(*manifest, QStringLiteral("enabled"), QStringLiteral("0"), actor, nullptr);
            emit failed(error);
            return;
        }
        emit ready();
    });
}

} // namespace pd
