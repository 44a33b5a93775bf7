#pragma once

#include <QString>
#include <QStringList>

namespace pd {

// What this build is and what it runs on: for --version, the About box, and a support
// ticket. The commit is the one the build was configured from ("unknown" outside git).
class BuildInfo {
public:
    static QString version();
    static QString commit();
    // "payoutdesk 0.1.0 (commit abc1234)"
    static QString versionLine(const QString &program);
    // What --version prints: that line, then the OpenSSL the desk runs with and Qt's TLS backend.
    static QString versionText(const QString &program);
    // One "label: value" line each: version, commit, build type, compiler, Qt built against
    // and running, OpenSSL and Qt's TLS backend, SQLite.
    static QList<std::pair<QString, QString>> details();
    static QString detailsText();
};

} // namespace pd
