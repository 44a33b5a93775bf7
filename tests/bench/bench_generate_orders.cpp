// Fills a workspace with COUNT realistic orders (the demo generator's shapes, a fixed seed)
// and one history entry each, for the benchmarks. Usage: bench_generate_orders DIR COUNT
#include "contract/CurrencyRegistry.h"
#include "storage/OrderStore.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_generate_orders DIR COUNT\n");
        return 2;
    }
    const qint64 count = QByteArray(argv[2]).toLongLong();
    QString error;
    auto workspace = pd::Workspace::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    pd::OrderStore store(workspace->database());
    if (store.count({}) >= count) {
        std::printf("%s already holds %lld orders\n", argv[1], store.count({}));
        return 0;
    }
    const pd::CurrencyRegistry currencies = pd::CurrencyRegistry::builtIn();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    const int batch = 20000;
    for (qint64 done = store.count({}); done < count; done += batch) {
        const int n = int(qMin<qint64>(batch, count - done));
        auto book = pd::DemoOrders::generate(currencies, quint32(done + 1), n, now);
        QList<pd::HistoryEntry> arrivals;
        for (pd::Order &o : book.orders) {
            o.uid += 1000000 + done; // unique across batches
            o.id = o.id.left(8) + QStringLiteral("%1").arg(o.uid, 16, 16, QLatin1Char('0'));
            arrivals << pd::HistoryEntry::arrival(o.id, o.status, QStringLiteral("bench"), QString(), o.createdAt);
        }
        if (!store.add(book.orders, arrivals, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "\r%lld / %lld", done + n, count);
    }
    std::fprintf(stderr, "\n");
    std::printf("generated %lld orders in %.1f s\n", count, timer.elapsed() / 1000.0);
    return 0;
}
