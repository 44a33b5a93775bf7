#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayoutDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayoutDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYOUTDESK_VERSION));
    return pd::Cli().run(app.arguments());
}
