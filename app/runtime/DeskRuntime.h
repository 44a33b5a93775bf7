#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace pd {

class AutoPayer;
class CurrencyRegistry;
class DeskListener;
class IpnRoute;
class IpnSender;
class ListenerTls;
class PayoutEngine;
class PayoutPoller;
class Reconciler;
class DailyReconciliation;
class ProviderHub;
class ProviderRegistry;
class SecretStore;
class WebhookRoute;
class Workspace;

// One desk runtime (docs/DESIGN.md, "One desk runtime"): builds and starts what a running desk
// needs from the workspace's settings: the keychain, the providers, the payout engine, the
// poller, the daily reconciliation with the providers' books, the automatic payer and its timer,
// the listener with its routes (IPN, webhooks) and
// the IPN sender. The GUI's start-up and `payoutdesk-cli serve` both use it, so every default
// lives here once. The engine and the providers exist from construction (the CLI's approve and
// poll need only them); start() adds the rest.
class DeskRuntime : public QObject {
    Q_OBJECT
public:
    // Whether and where the listener listens.
    enum class Listening {
        Off,
        AsSettingsSay, // when listener.enabled is "1", on listener.address (the desk)
        Always, // on Options::listenAddress, else the settings' (serve)
        LoopbackAnyPort, // on a free loopback port, kept as listener.address (the demo's sandbox calls back)
    };
    struct Options {
        Listening listening = Listening::AsSettingsSay;
        QString listenAddress; // host:port; empty: the settings', else DeskSettings::defaultListenAddress
        bool insecureListen = false; // plain HTTP on an address other than loopback
        int pollEveryMs = 0; // every provider at this interval instead of its manifest's; 0: its own
        // A viewer's desk only reads: no payouts in flight, no automation, no IPNs (the book
        // would refuse its writes anyway). The CLI's serve runs what it is told.
        bool viewerOnlyReads = true;
    };
    // How often the automatic payer looks at the queue besides each IPN.
    static constexpr int automaticEveryMs = 30000;

    DeskRuntime(Workspace &workspace, const ProviderRegistry &registry, const CurrencyRegistry &currencies,
        QObject *parent = nullptr);
    ~DeskRuntime() override;

    // Payouts a stopped desk left half-sent are looked up with their providers (never sent
    // again); recovered() follows, queued, with how many were reconciled.
    void recover();
    // Everything a running desk does, as `options` say. The IPN sender starts at once; the
    // listener once its TLS is read (listenerStarted() or listenerFailed()); the poller and the
    // automatic payer once recovered. started() follows, once, when both have happened.
    void start(const Options &options);

    // Whether this desk runs payouts, automation and IPNs (a viewer's does not).
    bool operates() const;
    // The address the listener was asked to listen on (host:port), for messages.
    QString listenAddress() const { return m_where; }
    // Why the listener is not listening; empty when it is, or was not asked to.
    QString listenerProblem() const { return m_listenerProblem; }

    SecretStore &secrets() { return *m_secrets; }
    QNetworkAccessManager &network() { return m_network; }
    ProviderHub &providers() { return *m_hub; }
    PayoutEngine &engine() { return *m_engine; }
    PayoutPoller &poller() { return *m_poller; }
    Reconciler &reconciler() { return *m_reconciler; }
    // Yesterday's reconciliation of each provider, run by a started desk that operates.
    DailyReconciliation &daily() { return *m_daily; }
    DeskListener &listener() { return *m_listener; }

signals:
    void recovered(int reconciled);
    void listenerStarted();
    void listenerFailed(const QString &problem);
    void started();
    // An IPN was taken into the book (the pages refresh on it).
    void ipnTaken();

private:
    void listenAfterTls(const Options &options);
    void settle(bool recovery, bool listener);

    Workspace &m_workspace;
    const ProviderRegistry &m_registry;
    QNetworkAccessManager m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<PayoutEngine> m_engine;
    std::unique_ptr<PayoutPoller> m_poller;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<DailyReconciliation> m_daily;
    std::unique_ptr<AutoPayer> m_automatic;
    QTimer m_automaticEvery;
    std::unique_ptr<DeskListener> m_listener;
    std::unique_ptr<WebhookRoute> m_webhooks;
    std::unique_ptr<IpnRoute> m_ipn;
    std::unique_ptr<IpnSender> m_ipnOut;
    std::unique_ptr<ListenerTls> m_tls;
    QString m_where;
    QString m_listenerProblem;
    bool m_started = false;
    bool m_recovered = false;
    bool m_listenerSettled = false;
    bool m_startedSent = false;
};

} // namespace pd
