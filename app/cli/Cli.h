#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace pd {

class Workspace;

// payoutdesk-cli: the desk's core without a display, for scripts and black-box tests.
class Cli {
public:
    Cli();
    int run(const QStringList &arguments);

    // One row of the command table (CliCommands.cpp): the words that name the command, what
    // follows them, one line of help, and the handler that runs it. The usage text and the
    // dispatch are made from the table, so a new command is a row and its handler.
    struct Command {
        // Gets the arguments without the command's words, and the words as typed.
        using Handler = int (Cli::*)(const QStringList &args, const QStringList &words);
        QStringList words; // "orders", "list"; a group's subcommands share the first
        const char *synopsis = ""; // what follows the words, as typed (not translated)
        const char *help = nullptr; // one line, QT_TRANSLATE_NOOP("pd::Cli", …); nullptr: an alias, not listed
        Handler handler = nullptr;
        bool reachesProviders = false; // says at once when HTTPS cannot work here
    };
    static const QList<Command> &commands();

private:
    int init(const QStringList &args, const QStringList &words);
    int reconcile(const QStringList &args, const QStringList &words);
    int ordersList(const QStringList &args, const QStringList &words);
    int ordersShow(const QStringList &args, const QStringList &words);
    int ordersImport(const QStringList &args, const QStringList &words);
    int ordersRecipient(const QStringList &args, const QStringList &words);
    int ordersCreate(const QStringList &args, const QStringList &words);
    int listener(const QStringList &args, const QStringList &words);
    int merchant(const QStringList &args, const QStringList &words);
    int providers(const QStringList &args, const QStringList &words);
    int sandbox(const QStringList &args, const QStringList &words);
    int payout(const QStringList &args, const QStringList &words);
    int serve(const QStringList &args, const QStringList &words);
    int exportCsv(const QStringList &args, const QStringList &words);
    int book(const QStringList &args, const QStringList &words);
    int settings(const QStringList &args, const QStringList &words);
    int limits(const QStringList &args, const QStringList &words);
    int staff(const QStringList &args, const QStringList &words);

    // The row `words` name; nullptr, with the usage error said, when none does.
    const Command *find(const QStringList &words, bool help, int *exitCode);
    // Opens the workspace named by --workspace / --demo (filling the demo on first use).
    std::unique_ptr<Workspace> openWorkspace(const QStringList &args, int *exitCode);
    // The usage text made from the table: every command, or a group's.
    static QString usageText(const QString &group = {});
    int usage(const QString &message);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace pd
