#include "Cli.h"
#include "workspace/BuildInfo.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayoutDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayoutDesk"));
    QCoreApplication::setApplicationVersion(pd::BuildInfo::version());
    return pd::Cli().run(app.arguments());
}
