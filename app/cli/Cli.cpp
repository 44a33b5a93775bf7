#include "Cli.h"
#include "ProviderRegistry.h"
#include "SecretInput.h"
#include "contract/TlsSupport.h"
#include "contract/Translated.h"
#include "listener/ListenerTls.h"
#include "secrets/SecretStore.h"
#include "services/QueueActions.h"
#include "services/SettingsService.h"
#include "storage/DeskSettings.h"
#include "storage/RecipientReview.h"
#include "workspace/BuildInfo.h"

#include "BookCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "MerchantCommand.h"
#include "PayoutCommand.h"
#include "ProvidersCommand.h"
#include "ReconcileCommand.h"
#include "SandboxCommand.h"
#include "Wait.h"
#include "contract/CurrencyRegistry.h"
#include "domain/LimitKind.h"
#include "domain/StaffRole.h"
#include "export/CsvWriter.h"
#include "import/OrderImporter.h"
#include "import/OrderRecord.h"
#include "storage/ActivityLog.h"
#include "storage/OrderStore.h"
#include "storage/PayoutLimits.h"
#include "storage/Staff.h"
#include "workspace/BookConnection.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::Cli", text);
}

const QString exitCodes
    = QStringLiteral("\nExit codes:\n"
                     "  0  success\n"
                     "  1  the work could not be done (storage error, locked order book, ...)\n"
                     "  2  wrong command line\n"
                     "  3  no such order\n"
                     "  4  the input file has bad rows; nothing was imported\n"
                     "  5  no workspace in that folder; nothing was created (init DIR, or --create)\n"
                     "  6  reconcile: a mismatch with a provider's books is open\n");

void addWorkspaceOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("workspace"),
        tr("The workspace folder (default: %1).").arg(Workspace::defaultDir()), tr("dir") });
    parser.addOption({ QStringLiteral("demo"), tr("Use the demo workspace, filled with sample orders.") });
    parser.addOption({ QStringLiteral("create"), tr("Create the workspace if the folder holds none yet.") });
    parser.addOption({ QStringLiteral("database"),
        tr("Team mode: keep the workspace's order book on this PostgreSQL server from now on, "
           "postgresql://user@host:port/database (the password is read from the OS keychain)."),
        tr("url") });
    parser.addHelpOption();
}

// Parses a subcommand's own options; prints help or the error itself.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int *exitCode,
    QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description + u'\n' + exitCodes);
    if (!parser.parse(args)) {
        err << parser.errorText() << "\n" << tr("Try --help.") << "\n";
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

// Opens the workspace's book, waiting for the keychain.
std::unique_ptr<Workspace> openBook(const QString &dir, const QString &databaseOption, QString *error)
{
    std::unique_ptr<BookOpening> opening(BookConnection::open(dir, databaseOption));
    waitFor(opening.get());
    if (!opening->ok())
        *error = opening->error();
    return opening->takeWorkspace();
}

QString pad(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ', true);
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
}

QString Cli::usageText(const QString &group)
{
    // The words and synopsis, then the help: beside them when they are short, else below.
    const qsizetype column = 34;
    QString text = tr("Usage: payoutdesk-cli [--workspace DIR | --demo] COMMAND ...") + QStringLiteral("\n\n")
        + tr("Commands:") + u'\n';
    for (const Command &c : commands()) {
        if (!c.help || (!group.isEmpty() && c.words.first() != group))
            continue;
        QString left = QStringLiteral("  ") + c.words.join(u' ');
        if (*c.synopsis)
            left += u' ' + QString::fromLatin1(c.synopsis);
        text += left.size() < column ? left.leftJustified(column) : left + u'\n' + QString(column, u' ');
        text += translated("pd::Cli", c.help) + u'\n';
    }
    return text + u'\n' + tr("Every command takes --help.") + u'\n' + exitCodes;
}

int Cli::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << message << "\n";
    m_err << usageText();
    return message.isEmpty() ? ExitOk : ExitUsage;
}

const Cli::Command *Cli::find(const QStringList &words, bool help, int *exitCode)
{
    const QString &group = words.first();
    QList<const Command *> rows;
    for (const Command &c : commands()) {
        if (c.words.first() == group)
            rows << &c;
    }
    if (rows.isEmpty()) {
        *exitCode = usage(tr("Unknown command \"%1\".").arg(group));
        return nullptr;
    }
    // A command of one word (init, serve): what follows is its own.
    if (rows.size() == 1 && rows.first()->words.size() == 1)
        return rows.first();
    if (words.size() > 1) {
        for (const Command *c : rows) {
            if (c->words.value(1) == words.at(1))
                return c;
        }
        *exitCode = usage(tr("Unknown subcommand \"%1 %2\".").arg(group, words.at(1)));
        return nullptr;
    }
    if (help) {
        m_out << usageText(group);
        *exitCode = ExitOk;
        return nullptr;
    }
    QStringList subcommands;
    for (const Command *c : rows) {
        if (c->help)
            subcommands << c->words.value(1);
    }
    const QString last = subcommands.takeLast();
    const QString choice
        = subcommands.isEmpty() ? last : tr("%1 or %2").arg(subcommands.join(QStringLiteral(", ")), last);
    *exitCode = usage(tr("\"%1\" needs a subcommand: %2.").arg(group, choice));
    return nullptr;
}

