#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "providers/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "contract/CurrencyRegistry.h"
#include "storage/OrderStore.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <cstdio>
#include <cstring>

// The composition root: builds the core, the registry and the window, nothing else.
int main(int argc, char *argv[])
{
    // --version answers without a display, so packaging checks run anywhere.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("payoutdesk %s\n", PAYOUTDESK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayoutDesk"));
    QApplication::setApplicationName(QStringLiteral("PayoutDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYOUTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PayoutDesk: the exchange's back-office desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"), QApplication::translate("main", "The workspace folder."),
                      QApplication::translate("main", "dir")});
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Open the demo workspace with sample orders.")});
    parser.process(app);

    const bool demo = parser.isSet(QStringLiteral("demo"));
    const QString dir = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                        : demo                                    ? pd::Workspace::demoDir()
                                                                  : pd::Workspace::defaultDir();
    const pd::CurrencyRegistry currencies = pd::CurrencyRegistry::builtIn();
    QString error;
    auto workspace = pd::Workspace::open(dir, &error);
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
    pd::MainWindow window(*workspace, currencies, providers);
    window.show();
    return app.exec();
}
