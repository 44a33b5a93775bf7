#include "DeskRuntime.h"

#include "domain/StaffRole.h"
#include "listener/ConnectionGuard.h"
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "listener/ListenerTls.h"
#include "listener/WebhookRoute.h"
#include "merchant/IpnSender.h"
#include "payouts/AutoPayer.h"
#include "payouts/DailyReconciliation.h"
#include "payouts/PayoutEngine.h"
#include "payouts/PayoutPoller.h"
#include "payouts/Reconciler.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/DeskSettings.h"
#include "workspace/Workspace.h"

#include <QPointer>

namespace pd {

DeskRuntime::DeskRuntime(
    Workspace &workspace, const ProviderRegistry &registry, const CurrencyRegistry &currencies, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_registry(registry)
    , m_secrets(std::make_unique<SecretStore>(workspace.id()))
    , m_hub(std::make_unique<ProviderHub>(registry, workspace.database(), *m_secrets, &m_network))
    , m_engine(std::make_unique<PayoutEngine>(workspace.database(), *m_hub, currencies))
    , m_poller(std::make_unique<PayoutPoller>(workspace.database(), *m_engine, registry))
    , m_reconciler(std::make_unique<Reconciler>(workspace.database(), *m_hub, *m_engine, currencies))
    , m_daily(std::make_unique<DailyReconciliation>(workspace.database(), registry, *m_hub, *m_reconciler))
{
}

DeskRuntime::~DeskRuntime() = default;

bool DeskRuntime::operates() const
{
    return StaffRoles::mayOperate(m_workspace.member().role);
}

void DeskRuntime::recover()
{
    m_engine->recover([self = QPointer<DeskRuntime>(this)](int reconciled) {
        if (self)
            emit self->recovered(reconciled);
    });
}

void DeskRuntime::start(const Options &options)
{
    if (m_started)
        return;
    m_started = true;
    if (options.viewerOnlyReads && !operates()) {
        m_listenerSettled = true;
        QMetaObject::invokeMethod(
            this, [this] { settle(true, false); }, Qt::QueuedConnection);
        return;
    }
    Database &db = m_workspace.database();
    // Automatic payouts, where a rule says so: on every IPN, and at an interval for orders that
    // reached the queue by hand or by import.
    m_automatic = std::make_unique<AutoPayer>(db, *m_engine);
    connect(&m_automaticEvery, &QTimer::timeout, m_automatic.get(), &AutoPayer::nudge);
    // The listener's routes: the providers' webhooks and the exchange site's IPNs.
    m_listener = std::make_unique<DeskListener>();
    m_webhooks = std::make_unique<WebhookRoute>(*m_listener, db, *m_hub, *m_engine);
    m_ipn = std::make_unique<IpnRoute>(*m_listener, db, *m_secrets);
    connect(m_ipn.get(), &IpnRoute::taken, m_automatic.get(), &AutoPayer::nudge);
    connect(m_ipn.get(), &IpnRoute::taken, this, &DeskRuntime::ipnTaken);
    // IPN out: the desk's own status changes, for orders created with an IPN URL.
    m_ipnOut = std::make_unique<IpnSender>(db, *m_secrets, m_network);
    m_ipnOut->start();
    if (options.pollEveryMs > 0)
        m_poller->setFixedInterval(options.pollEveryMs);
    // Payouts a stopped desk left half-sent are reconciled first (never sent again); then the
    // poller settles what is still open with each provider, and the automation starts.
    connect(
        this, &DeskRuntime::recovered, this,
        [this] {
            m_poller->start();
            m_daily->start();
            m_automatic->start();
            m_automaticEvery.start(automaticEveryMs);
            settle(true, false);
        },
        Qt::SingleShotConnection);
    recover();

    DeskSettings desk(db);
    switch (options.listening) {
    case Listening::Off:
        m_listenerSettled = true;
        return;
    case Listening::AsSettingsSay:
        if (desk.value(QString::fromLatin1(DeskSettings::listenerEnabled)) != QLatin1String("1")) {
            m_listenerSettled = true;
            return;
        }
        break;
    case Listening::LoopbackAnyPort:
        m_where = QStringLiteral("127.0.0.1:0");
        m_listener->guard().setLimits(ConnectionGuard::limitsFrom(desk));
        if (m_listener->listen(QHostAddress::LocalHost, 0, &m_listenerProblem))
            desk.setValue(QString::fromLatin1(DeskSettings::listenAddress),
                QStringLiteral("127.0.0.1:%1").arg(m_listener->port()));
        QMetaObject::invokeMethod(
            this, [this] { settle(false, true); }, Qt::QueuedConnection);
        return;
    case Listening::Always:
        break;
    }
    m_where = !options.listenAddress.isEmpty() ? options.listenAddress
                                               : desk.value(QString::fromLatin1(DeskSettings::listenAddress),
                                                   QString::fromLatin1(DeskSettings::defaultListenAddress));
    // TLS from the settings, its key's password from the keychain; then the listener.
    m_tls = std::make_unique<ListenerTls>(db, *m_secrets);
    connect(m_tls.get(), &ListenerTls::finished, this, [this, options] { listenAfterTls(options); });
    m_tls->read();
}

void DeskRuntime::listenAfterTls(const Options &options)
{
    QString problem = m_tls->configured() && !m_tls->configuration() ? m_tls->error() : QString();
    if (problem.isEmpty()) {
        const auto address = DeskListener::parseAddress(m_where, &problem);
        DeskSettings desk(m_workspace.database());
        m_listener->guard().setLimits(ConnectionGuard::limitsFrom(desk));
        if (address)
            m_listener->listen(
                address->host, address->port, &problem, { m_tls->configuration(), options.insecureListen });
    }
    m_listenerProblem = problem;
    settle(false, true);
}

void DeskRuntime::settle(bool recovery, bool listener)
{
    if (listener && !m_listenerSettled) {
        m_listenerSettled = true;
        if (m_listenerProblem.isEmpty())
            emit listenerStarted();
        else
            emit listenerFailed(m_listenerProblem);
    }
    if (recovery)
        m_recovered = true;
    if (m_recovered && m_listenerSettled && !m_startedSent) {
        m_startedSent = true;
        emit started();
    }
}

} // namespace pd