int Cli::run(const QStringList &arguments)
{
    // Global options may stand before the command; the command's parser reads them too.
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--workspace") || a == QLatin1String("--database")) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            words << a;
        if (words.size() == 2)
            break;
    }
    if (arguments.contains(QStringLiteral("--version")) && words.isEmpty()) {
        m_out << BuildInfo::versionText(QStringLiteral("payoutdesk-cli")) << "\n";
        return ExitOk;
    }
    const bool help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (words.isEmpty())
        return usage(help ? QString() : tr("No command given."));
    int code = ExitOk;
    const Command *command = find(words, help, &code);
    if (!command)
        return code;
    // Commands that reach a provider say at once when HTTPS cannot work here.
    if (command->reachesProviders) {
        const QString tlsProblem = TlsSupport::problem();
        if (!tlsProblem.isEmpty())
            m_err << tr("Warning: %1").arg(tlsProblem) << "\n";
    }
    // The command's parser sees the program name and everything but the command's words.
    QStringList args = arguments;
    for (const QString &w : command->words)
        args.removeOne(w);
    return (this->*command->handler)(args, words);
}

std::unique_ptr<Workspace> Cli::openWorkspace(const QStringList &args, int *exitCode)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.parse(args);
    const bool demo = parser.isSet(QStringLiteral("demo"));
    const QString dir = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
        : demo                                                    ? Workspace::demoDir()
                                                                  : Workspace::defaultDir();
    // A mistyped folder must not quietly become a new, empty book ("0 payouts approved").
    if (!demo && !parser.isSet(QStringLiteral("create")) && !parser.isSet(QStringLiteral("database"))
        && !Workspace::exists(dir)) {
        m_err << tr("There is no workspace in %1, and nothing was created. Create one with \"payoutdesk-cli init "
                    "%1\" (or add --create).")
                     .arg(QDir::toNativeSeparators(dir))
              << "\n";
        *exitCode = ExitNoWorkspace;
        return nullptr;
    }
    QString error;
    auto workspace = openBook(dir, parser.value(QStringLiteral("database")), &error);
    if (workspace && demo) {
        OrderStore store(workspace->database());
        if (!DemoOrders::fillIfEmpty(store, CurrencyRegistry::builtIn(), &error))
            workspace.reset();
    }
    if (!workspace) {
        m_err << error << "\n";
        *exitCode = ExitFailure;
    }
    return workspace;
}

int Cli::init(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder of the new workspace."));
    int code = ExitOk;
    if (!parse(parser, args, tr("Create a workspace: its folder and an empty SQLite order book."), &code, m_out, m_err))
        return code;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 1)
        return usage(tr("\"init\" needs the workspace's folder."));
    if (Workspace::exists(rest.first())) {
        m_out << tr("%1 is a workspace already; nothing changed.").arg(QDir::toNativeSeparators(rest.first())) << "\n";
        return ExitOk;
    }
    QString error;
    auto workspace = openBook(rest.first(), parser.value(QStringLiteral("database")), &error);
    if (!workspace) {
        m_err << error << "\n";
        return ExitFailure;
    }
    m_out << tr("Created the workspace %1.").arg(QDir::toNativeSeparators(rest.first())) << "\n";
    return ExitOk;
}

int Cli::providers(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("NAME, KEY and VALUE as the subcommand needs."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Payout providers: list, set NAME KEY [VALUE], unset NAME KEY, test NAME.\n"
               "A secret (a key of kind 2 in the provider's required_config) is read from standard input\n"
               "and stored in the OS keychain; it is never shown, logged or written anywhere else."),
            &code, m_out, m_err))
        return code;
    const QStringList rest = parser.positionalArguments();
    const QString sub = words.at(1);
    const int need = sub == QLatin1String("list") ? 0 : sub == QLatin1String("test") ? 1 : 2;
    if (rest.size() < need || (sub != QLatin1String("set") && rest.size() > need))
        return usage(tr("Wrong number of arguments for \"providers %1\".").arg(sub));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    ProvidersCommand command(*workspace, m_out, m_err);
    if (sub == QLatin1String("list"))
        return command.list();
    if (sub == QLatin1String("test"))
        return command.test(rest.at(0));
    if (sub == QLatin1String("unset"))
        return command.unset(rest.at(0), rest.at(1));
    return command.set(rest.at(0), rest.at(1), rest.mid(2));
}

int Cli::serve(const QStringList &args, const QStringList &)
{
    return payout(args, { QStringLiteral("payout"), QStringLiteral("serve") });
}

