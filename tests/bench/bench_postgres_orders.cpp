// Team mode's order book at size: N orders (default 10,000,000) generated inside PostgreSQL,
// then the three reads staff wait for, through the desk's own SQL (OrderQuery): the first page,
// a status filter's first page and a search's first page, each with the count the page shows,
// 50 times each. Prints p50/p99 in ms and, as the named peer, the same SQL run by psql's
// \timing in the same run, and the EXPLAIN ANALYZE plans (docs/BENCHMARKS.md keeps them).
//
//   bench_postgres_orders URL [N] [repeats]     URL: postgresql://user@host:port/database (empty)
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrderQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace pd;

namespace {

// The SQL with its values written in, for psql and EXPLAIN.
QString inlined(QString sql, const QVariantList &values)
{
    for (const QVariant &v : values) {
        const qsizetype at = sql.indexOf(u'?');
        const QString literal = v.typeId() == QMetaType::QString
            ? u'\'' + v.toString().replace(u'\'', QLatin1String("''")) + u'\''
            : v.toString();
        sql.replace(at, 1, literal);
    }
    return sql;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_postgres_orders postgresql://user@host:port/db [N] [repeats]\n");
        return 2;
    }
    const QUrl url(args.at(1));
    const qint64 n = args.size() > 2 ? args.at(2).toLongLong() : 10000000;
    const int repeats = args.size() > 3 ? args.at(3).toInt() : 50;
    QString error;
    auto db = Database::openPostgres(url, QString(), QStringLiteral("bench"), &error);
    if (!db || !Migrations::migrate(*db, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery q;
    db->exec(q, QStringLiteral("SELECT COUNT(*) FROM orders"));
    const qint64 have = q.next() ? q.value(0).toLongLong() : 0;
    if (have < n) {
        QElapsedTimer t;
        t.start();
        // Inside the server, in batches of a million: ten statuses, 24 currencies, a recipient
        // address per order, one order a second.
        for (qint64 from = have + 1; from <= n; from += 1000000) {
            const qint64 to = std::min(n, from + 999999);
            const QString sql = QStringLiteral(
                "INSERT INTO orders (id, uid, status, in_amount, out_amount, xml_from, xml_to, to_values, recipient, "
                "created_at, updated_at) "
                "SELECT lpad(to_hex(i), 24, '0'), i, "
                "(ARRAY['new','payed','inProgressPayout','done','cancel','returned','hold','errorPayout','"
                "waitingPayment','refund'])[1 + i %% 10], "
                "'0.01', (i %% 9000 + 10)::text || '.' || lpad((i %% 100)::text, 2, '0'), 'BTC', "
                "(ARRAY['USDTTRC20','USDTERC20','CARDUAH','CARDUSD','BTC','ETH','LTC','TRX','XRP','DOGE','SOL','TON',"
                "'USDTBEP20','USDCERC20','CARDEUR','CARDRUB','CARDKZT','P24UAH','MONOBUAH','WMZ','PMUSD','ADA','DOT','"
                "BCH'])[1 + i %% 24], "
                "'[]', 'T' || substr(md5(i::text), 1, 33), 1700000000000 + i * 1000, 1700000000000 + i * 1000 "
                "FROM generate_series(%1::bigint, %2::bigint) AS i")
                                    .arg(from)
                                    .arg(to)
                                    .replace(QLatin1String("%%"), QLatin1String("%"));
            if (!db->exec(sql)) {
                std::fprintf(stderr, "%s\n", qPrintable(db->lastError()));
                return 1;
            }
            std::fprintf(stderr, "generated %lld orders (%.0f s)\n", to, t.elapsed() / 1000.0);
        }
        db->exec(QStringLiteral("ANALYZE orders"));
    }
    db->exec(q, QStringLiteral("SELECT recipient FROM orders WHERE uid = ?"), { n / 2 });
    const QString needle = q.next() ? q.value(0).toString().mid(5, 10) : QStringLiteral("abcdef12");

    struct Case {
        const char *name;
        OrderFilter filter;
    };
    OrderFilter status;
    status.statuses = { OrderStatus::InProgressPayout };
    OrderFilter search;
    search.search = needle;
    const Case cases[] = { { "first page", {} }, { "status filter", status }, { "search", search } };
    std::printf("PostgreSQL order book, %lld orders; %d runs each; page of 200 plus its count\n", n, repeats);
    std::printf("%-14s %10s %10s %12s %10s\n", "read", "p50 ms", "p99 ms", "psql p50 ms", "ratio");
    for (const Case &c : cases) {
        const OrderQuery query(db->dialect(), c.filter);
        QList<double> desk, peer;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer t;
            t.start();
            QSqlQuery page, count;
            db->exec(page, query.pageSql(200, 0), query.values());
            int rows = 0;
            while (page.next())
                ++rows;
            db->exec(count, query.countSql(), query.values());
            count.next();
            desk << t.nsecsElapsed() / 1e6;
        }
        // The peer: psql runs the same two statements; its \timing is the server's answer time.
        const QString both = inlined(query.pageSql(200, 0), query.values()) + QStringLiteral(";\n")
            + inlined(query.countSql(), query.values()) + QStringLiteral(";\n");
        for (int i = 0; i < std::min(repeats, 10); ++i) {
            QProcess psql;
            psql.start(QStringLiteral("psql"),
                { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), url.host(), QStringLiteral("-p"),
                    QString::number(url.port(5432)), QStringLiteral("-U"), url.userName(), QStringLiteral("-d"),
                    url.path().mid(1), QStringLiteral("-o"), QStringLiteral("/dev/null") });
            psql.write(QByteArray("\\timing on\n").append(both.toUtf8()));
            psql.closeWriteChannel();
            psql.waitForFinished(60000);
            double total = 0;
            static const QRegularExpression timing(QStringLiteral("Time: ([0-9.]+) ms"));
            auto it = timing.globalMatch(QString::fromUtf8(psql.readAllStandardOutput() + psql.readAllStandardError()));
            while (it.hasNext())
                total += it.next().captured(1).toDouble();
            peer << total;
        }
        const double p50 = percentile(desk, 0.5), p99 = percentile(desk, 0.99), peer50 = percentile(peer, 0.5);
        std::printf("%-14s %10.1f %10.1f %12.1f %10.2f\n", c.name, p50, p99, peer50, peer50 > 0 ? p50 / peer50 : 0.0);
    }
    std::printf("\nPlans (EXPLAIN ANALYZE):\n");
    for (const Case &c : cases) {
        const OrderQuery query(db->dialect(), c.filter);
        for (const QString &sql : { query.pageSql(200, 0), query.countSql() }) {
            std::printf("\n-- %s: %s\n", c.name, qPrintable(inlined(sql, query.values())));
            db->exec(q, QStringLiteral("EXPLAIN (ANALYZE, COSTS OFF) ") + inlined(sql, query.values()));
            while (q.next())
                std::printf("%s\n", qPrintable(q.value(0).toString()));
        }
    }
    return 0;
}
