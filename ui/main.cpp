#include "DemoSandbox.h"
#include "Language.h"
#include "MainWindow.h"
#include "OrdersPage.h"
#include "PayoutQueuePage.h"
#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"
#include "contract/TlsSupport.h"
#include "listener/ConnectionGuard.h"
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "listener/ListenerTls.h"
#include "listener/WebhookRoute.h"
#include "merchant/IpnSender.h"
#include "payouts/AutoPayer.h"
#include "payouts/PayoutEngine.h"
#include "payouts/PayoutPoller.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/BookConnection.h"
#include "workspace/BuildInfo.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>
#include <cstring>

// The composition root: builds the core, the registry and the window, nothing else.
int main(int argc, char *argv[])
{
    // --version answers without a display, so packaging checks run anywhere.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("%s\n", qPrintable(pd::BuildInfo::versionText(QStringLiteral("payoutdesk"))));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayoutDesk"));
    QApplication::setApplicationName(QStringLiteral("PayoutDesk"));
    QApplication::setApplicationVersion(pd::BuildInfo::version());
    // The installed desktop file and icon theme entry, so that docks and task bars match the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.payoutdesk.PayoutDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.payoutdesk.PayoutDesk"), QIcon(QStringLiteral(":/payoutdesk/icons/payoutdesk.png"))));

    // The staff member's language (Edit → Settings…), before any text is made.
    pd::Language::apply(pd::Language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PayoutDesk: the exchange's back-office desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("workspace"), QApplication::translate("main", "The workspace folder."),
        QApplication::translate("main", "dir") });
    parser.addOption(
        { QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace with sample orders.") });
    parser.addOption({ QStringLiteral("database"),
        QApplication::translate("main",
            "Team mode: the order book on this PostgreSQL server, "
            "postgresql://user@host:port/database (password from the keychain)."),
        QApplication::translate("main", "url") });
    parser.process(app);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    const QString dir = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
        : demo                                                    ? pd::Workspace::demoDir()
                                                                  : pd::Workspace::defaultDir();
    const pd::CurrencyRegistry currencies = pd::CurrencyRegistry::builtIn();
    QString error;
    auto workspace = pd::BookConnection::open(dir, parser.value(QStringLiteral("database")), &error);
    if (workspace && demo) {
        pd::OrderStore store(workspace->database());
        if (!pd::DemoOrders::fillIfEmpty(store, currencies, &error))
            workspace.reset();
    }
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PayoutDesk"),
            QApplication::translate("main", "The workspace %1 cannot be opened:\n%2").arg(dir, error));
        return 1;
    }
    const pd::ProviderRegistry registry = pd::ProviderRegistry::builtIn();
    pd::SecretStore secrets(workspace->id());
    QNetworkAccessManager network;
    pd::ProviderHub providers(registry, workspace->database(), secrets, &network);
    // The demo pays through a sandbox server of its own; wait for it (briefly) before the
    // window reads the provider's settings.
    pd::DemoSandbox sandbox(providers);
    QString startProblem;
    if (demo) {
        QEventLoop wait;
        QObject::connect(&sandbox, &pd::DemoSandbox::ready, &wait, &QEventLoop::quit);
        QObject::connect(&sandbox, &pd::DemoSandbox::failed, &wait, [&](const QString &why) {
            startProblem = QApplication::translate("main", "The demo's sandbox provider stays disabled: %1").arg(why);
            wait.quit();
        });
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        sandbox.start();
        wait.exec();
    }
    // The payout engine, and the poller that settles what is still open with each provider;
    // payouts a stopped desk left half-sent are reconciled first (never sent again).
    pd::PayoutEngine engine(workspace->database(), providers, currencies);
    engine.setLanguage(pd::Language::effective(pd::Language::chosen()));
    pd::PayoutPoller poller(workspace->database(), engine, registry);
    // Automatic payouts, where a rule says so: on every IPN, and every 30 s for orders that
    // reached the queue by hand or by import.
    pd::AutoPayer automatic(workspace->database(), engine);
    QTimer automaticEvery;
    QObject::connect(&automaticEvery, &QTimer::timeout, &automatic, &pd::AutoPayer::nudge);
    // A viewer's desk only reads: the payouts in flight, the automation and the IPNs are the
    // business of desks that may write (the book would refuse this one's writes anyway).
    const bool operates = pd::Staff::mayOperate(workspace->member().role);
    if (operates) {
        engine.recover([&poller, &automatic, &automaticEvery](int) {
            poller.start();
            automatic.start();
            automaticEvery.start(30000);
        });
    }
    // The listener for provider webhooks: off unless the settings turn it on; the demo opens
    // one on a free loopback port so that its sandbox can call back.
    pd::DeskListener listener;
    pd::WebhookRoute webhooks(listener, workspace->database(), providers, engine);
    pd::IpnRoute ipn(listener, workspace->database(), secrets);
    QObject::connect(&ipn, &pd::IpnRoute::taken, &automatic, &pd::AutoPayer::nudge);
    // IPN out: the desk's own status changes, for orders created with an IPN URL.
    pd::IpnSender ipnOut(workspace->database(), secrets, network);
    if (operates)
        ipnOut.start();
    pd::DeskSettings desk(workspace->database());
    if (!operates) {
        // no listener: IPNs and webhooks write to the book
    } else if (demo) {
        if (listener.listen(QHostAddress::LocalHost, 0))
            desk.setValue(QString::fromLatin1(pd::DeskSettings::listenAddress),
                QStringLiteral("127.0.0.1:%1").arg(listener.port()));
    }
    pd::MainWindow window(*workspace, currencies, providers, engine);
    // The listener as the settings say, once its TLS (certificate, key, and the key's password
    // from the keychain) is read; a problem is shown over the window.
    pd::ListenerTls listenerTls(workspace->database(), secrets);
    QObject::connect(&listenerTls, &pd::ListenerTls::finished, &window, [&] {
        QString problem = listenerTls.configured() && !listenerTls.configuration() ? listenerTls.error() : QString();
        const auto address = pd::DeskListener::parseAddress(
            desk.value(QString::fromLatin1(pd::DeskSettings::listenAddress), QStringLiteral("127.0.0.1:8787")),
            &problem);
        listener.guard().setLimits(pd::ConnectionGuard::limitsFrom(desk));
        if (problem.isEmpty() && address)
            listener.listen(address->host, address->port, &problem, { listenerTls.configuration(), false });
        if (!problem.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("main", "PayoutDesk"),
                QApplication::translate("main", "The listener for webhooks could not start: %1").arg(problem));
    });
    if (operates && !demo && desk.value(QStringLiteral("listener.enabled")) == QLatin1String("1"))
        listenerTls.read();
    // An IPN changed the book: the pages show it within a quarter second, once per burst.
    QTimer ipnRefresh;
    ipnRefresh.setSingleShot(true);
    ipnRefresh.setInterval(250);
    QObject::connect(&ipnRefresh, &QTimer::timeout, &window, [&window] {
        window.queuePage()->refresh();
        window.ordersPage()->refresh();
    });
    QObject::connect(&ipn, &pd::IpnRoute::taken, &ipnRefresh, [&ipnRefresh] {
        if (!ipnRefresh.isActive())
            ipnRefresh.start();
    });
    window.show();
    // OpenSSL carries every HTTPS call to a provider: without it, say so before staff try to pay.
    const QString tlsProblem = pd::TlsSupport::problem();
    if (!tlsProblem.isEmpty())
        startProblem = startProblem.isEmpty() ? tlsProblem : startProblem + QStringLiteral("\n\n") + tlsProblem;
    if (!startProblem.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "PayoutDesk"), startProblem);
    return app.exec();
}