int Cli::payout(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({ QStringLiteral("all"), tr("Every order waiting for its payout.") });
    parser.addOption({ QStringLiteral("provider"),
        tr("Pay through this provider (default: the currency's default, else the first that serves it)."),
        tr("name") });
    parser.addOption({ QStringLiteral("listen"),
        tr("serve: the listener's address (default: the settings', else %1).")
            .arg(QString::fromLatin1(DeskSettings::defaultListenAddress)),
        tr("host:port") });
    parser.addOption({ QStringLiteral("poll-every"),
        tr("serve: ask the providers about open payouts at this interval instead of each one's own."), tr("seconds") });
    parser.addOption({ QStringLiteral("insecure-listen"),
        tr("serve: listen in plain HTTP on an address others than this computer reach (without TLS, an IPN's "
           "recipient can be swapped on the way).") });
    parser.addOption({ QStringLiteral("reason"), tr("hold, reject: why, kept in the order's history."), tr("text") });
    parser.addOption({ QStringLiteral("reference"),
        tr("mark-paid: the external reference of the payout (transaction id, receipt number)."), tr("ref") });
    parser.addOption(
        { QStringLiteral("comment"), tr("release, retry: a comment for the order's history."), tr("text") });
    parser.addPositionalArgument(QStringLiteral("ORDER"), tr("Order ids or UIDs."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Payouts: approve ORDER... | --all [--provider P], status ORDER, poll.\n"
               "Every payout is sent at most once: a payout left half-sent by a stopped desk is looked up\n"
               "with its provider first, never sent again. approve exits 1 if any payout was not paid or "
               "accepted."),
            &code, m_out, m_err))
        return code;
    const QString sub = words.value(1);
    const QStringList rest = parser.positionalArguments();
    const auto action = QueueActions::fromWord(sub);
    const QString text = parser.value(action == QueueAction::MarkPaid ? QStringLiteral("reference")
            : action && QueueActions::needsText(*action)              ? QStringLiteral("reason")
                                                                      : QStringLiteral("comment"));
    if (action && rest.isEmpty())
        return usage(tr("\"payout %1\" needs order ids or UIDs.").arg(sub));
    if (action && QueueActions::needsText(*action) && text.trimmed().isEmpty())
        return usage(*action == QueueAction::MarkPaid ? tr("\"payout mark-paid\" needs --reference REF.")
                                                      : tr("\"payout %1\" needs --reason TEXT.").arg(sub));
    if (sub == QLatin1String("approve") && rest.isEmpty() && !parser.isSet(QStringLiteral("all")))
        return usage(tr("\"payout approve\" needs order ids or --all."));
    if (sub == QLatin1String("status") && rest.size() != 1)
        return usage(tr("\"payout status\" needs one order."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    PayoutCommand command(*workspace, m_out, m_err);
    if (action)
        return command.act(*action, rest, text);
    if (sub == QLatin1String("approve"))
        return command.approve(rest, parser.isSet(QStringLiteral("all")), parser.value(QStringLiteral("provider")));
    if (sub == QLatin1String("status"))
        return command.status(rest.first());
    if (sub == QLatin1String("serve"))
        return command.serve(parser.value(QStringLiteral("listen")),
            parser.value(QStringLiteral("poll-every")).toDouble(), parser.isSet(QStringLiteral("insecure-listen")));
    return command.poll();
}

int Cli::reconcile(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption(
        { QStringLiteral("provider"), tr("Only this provider (may be given more than once)."), tr("name") });
    parser.addOption({ QStringLiteral("from"), tr("The period's first day (YYYY-MM-DD, UTC)."), tr("date") });
    parser.addOption({ QStringLiteral("to"), tr("The period's last day (YYYY-MM-DD, UTC), included."), tr("date") });
    parser.addOption(
        { QStringLiteral("format"), tr("table, json or csv (default table)."), tr("format"), QStringLiteral("table") });
    parser.addOption({ QStringLiteral("open"), tr("List the open mismatches; read no statement.") });
    parser.addOption({ QStringLiteral("resolve"), tr("Resolve this mismatch (with --comment)."), tr("id") });
    parser.addOption({ QStringLiteral("comment"), tr("How the mismatch was resolved."), tr("text") });
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Holds each provider's own books (its withdrawal or payout history) for a period against the\n"
               "desk's payouts: payouts made outside the desk, payouts the provider has no record of, a\n"
               "second payout for one order, other amounts, currencies, addresses or outcomes. Each run is\n"
               "kept in the book; a mismatch stays open until resolved with a comment. Exits 6 while any\n"
               "mismatch is open."),
            &code, m_out, m_err))
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(tr("Unknown format \"%1\": use table, json or csv.").arg(format));
    const auto day = [](const QString &text) { return QDate::fromString(text, Qt::ISODate); };
    const QDate from = day(parser.value(QStringLiteral("from"))), to = day(parser.value(QStringLiteral("to")));
    const bool resolving = parser.isSet(QStringLiteral("resolve"));
    bool idOk = false;
    const qint64 id = parser.value(QStringLiteral("resolve")).toLongLong(&idOk);
    if (resolving && (!idOk || parser.value(QStringLiteral("comment")).trimmed().isEmpty()))
        return usage(tr("\"reconcile --resolve\" needs a mismatch's number and --comment TEXT."));
    if (!resolving && !parser.isSet(QStringLiteral("open")) && (!from.isValid() || !to.isValid() || to < from))
        return usage(tr("\"reconcile\" needs --from DATE and --to DATE (YYYY-MM-DD, the first not after the last)."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    ReconcileCommand command(*workspace, m_out, m_err);
    if (resolving)
        return command.resolve(id, parser.value(QStringLiteral("comment")));
    if (parser.isSet(QStringLiteral("open")))
        return command.open(format);
    return command.run(parser.values(QStringLiteral("provider")), from.startOfDay(Qt::UTC),
        to.addDays(1).startOfDay(Qt::UTC).addMSecs(-1), format);
}

int Cli::sandbox(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("host"), tr("Address to listen on (default 127.0.0.1)."), tr("host"),
        QStringLiteral("127.0.0.1") });
    parser.addOption({ QStringLiteral("port"), tr("Port to listen on (default 8899; 0 for any free one)."), tr("port"),
        QStringLiteral("8899") });
    parser.addOption({ QStringLiteral("api-key"), tr("The API key clients must send (default \"sandbox\")."), tr("key"),
        QStringLiteral("sandbox") });
    parser.addOption(
        { QStringLiteral("balance"), tr("A starting balance, e.g. USDT=1000.00 (may be repeated)."), tr("balance") });
    parser.addOption({ QStringLiteral("approval"), tr("Answer ok: 2 and settle each payout 3 s later.") });
    parser.addOption({ QStringLiteral("latency"), tr("Delay every answer by this many milliseconds."), tr("ms"),
        QStringLiteral("0") });
    parser.addOption({ QStringLiteral("url"), tr("The running sandbox (for ledger)."), tr("url"),
        QStringLiteral("http://127.0.0.1:8899") });
    int code = ExitOk;
    if (!parse(parser, args,
            tr("The sandbox payout provider (providers/sandbox/README.md): serve it, or print its ledger.\n"
               "serve reads the API secret from standard input."),
            &code, m_out, m_err))
        return code;
    SandboxCommand command(m_out, m_err);
    const QString sub = words.value(1);
    if (sub == QLatin1String("serve")) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return usage(tr("--port needs a number from 0 to 65535."));
        return command.serve(parser.value(QStringLiteral("host")), quint16(port),
            parser.value(QStringLiteral("api-key")), parser.values(QStringLiteral("balance")),
            parser.isSet(QStringLiteral("approval")), parser.value(QStringLiteral("latency")).toInt());
    }
    if (sub == QLatin1String("ledger"))
        return command.ledger(parser.value(QStringLiteral("url")));
    return usage(tr("\"sandbox\" needs a subcommand: serve or ledger."));
}

