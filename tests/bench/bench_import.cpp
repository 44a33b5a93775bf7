// `payoutdesk-cli orders import` of a large CSV file against the sqlite3 command-line tool's
// `.import --csv` of the same file into a table of the same columns, in the same run.
// Usage: bench_import [MEGABYTES] (default 200). Writes the file (orders as `orders list --format
// csv` writes them), then runs each side as a process of its own and prints its wall time and
// peak RSS (getrusage of that process alone), the ratio desk / sqlite3, and the budget (desk
// peak RSS < 100 MB, whatever the file's size). Then a file whose one field is MEGABYTES long:
// refused, in flat memory too.
#include "domain/Order.h"
#include "export/CsvWriter.h"
#include "import/OrderRecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {

struct Run {
    int exitCode = -1;
    qint64 ms = 0;
    long peakKb = 0;
    QByteArray out;
};

// One process, measured alone: a small Python parent reports the child's own peak RSS.
Run measured(const QStringList &command, const QByteArray &input = {})
{
    static const QString reporter
        = QStringLiteral("import resource, subprocess, sys\n"
                         "p = subprocess.run(sys.argv[1:], stdin=sys.stdin, capture_output=True)\n"
                         "sys.stderr.buffer.write(p.stdout[-2000:] + p.stderr[-2000:])\n"
                         "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n");
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("python3"), QStringList { QStringLiteral("-c"), reporter } + command);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    Run r;
    r.ms = clock.elapsed();
    const QList<QByteArray> words = p.readAllStandardOutput().trimmed().split(' ');
    r.exitCode = words.value(0).toInt();
    r.peakKb = words.value(1).toLong();
    r.out = p.readAllStandardError();
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200;
    const QString cli = qEnvironmentVariable("PAYOUTDESK_CLI");
    if (cli.isEmpty()) {
        std::fprintf(stderr, "set PAYOUTDESK_CLI to payoutdesk-cli\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        pd::CsvWriter writer(&file);
        writer.writeRow(pd::OrderRecord::fieldNames());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1795466757123, Qt::UTC);
        for (qint64 uid = 1; file.size() < megabytes * 1024 * 1024; ++uid) {
            pd::Order o;
            o.uid = uid;
            o.id = QStringLiteral("65f0000000000000%1").arg(uid, 8, 16, QLatin1Char('0'));
            o.status = uid % 3 ? pd::OrderStatus::Done : pd::OrderStatus::InProgressPayout;
            o.inAmount = *pd::Money::parse(u"0.0125");
            o.outAmount = *pd::Money::parse(u"317.420001");
            o.xmlFrom = QStringLiteral("BTC");
            o.xmlTo = QStringLiteral("USDTTRC20");
            o.toValues
                = { { QStringLiteral("address"), QStringLiteral("Wallet address"),
                        QStringLiteral("TQrY8tryqsYVCYS3MFbtffiPp2ccyn%1").arg(uid % 10000, 4, 10, QLatin1Char('0')) },
                      { QStringLiteral("name"), QStringLiteral("Recipient"), QStringLiteral("Олена Коваленко") } };
            o.routeId = QStringLiteral("5d8e6002b80b7b4cd75a6401");
            o.partner = QStringLiteral("partner-%1").arg(uid % 50);
            o.createdAt = o.updatedAt = at.addSecs(uid);
            writer.writeRow(pd::OrderRecord::toFields(o), { 3, 4 });
        }
    }
    const qint64 bytes = QFile(csv).size();

    const QString desk = dir.filePath(QStringLiteral("desk"));
    const Run imported = measured({ cli, QStringLiteral("--workspace"), desk, QStringLiteral("--create"),
        QStringLiteral("orders"), QStringLiteral("import"), csv });
    const QString peerDb = dir.filePath(QStringLiteral("peer.sqlite"));
    const QByteArray script = "CREATE TABLE orders (id TEXT PRIMARY KEY, uid BIGINT NOT NULL UNIQUE, status TEXT, "
                              "inAmount TEXT, outAmount TEXT, xml_from TEXT, xml_to TEXT, toValues TEXT, routeId TEXT, "
                              "partner TEXT, createdAt TEXT, updatedAt TEXT);\n.import --csv --skip 1 "
        + csv.toUtf8() + " orders\n";
    const Run peer = measured({ QStringLiteral("sqlite3"), peerDb }, script);

    // One field as long as the whole file: refused at the field's limit, memory flat.
    const QString huge = dir.filePath(QStringLiteral("huge-field.csv"));
    {
        QFile file(huge);
        file.open(QIODevice::WriteOnly);
        file.write(pd::OrderRecord::fieldNames().join(u',').toUtf8()
            + "\r\n65f000000000000000000001,1,done,1,1,BTC,"
              "USDTTRC20,[],,\"");
        const QByteArray chunk(1 << 20, 'x');
        for (qint64 i = 0; i < megabytes; ++i)
            file.write(chunk);
        file.write("\",2026-11-01T00:00:00Z,2026-11-01T00:00:00Z\r\n");
    }
    const Run refused = measured({ cli, QStringLiteral("--workspace"), dir.filePath(QStringLiteral("desk2")),
        QStringLiteral("--create"), QStringLiteral("orders"), QStringLiteral("import"), huge });

    std::printf("file: %.1f MB of CSV\n", bytes / 1048576.0);
    std::printf("desk import:    %6.1f s, peak RSS %6.1f MB, exit %d\n", imported.ms / 1000.0, imported.peakKb / 1024.0,
        imported.exitCode);
    std::printf(
        "sqlite3 import: %6.1f s, peak RSS %6.1f MB, exit %d\n", peer.ms / 1000.0, peer.peakKb / 1024.0, peer.exitCode);
    std::printf("ratio desk/sqlite3 (wall): %.2f\n", peer.ms > 0 ? double(imported.ms) / double(peer.ms) : 0.0);
    std::printf("one %lld MB field: %.1f s, peak RSS %.1f MB, exit %d (refused: 4)\n", megabytes, refused.ms / 1000.0,
        refused.peakKb / 1024.0, refused.exitCode);
    const bool met = imported.exitCode == 0 && imported.peakKb < 100 * 1024 && refused.exitCode == 4
        && refused.peakKb < 100 * 1024;
    std::printf("budget: peak RSS < 100 MB whatever the file: %s\n", met ? "met" : "NOT met");
    if (imported.exitCode != 0)
        std::fprintf(stderr, "%s\n", imported.out.constData());
    return imported.exitCode == 0 && refused.exitCode == 4 ? 0 : 1;
}
