// 1,000 approved payouts against the sandbox provider (in a process of its own) answering
// every call after 20 ms. The figure is the batch's wall time over the lower bound that the
// engine's concurrency allows: each payout makes two calls (balance, transfer), so with C at
// once the bound is ceil(N / C) × 2 × latency. A 5 ms timer on the engine's thread (the GUI
// thread in the desk) records its worst lateness meanwhile.
// Usage: bench_payouts [N] [CONCURRENCY] [LATENCY_MS]   (inside a session with a keyring:
//        dbus-run-session -- bash .ci/with-keyring build/tests/bench/bench_payouts)
#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <cstdio>

using namespace pd;

namespace {

template <typename F> void until(F done, int ms = 600000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 1000;
    const int concurrency = argc > 2 ? atoi(argv[2]) : 4;
    const int latency = argc > 3 ? atoi(argv[3]) : 20;
    QTemporaryDir dir;

    QTcpServer probe; // a free port for the sandbox
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/payoutdesk-cli"),
        { QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"), QString::number(port),
            QStringLiteral("--api-key"), QStringLiteral("bench"), QStringLiteral("--latency"), QString::number(latency),
            QStringLiteral("--balance"), QStringLiteral("USDT=100000000.00") });
    sandbox.write("bench-secret\n");
    sandbox.closeWriteChannel();
    until([&] { return sandbox.canReadLine() || sandbox.state() == QProcess::NotRunning; }, 10000);
    if (sandbox.state() != QProcess::Running) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }

    QString error;
    auto workspace = Workspace::open(dir.path(), &error);
    const CurrencyRegistry currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    SecretStore secrets(workspace->id());
    QNetworkAccessManager network;
    ProviderHub hub(registry, workspace->database(), secrets, &network);
    const Manifest manifest = *registry.manifest(QStringLiteral("sandbox"));
    ProviderSettings settings(workspace->database());
    settings.setValue(manifest, QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port),
        QStringLiteral("bench"), nullptr);
    settings.setValue(manifest, QStringLiteral("apiKey"), QStringLiteral("bench"), QStringLiteral("bench"), nullptr);
    settings.setValue(manifest, QStringLiteral("enabled"), QStringLiteral("1"), QStringLiteral("bench"), nullptr);
    SecretJob *job
        = secrets.write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("bench-secret"));
    QEventLoop wait;
    QObject::connect(job, &SecretJob::finished, &wait, &QEventLoop::quit);
    wait.exec();
    if (!job->ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(job->error()));
        return 1;
    }

    QList<Order> orders;
    QList<HistoryEntry> history;
    QList<PayoutEngine::Item> items;
    for (int i = 0; i < count; ++i) {
        Order o;
        o.uid = 1 + i;
        o.id = QStringLiteral("65d0000000000000%1").arg(o.uid, 8, 16, QLatin1Char('0'));
        o.status = OrderStatus::InProgressPayout;
        o.inAmount = *Money::parse(u"0.001");
        o.outAmount = *Money::parse(u"12.34");
        o.xmlFrom = QStringLiteral("BTC");
        o.xmlTo = QStringLiteral("USDTTRC20");
        o.toValues = { { QStringLiteral("address"), QStringLiteral("Wallet"),
            QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
        o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
        orders << o;
        history << HistoryEntry::arrival(o.id, o.status, QStringLiteral("bench"), QString());
        items << PayoutEngine::Item { o.id, QStringLiteral("sandbox") };
    }
    OrderStore(workspace->database()).add(orders, history, nullptr);

    PayoutEngine engine(workspace->database(), hub, currencies);
    engine.setConcurrency(concurrency);
    // Lateness of a 5 ms timer on this (the engine's) thread.
    double worstStall = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worstStall = qMax(worstStall, (now - last) / 1e6 - 5.0);
        last = now;
    });
    meter.start(5);

    QElapsedTimer wall;
    wall.start();
    PayoutRun *run = engine.approve(items, QStringLiteral("bench"));
    // A real event loop, as in the desk: it sleeps until something happens. (A processEvents()
    // loop would spin a core that the sandbox and the engine's writer need.)
    QEventLoop batch;
    QObject::connect(run, &PayoutRun::finished, &batch, &QEventLoop::quit);
    batch.exec();
    const double seconds = wall.nsecsElapsed() / 1e9;
    meter.stop();
    int paid = 0;
    for (const PayoutOutcome &o : run->outcomes())
        paid += o.kind == PayoutOutcome::Kind::Paid;

    QNetworkReply *ledger
        = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/control/ledger").arg(port))));
    until([ledger] { return ledger->isFinished(); }, 10000);
    const int booked
        = int(QJsonDocument::fromJson(ledger->readAll()).object().value(QStringLiteral("payouts")).toArray().size());
    sandbox.kill();
    sandbox.waitForFinished();

    const double bound = std::ceil(double(count) / concurrency) * 2 * latency / 1000.0;
    std::printf("payouts %d, paid %d, booked by the sandbox %d, concurrency %d, latency %d ms per call\n", count, paid,
        booked, concurrency, latency);
    std::printf("wall %.2f s, lower bound %.2f s, ratio %.2f (goal <= 1.2), worst stall of the engine's thread %.1f ms "
                "(goal <= 50)\n",
        seconds, bound, seconds / bound, worstStall);
    secrets.remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    return paid == count && booked == count ? 0 : 1;
}
