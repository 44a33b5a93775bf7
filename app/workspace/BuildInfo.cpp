#include "BuildInfo.h"
#include "contract/TlsSupport.h"
#include "contract/Translated.h"

#include "PayoutDeskBuild.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <sqlite3.h>

namespace pd {

QString BuildInfo::version()
{
    return QStringLiteral(PAYOUTDESK_VERSION_TEXT);
}

QString BuildInfo::commit()
{
    return QStringLiteral(PAYOUTDESK_COMMIT);
}

QString BuildInfo::versionLine(const QString &program)
{
    return QStringLiteral("%1 %2 (commit %3)").arg(program, version(), commit());
}

QString BuildInfo::versionText(const QString &program)
{
    return versionLine(program) + u'\n' + TlsSupport::openSslVersion() + QStringLiteral(" (Qt's TLS backend: ")
        + TlsSupport::qtBackend() + u')';
}

QList<std::pair<QString, QString>> BuildInfo::details()
{
    const auto tr = [](const char *text) { return translated("pd::BuildInfo", text); };
    return {
        { tr("Version"), version() },
        { tr("Commit"), commit() },
        { tr("Build type"), QStringLiteral(PAYOUTDESK_BUILD_TYPE) },
        { tr("Compiler"), QStringLiteral(PAYOUTDESK_COMPILER) },
        { tr("Qt (built against)"), QStringLiteral(QT_VERSION_STR) },
        { tr("Qt (running)"), QString::fromLatin1(qVersion()) },
        { tr("OpenSSL"), TlsSupport::openSslVersion() },
        { tr("TLS backend"), TlsSupport::qtBackend() },
        { tr("SQLite"), QString::fromLatin1(sqlite3_libversion()) },
        { tr("System"),
            QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::currentCpuArchitecture() + u')' },
    };
}

QString BuildInfo::detailsText()
{
    QStringList lines;
    for (const auto &[label, value] : details())
        lines << label + QStringLiteral(": ") + value;
    return lines.join(u'\n');
}

} // namespace pd
