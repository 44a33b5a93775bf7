#include "PayoutCommand.h"
#include "contract/Translated.h"
#include "services/QueueActions.h"
#include "storage/Staff.h"

#include "ExitCode.h"
#include "ProviderRegistry.h"
#include "Wait.h"
#include "contract/CurrencyRegistry.h"
#include "listener/DeskListener.h"
#include "payouts/PayoutEngine.h"
#include "payouts/PayoutPoller.h"
#include "runtime/DeskRuntime.h"
#include "storage/AttemptStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <csignal>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::PayoutCommand", text);
}

// The desk's core for one command: the registries and the desk runtime (keychain, providers,
// engine); what a stopped desk left half-sent is reconciled first, as the GUI does.
struct Core {
    explicit Core(Workspace &workspace)
        : registry(ProviderRegistry::builtIn())
        , currencies(CurrencyRegistry::builtIn())
        , runtime(workspace, registry, currencies)
    {
    }
    void recover()
    {
        runtime.recover();
        waitFor(&runtime, &DeskRuntime::recovered);
    }
    const ProviderRegistry registry;
    const CurrencyRegistry currencies;
    DeskRuntime runtime;
};

QString kindWord(PayoutOutcome::Kind kind)
{
    switch (kind) {
    case PayoutOutcome::Kind::Paid:
        return QStringLiteral("paid");
    case PayoutOutcome::Kind::Pending:
        return QStringLiteral("pending");
    case PayoutOutcome::Kind::Failed:
        return QStringLiteral("failed");
    case PayoutOutcome::Kind::Unknown:
        return QStringLiteral("unknown");
    case PayoutOutcome::Kind::NotSent:
        return QStringLiteral("not-sent");
    case PayoutOutcome::Kind::AwaitingApproval:
        return QStringLiteral("awaiting-second-approval");
    }
    return {};
}

} // namespace

int PayoutCommand::act(QueueAction action, const QStringList &orderKeys, const QString &text)
{
    const Staff::Role role = m_workspace.member().role;
    if (!Staff::mayOperate(role)) {
        m_err << tr("A %1 may not change payouts.").arg(Staff::title(role)) << "\n";
        return ExitFailure;
    }
    OrderStore orders(m_workspace.database());
    QStringList ids;
    for (const QString &key : orderKeys) {
        const auto order = orders.find(key);
        if (!order) {
            m_err << tr("No order \"%1\".").arg(key) << "\n";
            return ExitNotFound;
        }
        ids << order->id;
    }
    const QueueActionResults results
        = QueueActions::actOn(m_workspace.database(), action, ids, text, m_workspace.database().login());
    int refused = 0;
    for (const QueueActionResult &r : results) {
        m_out << r.uid << "  " << (r.done ? tr("done") : tr("refused")) << "  " << r.message << "\n";
        refused += !r.done;
    }
    return refused == 0 ? ExitOk : ExitFailure;
}