int Cli::ordersList(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({ QStringLiteral("status"), tr("Only orders in this status (may be repeated)."), tr("status") });
    parser.addOption({ QStringLiteral("currency"), tr("Only orders with this XML code on either side."), tr("xml") });
    parser.addOption(
        { QStringLiteral("search"), tr("A UID, the start of an order id, or part of a recipient."), tr("text") });
    parser.addOption({ QStringLiteral("limit"), tr("At most this many orders (default 100, 0 for all)."), tr("n"),
        QStringLiteral("100") });
    parser.addOption(
        { QStringLiteral("format"), tr("table, json or csv (default table)."), tr("format"), QStringLiteral("table") });
    int code = ExitOk;
    if (!parse(parser, args, tr("List orders, newest first."), &code, m_out, m_err))
        return code;

    OrderFilter filter;
    for (const QString &s : parser.values(QStringLiteral("status"))) {
        const auto status = OrderStatuses::fromCode(s);
        if (!status)
            return usage(tr("Unknown status \"%1\".").arg(s));
        filter.statuses << *status;
    }
    filter.currency = parser.value(QStringLiteral("currency")).toUpper();
    filter.search = parser.value(QStringLiteral("search"));
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    const QString format = parser.value(QStringLiteral("format"));
    if (!limitOk || limit < 0)
        return usage(tr("--limit needs a number."));
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(tr("Unknown format \"%1\": use table, json or csv.").arg(format));

    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    OrderStore store(workspace->database());

    // Read page by page so that a large book never sits in memory whole.
    const int pageSize = 1000;
    QJsonArray json;
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    CsvWriter csv(&out);
    if (format == QLatin1String("csv"))
        csv.writeRow(OrderRecord::fieldNames());
    else if (format == QLatin1String("table"))
        m_out << pad(tr("UID"), 8) << ' ' << pad(tr("Status"), 17) << ' ' << pad(tr("In"), 24) << ' '
              << pad(tr("Out"), 24) << ' ' << pad(tr("Recipient"), 44) << ' ' << tr("Created (UTC)") << "\n";
    qint64 written = 0;
    std::optional<Order> last;
    while (limit == 0 || written < limit) {
        const int want = limit == 0 ? pageSize : int(qMin<qint64>(pageSize, limit - written));
        QString error;
        const auto page
            = last ? store.pageAfter(filter, {}, *last, want, &error) : store.page(filter, {}, want, 0, &error);
        if (!page) {
            m_err << error << "\n";
            return ExitFailure;
        }
        for (const Order &o : *page) {
            if (format == QLatin1String("json"))
                json.append(OrderRecord::toJson(o));
            else if (format == QLatin1String("csv"))
                csv.writeRow(OrderRecord::toFields(o), { 3, 4 });
            else
                m_out << pad(QString::number(o.uid), 8) << ' ' << pad(OrderStatuses::code(o.status), 17) << ' '
                      << pad(o.inAmount.toString() + u' ' + o.xmlFrom, 24) << ' '
                      << pad(o.outAmount.toString() + u' ' + o.xmlTo, 24) << ' ' << pad(o.recipient(), 44) << ' '
                      << o.createdAt.toString(Qt::ISODate) << "\n";
        }
        written += page->size();
        if (page->size() < want)
            break;
        last = page->constLast();
    }
    if (format == QLatin1String("json"))
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    m_out.flush();
    return ExitOk;
}

