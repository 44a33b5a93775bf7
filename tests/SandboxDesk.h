#pragma once

#include "ProviderRegistry.h"
#include "SandboxServer.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

// A desk as the GUI tests need it: a workspace, the sandbox provider's server on 127.0.0.1,
// the provider configured and enabled with its secret in the (real) keychain, and the engine.
struct SandboxDesk {
    const pd::CurrencyRegistry currencies = pd::CurrencyRegistry::builtIn();
    const pd::ProviderRegistry registry = pd::ProviderRegistry::builtIn();
    pd::SandboxServer server { { QStringLiteral("desk-key"), QByteArrayLiteral("desk-secret") } };
    std::unique_ptr<pd::Workspace> workspace;
    std::unique_ptr<pd::SecretStore> secrets;
    QNetworkAccessManager network;
    std::unique_ptr<pd::ProviderHub> hub;
    std::unique_ptr<pd::PayoutEngine> engine;

    // Empty on success, else what went wrong.
    QString open(const QString &dir)
    {
        QString error;
        if (!server.listen())
            return QStringLiteral("the sandbox server cannot listen");
        workspace = pd::Workspace::open(dir, &error);
        if (!workspace)
            return error;
        secrets = std::make_unique<pd::SecretStore>(workspace->id());
        hub = std::make_unique<pd::ProviderHub>(registry, workspace->database(), *secrets, &network);
        const pd::Manifest sandbox = *registry.manifest(QStringLiteral("sandbox"));
        pd::ProviderSettings settings(workspace->database());
        for (const auto &[key, value] : { std::pair { QStringLiteral("apiUrl"), server.baseUrl().toString() },
                 std::pair { QStringLiteral("apiKey"), QStringLiteral("desk-key") },
                 std::pair { QStringLiteral("enabled"), QStringLiteral("1") } }) {
            if (!settings.setValue(sandbox, key, value, QStringLiteral("tester"), &error))
                return error;
        }
        pd::SecretJob *job
            = secrets->write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("desk-secret"));
        if (!QSignalSpy(job, &pd::SecretJob::finished).wait(20000) || !job->ok())
            return QStringLiteral("the keychain did not store the sandbox's secret: ") + job->error();
        engine = std::make_unique<pd::PayoutEngine>(workspace->database(), *hub, currencies);
        return {};
    }

    // Another provider, configured and enabled: its shown settings in the book, its secrets in
    // the keychain (a fake's config() and secrets()). Empty on success, else what went wrong.
    QString addProvider(
        const QString &name, const QHash<QString, QString> &values, const QHash<QString, QString> &secretValues)
    {
        QString error;
        const pd::Manifest manifest = *registry.manifest(name);
        pd::ProviderSettings settings(workspace->database());
        auto all = values;
        all.insert(QStringLiteral("enabled"), QStringLiteral("1"));
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!settings.setValue(manifest, it.key(), it.value(), QStringLiteral("tester"), &error))
                return error;
        }
        for (auto it = secretValues.begin(); it != secretValues.end(); ++it) {
            pd::SecretJob *job = secrets->write(name, it.key(), it.value());
            if (!QSignalSpy(job, &pd::SecretJob::finished).wait(20000) || !job->ok())
                return QStringLiteral("the keychain did not store a secret: ") + job->error();
        }
        return {};
    }

    // `count` orders waiting for their payout in USDT TRC20, 10.25, 20.25, … (or each `amount`);
    // their ids.
    QStringList addWaitingOrders(int count, qint64 firstUid = 500, const QString &amount = {})
    {
        QList<pd::Order> orders;
        QList<pd::HistoryEntry> history;
        QStringList ids;
        for (int i = 1; i <= count; ++i) {
            pd::Order o;
            o.uid = firstUid + i;
            o.id = QStringLiteral("65c00000000000000000%1").arg(o.uid, 4, 10, QLatin1Char('0'));
            o.status = pd::OrderStatus::InProgressPayout;
            o.inAmount = *pd::Money::parse(u"0.001");
            o.outAmount = *pd::Money::parse(amount.isEmpty() ? QStringLiteral("%1.25").arg(i * 10) : amount);
            o.xmlFrom = QStringLiteral("BTC");
            o.xmlTo = QStringLiteral("USDTTRC20");
            o.toValues = { { QStringLiteral("address"), QStringLiteral("Wallet"),
                QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
            o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc().addSecs(i);
            orders << o;
            history << pd::HistoryEntry::arrival(o.id, o.status, QStringLiteral("tester"), QString());
            ids << o.id;
        }
        QString error;
        return pd::OrderStore(workspace->database()).add(orders, history, &error) ? ids : QStringList();
    }
};
