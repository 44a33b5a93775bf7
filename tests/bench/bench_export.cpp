// The desk's CSV export of the order history against the sqlite3 command-line tool running the
// same query with -csv on the same database, in the same run. Usage: bench_export DIR [RUNS]
// (DIR from bench_generate_orders, which writes one history entry per order). Each side runs
// RUNS times (default 2), alternating; the best time of each is kept. Prints both times, the
// rows, the export's peak RSS (getrusage) and the ratio desk / sqlite3 (goal <= 1.0).
#include "export/CsvExportJob.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

namespace {

long peakRssKb(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: bench_export DIR [RUNS]\n");
        return 2;
    }
    const int runs = argc == 3 ? QByteArray(argv[2]).toInt() : 2;
    QString error;
    auto workspace = pd::Workspace::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    pd::Database &db = workspace->database();
    QSqlQuery count;
    if (!db.exec(count, QStringLiteral("SELECT COUNT(*) FROM order_history")) || !count.next()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
        return 1;
    }
    const qint64 historyRows = count.value(0).toLongLong();
    count = QSqlQuery();

    pd::CsvExport::Options options;
    options.what = pd::CsvExport::What::History;
    const QString sql = pd::CsvExport(db, options).sql();
    QTemporaryDir out;
    const QString deskFile = out.filePath(QStringLiteral("desk.csv"));
    const QString peerFile = out.filePath(QStringLiteral("sqlite3.csv"));
    std::printf("history rows: %lld\nquery: %s\n", historyRows, qPrintable(sql));

    const long idleKb = peakRssKb(RUSAGE_SELF);
    double bestDesk = 1e18, bestPeer = 1e18;
    qint64 deskRows = 0;
    qint64 progressSignals = 0;
    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer timer;
        QProcess sqlite3;
        sqlite3.setStandardOutputFile(peerFile);
        timer.start();
        sqlite3.start(QStringLiteral("sqlite3"),
            { QStringLiteral("-csv"), QStringLiteral("-header"), workspace->databasePath(), sql });
        if (!sqlite3.waitForFinished(-1) || sqlite3.exitStatus() != QProcess::NormalExit || sqlite3.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 failed: %s %s\n", qPrintable(sqlite3.errorString()),
                sqlite3.readAllStandardError().constData());
            return 1;
        }
        const double peer = timer.nsecsElapsed() / 1e6;

        // The desk's way: a job on its own thread with its own connection, progress queued
        // back to this (the GUI's) thread.
        pd::CsvExportJob job(db, options, deskFile);
        QEventLoop loop;
        QObject::connect(&job, &pd::CsvExportJob::progress, &loop, [&progressSignals] { ++progressSignals; });
        QObject::connect(&job, &pd::CsvExportJob::finished, &loop, &QEventLoop::quit);
        timer.start();
        job.start();
        loop.exec();
        const double desk = timer.nsecsElapsed() / 1e6;
        if (!job.outcome().succeeded()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(job.outcome().error));
            return 1;
        }
        deskRows = job.outcome().rows;
        std::printf("run %d: sqlite3 %.0f ms, desk %.0f ms\n", run, peer, desk);
        bestPeer = qMin(bestPeer, peer);
        bestDesk = qMin(bestDesk, desk);
    }
    const long peakKb = peakRssKb(RUSAGE_SELF);
    std::printf("rows: desk %lld (file %.1f MB), sqlite3 file %.1f MB\n", deskRows, QFileInfo(deskFile).size() / 1e6,
        QFileInfo(peerFile).size() / 1e6);
    std::printf("best: desk %.0f ms, sqlite3 %.0f ms, ratio desk/sqlite3 %.2f (goal <= 1.0)\n", bestDesk, bestPeer,
        bestDesk / bestPeer);
    std::printf("peak RSS: %.1f MB before the exports, %.1f MB after (+%.1f MB; budget +64 MB)\n", idleKb / 1024.0,
        peakKb / 1024.0, (peakKb - idleKb) / 1024.0);
    std::printf("progress signals: %lld\n", progressSignals);
    return deskRows == historyRows ? 0 : 1;
}
