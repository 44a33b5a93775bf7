#include "DeskStartup.h"
#include "Language.h"
#include "workspace/BuildInfo.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>
#include <cstring>

// The composition root: the start-up builds the core, the registry and the window, nothing else.
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
    pd::DeskStartup::Request request;
    request.dir = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
        : demo                                              ? pd::Workspace::demoDir()
                                                            : pd::Workspace::defaultDir();
    request.database = parser.value(QStringLiteral("database"));
    request.demo = demo;
    // The book, the demo's sandbox, the desk runtime and the window, each step on its answer.
    pd::DeskStartup startup(request);
    startup.start();
    return app.exec();
}