int Cli::ordersShow(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption(
        { QStringLiteral("format"), tr("text or json (default text)."), tr("format"), QStringLiteral("text") });
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The order id (24 hex digits) or its UID."));
    int code = ExitOk;
    if (!parse(parser, args, tr("Show one order with its history."), &code, m_out, m_err))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("\"orders show\" needs one order id or UID."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    OrderStore store(workspace->database());
    QString error;
    const QString key = parser.positionalArguments().first();
    const auto order = store.find(key, &error);
    if (!order) {
        m_err << (error.isEmpty() ? tr("No order \"%1\" in the book.").arg(key) : error) << "\n";
        return error.isEmpty() ? ExitNotFound : ExitFailure;
    }
    const QList<HistoryEntry> history = store.history(order->id, &error);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject object = OrderRecord::toJson(*order);
        QJsonArray entries;
        for (const HistoryEntry &e : history)
            entries.append(QJsonObject { { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
                { QStringLiteral("oldStatus"), e.oldStatus ? OrderStatuses::code(*e.oldStatus) : QString() },
                { QStringLiteral("status"), OrderStatuses::code(e.status) },
                { QStringLiteral("payoutStatus"), e.payoutStatus }, { QStringLiteral("orderNote"), e.orderNote },
                { QStringLiteral("comment"), e.comment }, { QStringLiteral("actor"), e.actor } });
        object.insert(QStringLiteral("history"), entries);
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << tr("Order %1 (UID %2)").arg(order->id).arg(order->uid) << "\n"
          << tr("Status:    %1 (%2)").arg(OrderStatuses::title(order->status), OrderStatuses::code(order->status))
          << "\n"
          << tr("In:        %1 %2").arg(order->inAmount.toString(), order->xmlFrom) << "\n"
          << tr("Out:       %1 %2").arg(order->outAmount.toString(), order->xmlTo) << "\n";
    for (const OrderValue &v : order->toValues)
        m_out << "  " << v.name << " (" << v.key << "): " << v.value << "\n";
    if (order->recipientWaitsForAPerson()) {
        m_out << tr("The exchange site sent another recipient, which waits for a person (orders recipient %1 "
                    "accept|keep --comment TEXT); until then the order is paid to neither:")
                     .arg(order->uid)
              << "\n";
        for (const OrderValue &v : order->proposedToValues)
            m_out << "  " << v.name << " (" << v.key << "): " << v.value << "\n";
    }
    if (!order->siteStatus.isEmpty())
        m_out << tr("The site says \"%1\", which cannot follow the order's status: not applied.").arg(order->siteStatus)
              << "\n";
    m_out << tr("Route:     %1").arg(order->routeId) << "\n"
          << tr("Partner:   %1").arg(order->partner) << "\n"
          << tr("Created:   %1").arg(order->createdAt.toString(Qt::ISODate)) << "\n"
          << tr("Updated:   %1").arg(order->updatedAt.toString(Qt::ISODate)) << "\n\n"
          << tr("History:") << "\n";
    for (const HistoryEntry &e : history) {
        m_out << "  " << e.at.toString(Qt::ISODate) << "  "
              << (e.oldStatus ? OrderStatuses::code(*e.oldStatus) + QStringLiteral(" -> ") : QString())
              << OrderStatuses::code(e.status) << "  " << e.actor;
        if (!e.comment.isEmpty())
            m_out << "  " << e.comment;
        m_out << "\n";
    }
    return ExitOk;
}

int Cli::ordersRecipient(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({ QStringLiteral("comment"), tr("Why: kept in the order's history."), tr("text") });
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The order id (24 hex digits) or its UID."));
    parser.addPositionalArgument(
        QStringLiteral("DECISION"), tr("accept (the site's new recipient) or keep (the pinned one)."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Decide on a recipient the exchange site sent after the order's recipient was pinned: accept\n"
               "puts it in place of the pinned one (admins only), keep refuses it. Until then the order is\n"
               "paid to neither."),
            &code, m_out, m_err))
        return code;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 2 || (rest.at(1) != QLatin1String("accept") && rest.at(1) != QLatin1String("keep")))
        return usage(tr("\"orders recipient\" needs an order and accept or keep."));
    if (parser.value(QStringLiteral("comment")).trimmed().isEmpty())
        return usage(tr("\"orders recipient\" needs --comment: why, for the order's history."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    const bool accept = rest.at(1) == QLatin1String("accept");
    const StaffRole role = workspace->member().role;
    if (accept ? !StaffRoles::mayAcceptRecipient(role) : !StaffRoles::mayKeepRecipient(role)) {
        m_err << tr("A %1 may not do this: accepting a new recipient is for admins, keeping the pinned one for "
                    "operators and admins.")
                     .arg(StaffRoles::title(role))
              << "\n";
        return ExitFailure;
    }
    OrderStore store(workspace->database());
    QString error;
    const auto order = store.find(rest.at(0), &error);
    if (!order) {
        m_err << (error.isEmpty() ? tr("No order \"%1\" in the book.").arg(rest.at(0)) : error) << "\n";
        return error.isEmpty() ? ExitNotFound : ExitFailure;
    }
    if (!RecipientReview(workspace->database())
             .decide(order->id, accept ? RecipientReview::Decision::Accept : RecipientReview::Decision::Keep,
                 workspace->database().login(), parser.value(QStringLiteral("comment")), &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    m_out << (accept ? tr("Order %1 is now to be paid to the recipient the site sent.")
                     : tr("Order %1 keeps its pinned recipient."))
                 .arg(order->uid)
          << "\n";
    return ExitOk;
}

int Cli::ordersImport(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A JSON or CSV file of orders."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Import orders from JSON (an array of orders, or one per line) or CSV with a header row,\n"
               "with the fields of \"orders list --format json|csv\". All or nothing: if any row is bad,\n"
               "every bad row is reported with its line number and no order is imported."),
            &code, m_out, m_err))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("\"orders import\" needs one file."));
    const QString path = parser.positionalArguments().first();
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    const auto outcome
        = OrderImporter::importFile(*workspace, path, CurrencyRegistry::builtIn(), workspace->database().login());
    for (const auto &problem : outcome.problems)
        m_err << tr("%1:%2: %3").arg(path).arg(problem.line).arg(problem.message) << "\n";
    if (!outcome.problems.isEmpty()) {
        m_err << tr("Nothing was imported: %1 bad row(s).").arg(outcome.problemCount) << "\n";
        return ExitInvalidInput;
    }
    if (!outcome.error.isEmpty()) {
        m_err << outcome.error << "\n" << tr("Nothing was imported.") << "\n";
        return ExitFailure;
    }
    m_out << tr("Imported %1 order(s) from %2.").arg(outcome.imported).arg(path) << "\n";
    return ExitOk;
}
int Cli::ordersCreate(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    const auto option = [&parser](const char *name, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), help, value));
    };
    option("route", tr("The exchange direction's ObjectId (routeId)."), tr("id"));
    option("amount", tr("What the client pays, e.g. 0.015."), tr("amount"));
    option("partner", tr("The partner code."), tr("code"));
    option("from", tr("A detail of the paying side, KEY=VALUE (fromValues; may be repeated)."), tr("key=value"));
    option("to", tr("A recipient detail, KEY=VALUE (toValues; may be repeated)."), tr("key=value"));
    option("route-value", tr("A detail of the direction, KEY=VALUE (routeValues; may be repeated)."), tr("key=value"));
    option("lang", tr("The client's language (default en)."), tr("code"));
    option("agree", tr("The client accepted the exchange's terms (agreement)."));
    option("hide-out-data", tr("Hide the recipient's details from the client's page (hideOutData)."));
    option("callback", tr("Where the client returns afterwards (clientCallbackUrl)."), tr("url"));
    option("ipn-url", tr("Where the site and the desk send this order's IPNs."), tr("url"));
    option("ipn-secret-stdin", tr("Read this order's IPN secret from standard input (needed with --ipn-url)."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Create an order on the exchange site (public/exchanger/order/create) and store it with its UID\n"
               "and secret. The site's address: \"merchant site\"; its API token: \"merchant secret token\"."),
            &code, m_out, m_err))
        return code;
    const auto fields = [&parser](const char *name, bool *ok) {
        QList<ExchangeSiteClient::Field> list;
        for (const QString &pair : parser.values(QString::fromLatin1(name))) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                *ok = false;
            list.append({ pair.left(eq), pair.mid(eq + 1) });
        }
        return list;
    };
    bool ok = true;
    ExchangeSiteClient::NewOrder order;
    order.routeId = parser.value(QStringLiteral("route"));
    order.amount = parser.value(QStringLiteral("amount"));
    order.partner = parser.value(QStringLiteral("partner"));
    order.fromValues = fields("from", &ok);
    order.toValues = fields("to", &ok);
    order.routeValues = fields("route-value", &ok);
    if (parser.isSet(QStringLiteral("lang")))
        order.lang = parser.value(QStringLiteral("lang"));
    order.agreement = parser.isSet(QStringLiteral("agree"));
    order.hideOutData = parser.isSet(QStringLiteral("hide-out-data"));
    order.clientCallbackUrl = parser.value(QStringLiteral("callback"));
    order.ipnUrl = parser.value(QStringLiteral("ipn-url"));
    if (!ok)
        return usage(tr("--from, --to and --route-value take KEY=VALUE."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    return MerchantCommand(*workspace, m_out, m_err).create(order, parser.isSet(QStringLiteral("ipn-secret-stdin")));
}

int Cli::merchant(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption(
        { QStringLiteral("api"), tr("The site's API address, when it is not the site's own."), tr("url") });
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("site URL, or secret ipn|token."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("The exchange site: merchant site URL [--api URL]; merchant secret ipn|token reads the desk's IPN\n"
               "secret or the site's API token from standard input into the OS keychain."),
            &code, m_out, m_err))
        return code;
    const QStringList rest = parser.positionalArguments();
    if (words.size() < 2 || rest.size() != 1
        || (words.at(1) != QLatin1String("site") && words.at(1) != QLatin1String("secret")))
        return usage(tr("Use \"merchant site URL\" or \"merchant secret ipn|token\"."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    MerchantCommand command(*workspace, m_out, m_err);
    return words.at(1) == QLatin1String("site") ? command.setSite(rest.first(), parser.value(QStringLiteral("api")))
                                                : command.setSecret(rest.first());
}

int Cli::listener(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({ QStringLiteral("off"), tr("Back to plain HTTP (taken on loopback only).") });
    parser.addPositionalArgument(QStringLiteral("CERT"), tr("The certificate (and its chain) as a PEM file."));
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("Its private key as a PEM file."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("The listener's TLS: listener tls CERT KEY reads the key's password from standard input (an empty\n"
               "line: the key has none) into the OS keychain, checks that certificate and key open together,\n"
               "and keeps the two files' paths in the book's settings; listener tls --off goes back to plain\n"
               "HTTP. It applies when the listener next starts. Admins only; written to the activity log."),
            &code, m_out, m_err))
        return code;
    const QStringList rest = parser.positionalArguments();
    const bool off = parser.isSet(QStringLiteral("off"));
    if (words.size() < 2 || words.at(1) != QLatin1String("tls") || (off ? !rest.isEmpty() : rest.size() != 2))
        return usage(tr("Use \"listener tls CERT KEY\" or \"listener tls --off\"."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    Database &db = workspace->database();
    if (!StaffRoles::mayAdminister(workspace->member().role)) {
        m_err << tr("Only an admin sets the listener's TLS.") << "\n";
        return ExitFailure;
    }
    const QString certificate = off ? QString() : QFileInfo(rest.at(0)).absoluteFilePath();
    const QString key = off ? QString() : QFileInfo(rest.at(1)).absoluteFilePath();
    SecretStore secrets(workspace->id());
    if (!off) {
        const QString password = SecretInput::readLine();
        QString error;
        if (!ListenerTls::load(certificate, key, password.toUtf8(), &error)) {
            m_err << error << "\n" << tr("Nothing was changed.") << "\n";
            return ExitInvalidInput;
        }
        SecretJob *job = password.isEmpty()
            ? secrets.remove(ListenerTls::secretOwner(), ListenerTls::secretKey())
            : secrets.write(ListenerTls::secretOwner(), ListenerTls::secretKey(), password);
        waitFor(job, &SecretJob::finished);
        if (!job->ok() && job->outcome() != SecretJob::Outcome::NotFound) {
            m_err << job->error() << "\n" << tr("Nothing was changed.") << "\n";
            return ExitFailure;
        }
    }
    DeskSettings desk(db);
    QString error;
    if (!desk.setValue(QString::fromLatin1(ListenerTls::certificateSetting), certificate, &error)
        || !desk.setValue(QString::fromLatin1(ListenerTls::keySetting), key, &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    const QString what = off ? tr("The listener's TLS is off: plain HTTP, on loopback only.")
                             : tr("The listener speaks TLS with %1 and %2.").arg(certificate, key);
    ActivityLog(db).append(db.login(), QStringLiteral("settings"), QStringLiteral("listener"), what);
    m_out << what << ' ' << tr("It applies when the listener next starts.") << "\n";
    return ExitOk;
}

int Cli::settings(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("KEY [VALUE] for set."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("The desk-wide settings kept in the order book, as Edit → Settings… shows them. set changes\n"
               "payout.default.XML, the provider that pays a currency unless staff choose another in the\n"
               "queue (without VALUE: no default). Every change is written to the activity log."),
            &code, m_out, m_err))
        return code;
    const QString sub = words.value(1);
    const QStringList rest = parser.positionalArguments();
    if (sub != QLatin1String("list") && !(sub == QLatin1String("set") && (rest.size() == 1 || rest.size() == 2)))
        return usage(tr("\"settings\" needs: list, or set KEY [VALUE]."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    Database &db = workspace->database();
    DeskSettings desk(db);
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    if (sub == QLatin1String("list")) {
        for (const char *key : { DeskSettings::listenerEnabled, DeskSettings::listenAddress, DeskSettings::publicUrl,
                 DeskSettings::publicAddress, DeskSettings::siteUrl, DeskSettings::siteLanguage }) {
            const QString name = QString::fromLatin1(key);
            m_out << name << '\t' << desk.value(name) << '\n';
        }
        QString error;
        const QHash<QString, QString> defaults = desk.payoutDefaults(&error);
        if (!error.isEmpty()) {
            m_err << error << "\n";
            return ExitFailure;
        }
        QStringList xmls = defaults.keys();
        xmls.sort();
        for (const QString &xml : xmls)
            m_out << DeskSettings::payoutDefaultKey(xml) << '\t' << defaults.value(xml) << '\n';
        return ExitOk;
    }
    const QString key = rest.at(0);
    const QString value = rest.value(1).trimmed();
    const QString prefix = DeskSettings::payoutDefaultKey(QString());
    if (!key.startsWith(prefix) || key.size() == prefix.size()) {
        m_err << tr("Only payout.default.XML is set here; Edit → Settings… sets %1.").arg(key) << "\n";
        return ExitUsage;
    }
    const QString xml = key.mid(prefix.size()).toUpper();
    if (!CurrencyRegistry::builtIn().byXml(xml)) {
        m_err << tr("Unknown currency %1.").arg(xml) << "\n";
        return ExitUsage;
    }
    if (!value.isEmpty()) {
        const auto manifest = registry.manifest(value);
        if (!manifest) {
            m_err << tr("Unknown provider %1.").arg(value) << "\n";
            return ExitUsage;
        }
        if (!manifest->serves(xml)) {
            m_err << tr("%1 does not pay %2.").arg(manifest->title, xml) << "\n";
            return ExitUsage;
        }
    }
    QString error;
    if (!SettingsService::saveNow(db, { { DeskSettings::payoutDefaultKey(xml), value } }, &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

int Cli::limits(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("PROVIDER XML KIND [VALUE] for set."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Payout limits per provider and currency, checked when a payout is claimed, on every desk:\n"
               "KIND is min, max (per payout), day_total, day_count, month_total, month_count (UTC days and\n"
               "months), or auto_max: the automatic payout rule, off unless set (payouts up to it go without a\n"
               "click), or four_eyes with PROVIDER \"*\": above it a payout of that currency needs two staff\n"
               "members' approval, whichever provider pays. set without VALUE removes the limit. Every change\n"
               "is written to the activity log."),
            &code, m_out, m_err))
        return code;
    const QString sub = words.value(1);
    const QStringList rest = parser.positionalArguments();
    if (sub != QLatin1String("list") && !(sub == QLatin1String("set") && (rest.size() == 3 || rest.size() == 4)))
        return usage(tr("\"limits\" needs: list, or set PROVIDER XML KIND [VALUE]."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    PayoutLimits limits(workspace->database());
    if (sub == QLatin1String("list")) {
        for (const PayoutLimits::Limit &l : limits.all())
            m_out << l.provider << '\t' << l.currency << '\t' << LimitKinds::code(l.kind) << '\t' << l.value << '\n';
        return ExitOk;
    }
    const auto kind = LimitKinds::fromCode(rest.at(2));
    if (!kind)
        return usage(tr("Unknown limit \"%1\": min, max, day_total, day_count, month_total, month_count, auto_max "
                        "or four_eyes.")
                         .arg(rest.at(2)));
    QString error;
    if (!limits.set(
            { rest.at(0), rest.at(1).toUpper(), *kind, rest.value(3) }, workspace->database().login(), &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

int Cli::staff(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    int code = ExitOk;
    if (!parse(parser, args,
            tr("A team book's staff (PostgreSQL only): each member is a PostgreSQL login with a role, viewer,\n"
               "operator or admin, which the server itself enforces. Only an admin changes the staff; every\n"
               "change is written to the activity log."),
            &code, m_out, m_err))
        return code;
    const QString sub = words.value(1);
    const QStringList rest = parser.positionalArguments();
    if (!(sub == QLatin1String("list") || (sub == QLatin1String("set") && (rest.size() == 2 || rest.size() == 3))
            || (sub == QLatin1String("remove") && rest.size() == 1)))
        return usage(tr("\"staff\" needs: list, set LOGIN ROLE [NAME], or remove LOGIN."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    Database &db = workspace->database();
    Staff staff(db);
    QString error;
    if (sub == QLatin1String("list")) {
        const QList<StaffMember> all = staff.all(&error);
        for (const StaffMember &m : all)
            m_out << m.login << '\t' << StaffRoles::code(m.role) << '\t' << m.name << '\n';
        if (!error.isEmpty())
            m_err << error << "\n";
        return error.isEmpty() ? ExitOk : ExitFailure;
    }
    bool done = false;
    if (sub == QLatin1String("remove")) {
        done = staff.remove(rest.at(0), db.login(), &error);
    } else {
        const auto role = StaffRoles::fromCode(rest.at(1));
        if (!role)
            return usage(tr("Unknown role \"%1\": viewer, operator or admin.").arg(rest.at(1)));
        done = staff.set({ rest.at(0), rest.value(2), *role }, db.login(), &error);
    }
    if (!done)
        m_err << error << "\n";
    return done ? ExitOk : ExitFailure;
}

int Cli::book(const QStringList &args, const QStringList &words)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addPositionalArgument(QStringLiteral("URL"), tr("postgresql://user@host:port/database, an empty database."));
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Team mode: move this workspace's SQLite order book into an empty PostgreSQL database, all or\n"
               "nothing, and prove it: every table's rows are counted and digested on both sides. The password\n"
               "comes from the keychain (or PGPASSWORD / ~/.pgpass); one given in the URL is kept in the "
               "keychain."),
            &code, m_out, m_err))
        return code;
    if (words.value(1) != QLatin1String("migrate") || parser.positionalArguments().size() != 1)
        return usage(tr("\"book\" needs: migrate URL."));
    const QUrl target(parser.positionalArguments().first());
    if (target.scheme() != QLatin1String("postgresql") || target.host().isEmpty() || target.path().size() < 2)
        return usage(tr("An order book address looks like postgresql://user@host:5432/database."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    return BookCommand(*workspace, m_out, m_err).migrate(target);
}

int Cli::exportCsv(const QStringList &args, const QStringList &)
{
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption(
        { QStringLiteral("what"), tr("orders or history (every entry of the orders selected)."), tr("what") });
    parser.addOption({ QStringLiteral("status"), tr("Only orders in this status (may be repeated)."), tr("status") });
    parser.addOption({ QStringLiteral("currency"), tr("Only orders with this XML code on either side."), tr("xml") });
    parser.addOption({ QStringLiteral("from"),
        tr("Orders created / history entries written on or after this UTC day (YYYY-MM-DD) or "
           "instant (ISO 8601 with a zone)."),
        tr("date") });
    parser.addOption({ QStringLiteral("to"),
        tr("... up to the end of this UTC day (YYYY-MM-DD), or before this instant."), tr("date") });
    parser.addOption({ QStringLiteral("delimiter"), tr(", or ; (default ,)."), tr("char"), QStringLiteral(",") });
    parser.addOption(
        { QStringLiteral("bom"), tr("Start with a UTF-8 byte order mark (for spreadsheets that need it).") });
    parser.addOption({ QStringLiteral("output"),
        tr("The file to write, or - for standard output. A file appears only "
           "complete: on any error nothing is written under its name."),
        tr("file") });
    int code = ExitOk;
    if (!parse(parser, args,
            tr("Export orders or their history as CSV (RFC 4180, UTF-8): amounts exactly as stored, times\n"
               "in ISO 8601 UTC, cells a spreadsheet would run as a formula prefixed with an apostrophe."),
            &code, m_out, m_err))
        return code;
    CsvExport::Options options;
    const QString what = parser.value(QStringLiteral("what"));
    if (what != QLatin1String("orders") && what != QLatin1String("history"))
        return usage(tr("--what needs orders or history."));
    options.what = what == QLatin1String("orders") ? CsvExport::What::Orders : CsvExport::What::History;
    for (const QString &s : parser.values(QStringLiteral("status"))) {
        const auto status = OrderStatuses::fromCode(s);
        if (!status)
            return usage(tr("Unknown status \"%1\".").arg(s));
        options.filter.statuses << *status;
    }
    options.filter.currency = parser.value(QStringLiteral("currency")).toUpper();
    for (const auto &[name, target, endOfDay] :
        { std::tuple { "from", &options.from, false }, std::tuple { "to", &options.to, true } }) {
        const QString text = parser.value(QString::fromLatin1(name));
        if (text.isEmpty())
            continue;
        *target = ExportCommand::parseTime(text, endOfDay);
        if (!target->isValid())
            return usage(tr("--%1 needs a day (YYYY-MM-DD) or an ISO 8601 time with a zone, not \"%2\".")
                             .arg(QString::fromLatin1(name), text));
    }
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";"))
        return usage(tr("--delimiter needs , or ;."));
    options.delimiter = delimiter.at(0).toLatin1();
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(tr("\"export csv\" needs --output FILE (or - for standard output)."));
    auto workspace = openWorkspace(args, &code);
    if (!workspace)
        return code;
    return ExportCommand(*workspace, m_out, m_err).csv(options, output);
}

} // namespace pd