int PayoutCommand::approve(const QStringList &orderKeys, bool all, const QString &provider)
{
    Core core(m_workspace);
    core.recover();
    OrderStore orders(m_workspace.database());
    QList<Order> chosen;
    if (all) {
        OrderFilter filter;
        filter.statuses = { OrderStatus::InProgressPayout };
        const auto page = orders.page(filter, { OrderSortKey::CreatedAt, false }, 100000, 0);
        if (page)
            chosen = *page;
    }
    for (const QString &key : orderKeys) {
        const auto order = orders.find(key);
        if (!order) {
            m_err << tr("No order \"%1\".").arg(key) << "\n";
            return ExitNotFound;
        }
        chosen << *order;
    }
    DeskSettings desk(m_workspace.database());
    QList<PayoutEngine::Item> items;
    int unserved = 0;
    for (const Order &o : chosen) {
        QString name = provider.isEmpty() ? desk.value(QStringLiteral("payout.default.") + o.xmlTo) : provider;
        if (name.isEmpty()) {
            for (const Manifest &m : core.registry.manifests()) {
                if (m.serves(o.xmlTo)) {
                    name = m.name;
                    break;
                }
            }
        }
        if (name.isEmpty()) {
            m_out << o.id << "  " << kindWord(PayoutOutcome::Kind::NotSent) << "  "
                  << tr("No provider pays out %1: choose one with --provider, or as the currency's default (setting "
                        "payout.default.%1).")
                         .arg(o.xmlTo)
                  << "\n";
            ++unserved;
            continue;
        }
        items.append({ o.id, name });
    }
    PayoutRun *run = core.runtime.engine().approve(items, m_workspace.database().login());
    QObject::connect(run, &PayoutRun::itemFinished, run, [this, run](int index) {
        const PayoutOutcome &o = run->outcomes().at(index);
        m_out << o.orderId << "  " << kindWord(o.kind) << "  " << o.message << "\n";
        m_out.flush();
    });
    if (run->done() < run->total())
        waitFor(run, &PayoutRun::finished);
    // Counted per outcome. An order another desk paid meanwhile is no failure of this one: the
    // money went out once, as it should.
    int paid = 0, pending = 0, paidElsewhere = 0, waiting = 0, other = unserved;
    for (const PayoutOutcome &o : run->outcomes()) {
        if (o.kind == PayoutOutcome::Kind::Paid)
            ++paid;
        else if (o.kind == PayoutOutcome::Kind::Pending)
            ++pending;
        else if (o.kind == PayoutOutcome::Kind::AwaitingApproval)
            ++waiting;
        else if (const auto now = orders.byId(o.orderId);
                 o.kind == PayoutOutcome::Kind::NotSent && now && now->status == OrderStatus::Done)
            ++paidElsewhere;
        else
            ++other;
    }
    m_out << tr("%1 payout(s): %2 paid, %3 pending at the provider, %4 already paid by another desk, %5 awaiting a "
                "second approval, %6 not paid.")
                 .arg(run->total() + unserved)
                 .arg(paid)
                 .arg(pending)
                 .arg(paidElsewhere)
                 .arg(waiting)
                 .arg(other)
          << "\n";
    return other == 0 ? ExitOk : ExitFailure;
}

int PayoutCommand::status(const QString &key)
{
    const auto order = OrderStore(m_workspace.database()).find(key);
    if (!order) {
        m_err << tr("No order \"%1\".").arg(key) << "\n";
        return ExitNotFound;
    }
    m_out << tr("Order %1 (UID %2): %3").arg(order->id).arg(order->uid).arg(OrderStatuses::code(order->status)) << "\n";
    for (const PayoutAttempt &a : AttemptStore(m_workspace.database()).forOrder(order->id))
        m_out << "  #" << a.number << "  " << PayoutAttempt::code(a.state) << "  " << a.provider << "  " << a.key
              << "  " << a.amount.toString() << ' ' << a.currency << "  " << a.transaction << "  " << a.error << "\n";
    return ExitOk;
}

int PayoutCommand::poll()
{
    Core core(m_workspace);
    core.recover();
    PayoutPoller &poller = core.runtime.poller();
    int asked = 0;
    for (const Manifest &m : core.registry.manifests()) {
        BookAnswer<int> round;
        poller.pollNow(m.name, [&round](int n) { round.complete(n, {}); });
        waitFor(&round);
        asked += round.value();
    }
    m_out << tr("Asked the providers about %1 open payout(s).").arg(asked) << "\n";
    return ExitOk;
}

int PayoutCommand::serve(const QString &listenAddress, double pollEverySeconds, bool insecureListen)
{
    Core core(m_workspace);
    DeskRuntime &runtime = core.runtime;
    QObject::connect(&runtime.poller(), &PayoutPoller::leaseTaken, &runtime, [this](const QString &provider) {
        m_out << tr("This desk now polls the open payouts of %1.").arg(provider) << "\n";
        m_out.flush();
    });
    DeskRuntime::Options options;
    options.listening = DeskRuntime::Listening::Always;
    options.listenAddress = listenAddress;
    options.insecureListen = insecureListen;
    options.pollEveryMs = pollEverySeconds > 0 ? int(pollEverySeconds * 1000) : 0;
    options.viewerOnlyReads = false;
    runtime.start(options);
    waitFor(&runtime, &DeskRuntime::started);
    if (!runtime.listenerProblem().isEmpty()) {
        m_err << tr("Cannot listen on %1: %2").arg(runtime.listenAddress(), runtime.listenerProblem()) << "\n";
        return ExitFailure;
    }
    m_out << tr(
        "Listening on %1:%2 (%3) for provider webhooks (POST /webhook/<provider>) and the exchange's IPNs (POST "
        "/ipn); polling open payouts. Ctrl+C stops.")
                 .arg(runtime.listener().address().toString())
                 .arg(runtime.listener().port())
                 .arg(runtime.listener().isSecure() ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"))
          << "\n";
    m_out.flush();
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    QCoreApplication::exec();
    return ExitOk;
}

} // namespace pd
