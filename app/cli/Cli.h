#pragma once

#include <QStringList>
#include <QTextStream>

namespace pd {

class Workspace;

// payoutdesk-cli: the desk's core without a display, for scripts and black-box tests.
class Cli {
public:
    Cli();
    int run(const QStringList &arguments);

private:
    int ordersList(const QStringList &args);
    int ordersShow(const QStringList &args);
    int ordersImport(const QStringList &args);
    int ordersRecipient(const QStringList &args);
    int init(const QStringList &arguments);
    int listener(const QStringList &arguments, const QStringList &words);
    int ordersCreate(const QStringList &args);
    int merchant(const QStringList &arguments, const QStringList &words);
    int providers(const QStringList &arguments, const QStringList &words);
    int sandbox(const QStringList &arguments, const QStringList &words);
    int payout(const QStringList &arguments, const QStringList &words);
    int exportCsv(const QStringList &arguments, const QStringList &words);
    int book(const QStringList &arguments, const QStringList &words);
    int limits(const QStringList &arguments, const QStringList &words);
    int staff(const QStringList &arguments, const QStringList &words);

    // Opens the workspace named by --workspace / --demo (filling the demo on first use).
    std::unique_ptr<Workspace> openWorkspace(const QStringList &args, int *exitCode);
    int usage(const QString &message);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace pd
