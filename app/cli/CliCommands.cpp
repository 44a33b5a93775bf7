#include "Cli.h"

#include <QCoreApplication>

namespace pd {

// payoutdesk-cli's commands: the usage text (Cli::usage) and the dispatch (Cli::run) are made
// from this table. A command is a row here and its handler in Cli; a group's subcommands
// (orders list, orders show, …) are rows with the same first word.
const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> table {
        { { QStringLiteral("init") }, "DIR",
            QT_TRANSLATE_NOOP("pd::Cli", "create a workspace (every other command refuses a folder that holds none)"),
            &Cli::init },
        { { QStringLiteral("orders"), QStringLiteral("list") },
            "[--status S]... [--currency XML] [--search TEXT] [--limit N] [--format table|json|csv]",
            QT_TRANSLATE_NOOP("pd::Cli", "list orders, filtered (table, JSON or CSV)"), &Cli::ordersList },
        { { QStringLiteral("orders"), QStringLiteral("show") }, "ID",
            QT_TRANSLATE_NOOP("pd::Cli", "one order with its history (ID is the order id or its UID)"),
            &Cli::ordersShow },
        { { QStringLiteral("orders"), QStringLiteral("import") }, "FILE",
            QT_TRANSLATE_NOOP("pd::Cli", "import orders from JSON or CSV, all or nothing"), &Cli::ordersImport },
        { { QStringLiteral("orders"), QStringLiteral("create") }, "--route ID --amount X --to KEY=VALUE ... --agree",
            QT_TRANSLATE_NOOP("pd::Cli", "create an order on the exchange site"), &Cli::ordersCreate },
        { { QStringLiteral("orders"), QStringLiteral("recipient") }, "ORDER accept|keep --comment TEXT",
            QT_TRANSLATE_NOOP("pd::Cli", "decide on a recipient the site changed"), &Cli::ordersRecipient },
        { { QStringLiteral("export"), QStringLiteral("csv") },
            "--what orders|history [--status S]... [--currency XML] [--from DATE] [--to DATE] [--delimiter ,|;] "
            "[--bom] --output FILE|-",
            QT_TRANSLATE_NOOP("pd::Cli", "orders or their history as CSV"), &Cli::exportCsv },
        { { QStringLiteral("merchant"), QStringLiteral("site") }, "URL [--api URL]",
            QT_TRANSLATE_NOOP("pd::Cli", "the exchange site (payment links, order creation)"), &Cli::merchant },
        { { QStringLiteral("merchant"), QStringLiteral("secret") }, "ipn|token",
            QT_TRANSLATE_NOOP("pd::Cli", "the desk's IPN secret / the site's API token, from standard input"),
            &Cli::merchant },
        { { QStringLiteral("providers"), QStringLiteral("list") }, "",
            QT_TRANSLATE_NOOP("pd::Cli", "the built-in payout providers and their settings"), &Cli::providers, true },
        { { QStringLiteral("providers"), QStringLiteral("set") }, "NAME KEY [VALUE]",
            QT_TRANSLATE_NOOP("pd::Cli", "set a setting; a secret is read from standard input"), &Cli::providers,
            true },
        { { QStringLiteral("providers"), QStringLiteral("unset") }, "NAME KEY",
            QT_TRANSLATE_NOOP("pd::Cli", "remove a secret from the keychain"), &Cli::providers, true },
        { { QStringLiteral("providers"), QStringLiteral("test") }, "NAME",
            QT_TRANSLATE_NOOP("pd::Cli", "a signed balance call"), &Cli::providers, true },
        { { QStringLiteral("payout"), QStringLiteral("approve") }, "ORDER... | --all [--provider P]",
            QT_TRANSLATE_NOOP("pd::Cli", "pay orders waiting for their payout"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("hold") }, "ORDER... --reason TEXT",
            QT_TRANSLATE_NOOP("pd::Cli", "hold payouts (release undoes it)"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("release") }, "ORDER... [--comment TEXT]",
            QT_TRANSLATE_NOOP("pd::Cli", "release held orders"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("reject") }, "ORDER... --reason TEXT",
            QT_TRANSLATE_NOOP("pd::Cli", "refuse to pay: the orders are returned, their senders refunded"),
            &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("retry") }, "ORDER... [--comment TEXT]",
            QT_TRANSLATE_NOOP("pd::Cli", "put failed payouts back in the queue"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("mark-paid") }, "ORDER... --reference REF",
            QT_TRANSLATE_NOOP("pd::Cli", "the payout was made outside the desk"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("status") }, "ORDER",
            QT_TRANSLATE_NOOP("pd::Cli", "an order's payout attempts"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("poll") }, "",
            QT_TRANSLATE_NOOP("pd::Cli", "ask the providers about open payouts, once"), &Cli::payout, true },
        { { QStringLiteral("payout"), QStringLiteral("serve") }, "", nullptr, &Cli::payout, true }, // = serve
        { { QStringLiteral("serve") }, "[--listen HOST:PORT] [--poll-every SECONDS] [--insecure-listen]",
            QT_TRANSLATE_NOOP("pd::Cli", "the listener (TLS from the settings) and the poller"), &Cli::serve, true },
        { { QStringLiteral("reconcile") },
            "[--provider P]... --from DATE --to DATE [--format table|json|csv] | --open | --resolve ID --comment TEXT",
            QT_TRANSLATE_NOOP(
                "pd::Cli", "hold the providers' books against the desk's payouts (exit 6: mismatches open)"),
            &Cli::reconcile, true },
        { { QStringLiteral("listener"), QStringLiteral("tls") }, "CERT KEY | --off",
            QT_TRANSLATE_NOOP("pd::Cli", "the listener's TLS (the key's password on standard input)"), &Cli::listener },
        { { QStringLiteral("sandbox"), QStringLiteral("serve") }, "[--port N]",
            QT_TRANSLATE_NOOP("pd::Cli", "run the sandbox provider (API secret on standard input)"), &Cli::sandbox },
        { { QStringLiteral("sandbox"), QStringLiteral("ledger") }, "--url URL",
            QT_TRANSLATE_NOOP("pd::Cli", "print what a running sandbox was asked to pay"), &Cli::sandbox },
        { { QStringLiteral("book"), QStringLiteral("migrate") }, "URL",
            QT_TRANSLATE_NOOP("pd::Cli", "move this workspace's SQLite book into an empty PostgreSQL database"),
            &Cli::book },
        { { QStringLiteral("settings"), QStringLiteral("list") }, "",
            QT_TRANSLATE_NOOP("pd::Cli", "the desk-wide settings and each currency's default provider"),
            &Cli::settings },
        { { QStringLiteral("settings"), QStringLiteral("set") }, "payout.default.XML [PROVIDER]",
            QT_TRANSLATE_NOOP("pd::Cli", "the provider that pays a currency by default (none: no default)"),
            &Cli::settings },
        { { QStringLiteral("limits"), QStringLiteral("list") }, "",
            QT_TRANSLATE_NOOP("pd::Cli", "payout limits, automatic payouts, four eyes"), &Cli::limits },
        { { QStringLiteral("limits"), QStringLiteral("set") }, "PROVIDER XML KIND [VALUE]",
            QT_TRANSLATE_NOOP("pd::Cli", "set one (no VALUE: remove it); KIND: see limits set --help"), &Cli::limits },
        { { QStringLiteral("staff"), QStringLiteral("list") }, "",
            QT_TRANSLATE_NOOP("pd::Cli", "a team book's staff and their roles"), &Cli::staff },
        { { QStringLiteral("staff"), QStringLiteral("set") }, "LOGIN ROLE [NAME]",
            QT_TRANSLATE_NOOP("pd::Cli", "add a member, or change their role (viewer, operator, admin)"), &Cli::staff },
        { { QStringLiteral("staff"), QStringLiteral("remove") }, "LOGIN",
            QT_TRANSLATE_NOOP("pd::Cli", "take a member off the staff"), &Cli::staff },
    };
    return table;
}

} // namespace pd
