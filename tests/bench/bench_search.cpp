// The search box at the book's size, as staff use it from the CLI: `payoutdesk-cli orders list
// --search TEXT` over SEARCHES searches (default 50) of what staff type: part of a recipient
// (every fifth a card number typed in groups of four, "4111 1403"), or a UID. Each is the whole
// command, from its start to its last row printed. The peer, in the same run, is the sqlite3
// command-line tool answering the same recipient searches with LIKE '%…%' on the same book
// (what a person without the desk's index would run; fewer of them: each reads every order).
// Usage: bench_search DIR [SEARCHES]   (DIR from bench_generate_orders; PAYOUTDESK_CLI names
// the CLI). Prints p50 and p99 of each side and the ratio desk / sqlite3 of the medians. The
// budget (docs/DESIGN.md): p99 < 200 ms at 1,000,000 orders.
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<double> times, double p)
{
    std::sort(times.begin(), times.end());
    const qsizetype at = qMin(times.size() - 1, qsizetype(p * times.size()));
    return times.at(at);
}

// Runs `program` with `arguments` and returns its wall time in ms, or -1 if it failed.
double timed(const QString &program, const QStringList &arguments, qint64 *lines = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    if (lines)
        *lines = process.readAllStandardOutput().count('\n');
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString cli = qEnvironmentVariable("PAYOUTDESK_CLI");
    if (argc < 2 || argc > 3 || cli.isEmpty()) {
        std::fprintf(stderr, "usage: PAYOUTDESK_CLI=… bench_search DIR [SEARCHES]\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int searches = argc == 3 ? QByteArray(argv[2]).toInt() : 50;
    QString error;
    QStringList terms, recipientTerms; // recipientTerms: the parts of a recipient among them
    qint64 orders = 0;
    QString book;
    {
        auto workspace = pd::Workspace::open(dir, &error); // migrates the book first, untimed
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        book = workspace->databasePath();
        QSqlQuery q;
        pd::Database &db = workspace->database();
        if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM orders")) || !q.next())
            return 1;
        orders = q.value(0).toLongLong();
        // Orders picked evenly through the book by row (not by UID: bench_orders_gui's IPN
        // bursts add orders with UIDs far above the others), without reading all of it.
        QRandomGenerator random(20261203);
        if (!db.exec(q, QStringLiteral("SELECT MIN(rowid), MAX(rowid) FROM orders")) || !q.next())
            return 1;
        const qint64 low = q.value(0).toLongLong(), high = q.value(1).toLongLong();
        while (terms.size() < searches) {
            const qint64 near = low + qint64(random.bounded(quint64(high - low + 1)));
            if (!db.exec(q, QStringLiteral("SELECT uid, recipient FROM orders WHERE rowid >= ? ORDER BY rowid LIMIT 1"),
                    { near })
                || !q.next())
                continue;
            const QString recipient = q.value(1).toString();
            const int n = int(terms.size());
            if (n % 10 == 9 || recipient.size() < 12) {
                terms << q.value(0).toString(); // a UID
            } else if (n % 5 == 0 && recipient.size() >= 16 && recipient.front().isDigit()) {
                terms << recipient.mid(4, 4) + u' ' + recipient.mid(8, 4); // a card, as typed
            } else {
                terms << recipient.mid(recipient.size() / 3, 10); // part of an address or account
                recipientTerms << terms.last();
            }
        }
    }
    std::printf("orders: %lld, searches: %d\n", orders, searches);

    QList<double> desk;
    qint64 rows = 0;
    for (const QString &term : terms) {
        qint64 lines = 0;
        const double ms = timed(cli,
            { QStringLiteral("--workspace"), dir, QStringLiteral("orders"), QStringLiteral("list"),
                QStringLiteral("--search"), term, QStringLiteral("--limit"), QStringLiteral("50") },
            &lines);
        if (ms < 0)
            return 1;
        desk << ms;
        rows += qMax<qint64>(0, lines - 1); // the header line
    }
    QList<double> peer;
    // The peer answers recipient searches only: a UID's digits match many card numbers at
    // once, which would make LIKE look fast.
    const int peerRuns = qMin(5, int(recipientTerms.size()));
    for (int i = 0; i < peerRuns; ++i) {
        QString term = recipientTerms.at(i);
        term.replace(u'\'', QLatin1String("''"));
        const double ms = timed(QStringLiteral("sqlite3"),
            { QStringLiteral("-readonly"), book,
                QStringLiteral("SELECT uid, recipient FROM orders WHERE recipient LIKE '%%1%' ORDER BY created_at DESC "
                               "LIMIT 50")
                    .arg(term) });
        if (ms < 0)
            return 1;
        peer << ms;
    }
    const double deskP50 = percentile(desk, 0.5), deskP99 = percentile(desk, 0.99);
    const double peerP50 = percentile(peer, 0.5);
    std::printf("desk (payoutdesk-cli orders list --search): p50 %.1f ms, p99 %.1f ms, %lld rows found\n", deskP50,
        deskP99, rows);
    std::printf("peer (sqlite3, LIKE '%%…%%', %d searches): p50 %.1f ms, p99 %.1f ms\n", peerRuns, peerP50,
        percentile(peer, 0.99));
    std::printf("ratio desk / sqlite3 (p50): %.3f\n", deskP50 / peerP50);
    std::printf("budget p99 < 200 ms: %s\n", deskP99 < 200 ? "met" : "NOT met");
    return 0;
}
