#include "ReconcileCommand.h"

#include "ExitCode.h"
#include "ProviderRegistry.h"
#include "Wait.h"
#include "contract/CurrencyRegistry.h"
#include "contract/Translated.h"
#include "export/CsvWriter.h"
#include "payouts/Reconciler.h"
#include "providerhub/ProviderHub.h"
#include "runtime/DeskRuntime.h"
#include "storage/BookReply.h"
#include "storage/Reconciliations.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::ReconcileCommand", text);
}

QJsonObject runJson(const ReconciliationRun &r)
{
    return { { QStringLiteral("provider"), r.provider }, { QStringLiteral("from"), r.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), r.to.toString(Qt::ISODate) }, { QStringLiteral("rows"), r.rows },
        { QStringLiteral("matched"), r.matched }, { QStringLiteral("mismatches_open"), r.mismatched },
        { QStringLiteral("settled"), r.settled } };
}

// The CSV's columns and cells, as one object.
QJsonObject mismatchJson(const Mismatch &m)
{
    QJsonObject o;
    const QStringList columns = Mismatch::csvColumns(), cells = m.csvCells();
    for (qsizetype i = 0; i < columns.size(); ++i)
        o.insert(columns.at(i), cells.at(i));
    o.insert(QStringLiteral("id"), m.id);
    return o;
}

} // namespace

int ReconcileCommand::run(
    const QStringList &providers, const QDateTime &from, const QDateTime &to, const QString &format)
{
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    const CurrencyRegistry currencies = CurrencyRegistry::builtIn();
    DeskRuntime runtime(m_workspace, registry, currencies);
    QStringList names = providers;
    if (names.isEmpty()) {
        for (const Manifest &m : registry.manifests()) {
            if (runtime.providers().isEnabled(m.name))
                names << m.name;
        }
    }
    if (names.isEmpty()) {
        m_err << tr("No provider is enabled: nothing to reconcile.") << "\n";
        return ExitFailure;
    }
    QJsonArray runs;
    bool failed = false;
    for (const QString &name : std::as_const(names)) {
        if (!registry.manifest(name)) {
            m_err << tr("Unknown provider %1.").arg(name) << "\n";
            return ExitUsage;
        }
        BookAnswer<Reconciler::Outcome> answer;
        runtime.reconciler().run(name, from, to, m_workspace.database().login(),
            [&answer](const Reconciler::Outcome &o) { answer.complete(o, o.error); });
        waitFor(&answer);
        const Reconciler::Outcome &o = answer.value();
        if (!o.error.isEmpty()) {
            m_err << name << ": " << o.error << "\n";
            failed = true;
            continue;
        }
        runs.append(runJson(o.run));
        if (format == QLatin1String("table"))
            m_out << tr("%1, %2 to %3: %4 payout(s) in the statement, %5 matched, %6 settled, %7 mismatch(es) open.")
                         .arg(name, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .arg(o.run.rows)
                         .arg(o.run.matched)
                         .arg(o.run.settled)
                         .arg(o.run.mismatched)
                  << "\n";
    }
    if (format == QLatin1String("json")) {
        QJsonArray open;
        for (const Mismatch &m : Reconciliations(m_workspace.database()).mismatches(true)) {
            open.append(mismatchJson(m));
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("runs"), runs }, { QStringLiteral("open"), open } })
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
        const int left = Reconciliations(m_workspace.database()).openCount();
        return failed || left < 0 ? ExitFailure : left > 0 ? ExitMismatches : ExitOk;
    }
    const int code = report(format);
    return failed ? ExitFailure : code;
}

int ReconcileCommand::open(const QString &format)
{
    return report(format);
}

int ReconcileCommand::report(const QString &format)
{
    QString error;
    const QList<Mismatch> open = Reconciliations(m_workspace.database()).mismatches(true, {}, &error);
    if (!error.isEmpty()) {
        m_err << error << "\n";
        return ExitFailure;
    }
    if (format == QLatin1String("csv")) {
        m_out.flush();
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        CsvWriter csv(&out);
        csv.writeRow(Mismatch::csvColumns());
        for (const Mismatch &m : open)
            csv.writeRow(m.csvCells());
    } else if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Mismatch &m : open)
            list.append(mismatchJson(m));
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (open.isEmpty()) {
        m_out << tr("No mismatch is open.") << "\n";
    } else {
        for (const Mismatch &m : open) {
            m_out << "#" << m.id << "  " << m.provider << "  " << Mismatch::code(m.kind) << "  "
                  << (m.orderId.isEmpty() ? QStringLiteral("-") : m.orderId) << "\n";
            if (!m.deskSide.isEmpty())
                m_out << "    " << tr("desk:") << ' ' << m.deskSide << "\n";
            if (!m.providerSide.isEmpty())
                m_out << "    " << tr("provider:") << ' ' << m.providerSide << "\n";
        }
        m_out << tr("%1 mismatch(es) open: resolve each with \"payoutdesk-cli reconcile --resolve ID --comment TEXT\".")
                     .arg(open.size())
              << "\n";
    }
    m_out.flush();
    return open.isEmpty() ? ExitOk : ExitMismatches;
}

int ReconcileCommand::resolve(qint64 id, const QString &comment)
{
    QString error;
    if (!Reconciliations(m_workspace.database()).resolve(id, m_workspace.database().login(), comment, &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    m_out << tr("Mismatch %1 resolved.").arg(id) << "\n";
    const int left = Reconciliations(m_workspace.database()).openCount();
    return left > 0 ? ExitMismatches : left == 0 ? ExitOk : ExitFailure;
}

} // namespace pd
