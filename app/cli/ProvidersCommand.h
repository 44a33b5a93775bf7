#pragma once

#include <QStringList>
#include <QTextStream>

namespace pd {

class Workspace;

// payoutdesk-cli providers …: list the built-in adapters with their state, set and unset
// settings (secrets go to the keychain, read from standard input), test a connection.
class ProvidersCommand {
public:
    ProvidersCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace)
        , m_out(out)
        , m_err(err)
    {
    }

    int list();
    int set(const QString &provider, const QString &key, const QStringList &value);
    int unset(const QString &provider, const QString &key);
    int test(const QString &provider);

private:
    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
