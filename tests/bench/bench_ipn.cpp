// IPNs under load: N IPNs over loopback from a separate process (bench_ipn_client) on C
// keep-alive connections to the desk's real listener and POST /ipn, with the IPN secret in the
// keychain and a workspace of its own. The figure is IPNs per second as a ratio against the
// same listener answering a trivial route (POST /ping, registered here only, answering
// {"ok":true} at once) the same bodies from the same client: what the IPN path costs beyond
// HTTP itself. None may be lost: every IPN answered 200 must be an order in the database, and
// the database must hold exactly as many orders as were answered 200. It exits non-zero when
// one is lost, or when any request of either run was not answered 200 (no figure then).
// Then the same N IPNs to a desk in a process of its own (this program with --desk), killed
// with SIGKILL at a random moment of the run and started again on its book: every IPN
// answered 200 before the kill must be in the book after the restart, and once the client has
// sent all N again to the restarted desk, the book must hold exactly N orders (each answered
// 200; those taken before the kill as duplicates).
// With BENCH_POSTGRES=postgresql://user@host:port/database (an empty database; the password
// from PGPASSFILE) the book is there, in team mode, instead of the workspace's SQLite file.
// Usage: bench_ipn [N] [CONNECTIONS]   (inside a session with a keyring:
//        dbus-run-session -- bash .ci/with-keyring build/tests/bench/bench_ipn 20000 32)
//        32 connections: the listener takes at most 32 from one address (ConnectionGuard).
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pd;

namespace {

struct ClientRun {
    bool ok = false;
    int answered = 0; // 200
    int other = 0; // another status
    int failed = 0; // no answer
    double seconds = 0;
};

// Runs the client to the end while this thread's event loop serves its requests.
ClientRun runClient(quint16 port, const char *mode, int count, int connections, const QByteArray &secret,
    const QString &answeredFile = {})
{
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args
        = { QString::number(port), QString::fromLatin1(mode), QString::number(count), QString::number(connections) };
    if (!answeredFile.isEmpty())
        args << answeredFile;
    QEventLoop loop;
    QObject::connect(&client, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    client.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_ipn_client"), args);
    client.write(secret + '\n');
    client.closeWriteChannel();
    QTimer::singleShot(20 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    ClientRun run;
    if (client.state() != QProcess::NotRunning) {
        std::fprintf(stderr, "the client (%s) did not finish\n", mode);
        client.kill();
        client.waitForFinished();
        return run;
    }
    const QList<QByteArray> words = client.readAllStandardOutput().simplified().split(' ');
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0 || words.size() != 8) {
        std::fprintf(
            stderr, "the client (%s) failed: exit %d, %s\n", mode, client.exitCode(), words.join(' ').constData());
        return run;
    }
    run.answered = words.at(1).toInt();
    run.other = words.at(3).toInt();
    run.failed = words.at(5).toInt();
    run.seconds = words.at(7).toDouble() / 1000.0;
    run.ok = true;
    return run;
}

// Waits for a keychain job in an event loop; false, and why on stderr, if it failed.
bool finished(SecretJob *job)
{
    QEventLoop wait;
    QObject::connect(job, &SecretJob::finished, &wait, &QEventLoop::quit);
    wait.exec();
    if (!job->ok())
        std::fprintf(stderr, "keychain: %s\n", qPrintable(job->error()));
    return job->ok();
}

// The workspace at `dir`; with BENCH_POSTGRES a new one's book is a new database `database`
// on that server (made anew through the server's maintenance database).
std::unique_ptr<Workspace> openWorkspace(const QString &dir, const QString &database, QString *error)
{
    const QString server = qEnvironmentVariable("BENCH_POSTGRES");
    if (!server.isEmpty() && !Workspace::exists(dir)) {
        QUrl url(server);
        url.setPath(QStringLiteral("/postgres"));
        auto maintenance = Database::openPostgres(url, QString(), QStringLiteral("bench-ipn-maintenance"), error);
        if (!maintenance || !maintenance->exec(QStringLiteral("DROP DATABASE IF EXISTS ") + database)
            || !maintenance->exec(QStringLiteral("CREATE DATABASE ") + database)) {
            if (maintenance)
                *error = maintenance->lastError();
            return nullptr;
        }
        url.setPath(u'/' + database);
        if (!Workspace::setBookUrl(dir, url, error))
            return nullptr;
    }
    return Workspace::open(dir, error);
}

// The desk of the kill-and-restart run: its listener and IPN route on the workspace at `dir`,
// "port N" on stdout once it listens, until it is killed.
int runDesk(const QString &dir)
{
    QString error;
    auto workspace = Workspace::open(dir, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SecretStore secrets(workspace->id());
    DeskListener listener;
    IpnRoute route(listener, workspace->database(), secrets);
    if (!listener.listen(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("port %u\n", unsigned(listener.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Starts the desk on `dir` and waits until it listens: its port, or 0.
quint16 startDesk(QProcess &desk, const QString &dir)
{
    desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&desk, &QProcess::readyReadStandardOutput, &loop, [&] {
        if (desk.canReadLine())
            loop.quit();
    });
    QObject::connect(&desk, &QProcess::finished, &loop, &QEventLoop::quit);
    desk.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--desk"), dir });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const QList<QByteArray> words = desk.readLine().simplified().split(' ');
    return words.size() == 2 && words.at(0) == "port" ? quint16(words.at(1).toUInt()) : 0;
}

// The order ids in the book, and the indexes (bench_ipn_client's) answered 200 in `file`.
QSet<QString> storedOrders(Database &db)
{
    QSet<QString> stored;
    QSqlQuery q(db.connection());
    if (!db.exec(q, QStringLiteral("SELECT id FROM orders")))
        std::fprintf(stderr, "%s\n", qPrintable(db.lastError()));
    while (q.next())
        stored.insert(q.value(0).toString());
    return stored;
}
int lostOf(const QSet<QString> &stored, const QString &answeredFile)
{
    int lost = 0;
    QFile answered(answeredFile);
    if (answered.open(QIODevice::ReadOnly)) {
        while (!answered.atEnd()) {
            const int index = answered.readLine().trimmed().toInt();
            lost += !stored.contains(QStringLiteral("65f1%1").arg(index, 20, 16, QLatin1Char('0')));
        }
    }
    return lost;
}

// Kill and restart: true when nothing answered 200 was lost and the book ends with `count`.
bool killAndRestart(const QTemporaryDir &dir, int count, int connections, const QByteArray &secret, double ipnRate)
{
    const QString deskDir = dir.filePath(QStringLiteral("killed-desk"));
    QString error;
    {
        auto workspace = openWorkspace(deskDir, QStringLiteral("bench_ipn_killed"), &error);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        SecretStore secrets(workspace->id());
        if (!finished(secrets.write(IpnRoute::secretOwner(), IpnRoute::secretKey(), QString::fromUtf8(secret))))
            return false;
    }
    QProcess desk;
    const quint16 port = startDesk(desk, deskDir);
    if (port == 0) {
        std::fprintf(stderr, "the desk did not start\n");
        return false;
    }
    // Somewhere in the middle 80% of the run, by the rate just measured.
    const double expectedMs = ipnRate > 0 ? 1000.0 * count / ipnRate : 2000.0;
    const int killAfter = int(expectedMs * (0.1 + 0.8 * QRandomGenerator::global()->generateDouble()));
    QTimer::singleShot(killAfter, &desk, [&desk] { desk.kill(); }); // SIGKILL
    const QString answeredFile = dir.filePath(QStringLiteral("answered-before-kill.txt"));
    const ClientRun before = runClient(port, "ipn", count, connections, secret, answeredFile);
    desk.waitForFinished();

    QProcess again;
    const quint16 portAgain = startDesk(again, deskDir);
    if (portAgain == 0) {
        std::fprintf(stderr, "the desk did not start again after the kill\n");
        return false;
    }
    auto workspace = Workspace::open(deskDir, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QSet<QString> afterKill = storedOrders(workspace->database());
    const int lost = lostOf(afterKill, answeredFile);
    const ClientRun resent = runClient(portAgain, "ipn", count, connections, secret);
    const qint64 inTheEnd = storedOrders(workspace->database()).size();
    again.kill();
    again.waitForFinished();
    finished(SecretStore(workspace->id()).remove(IpnRoute::secretOwner(), IpnRoute::secretKey()));
    std::printf("kill -9 after %d ms: %d answered 200 before it, %lld in the book after the restart, lost %d\n",
        killAfter, before.answered, qint64(afterKill.size()), lost);
    std::printf("sent again to the restarted desk: %d answered 200 of %d; the book holds %lld orders\n",
        resent.answered, count, inTheEnd);
    return before.ok && resent.ok && lost == 0 && resent.answered == count && inTheEnd == count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--desk") == 0)
        return runDesk(QString::fromLocal8Bit(argv[2]));
    const int count = argc > 1 ? atoi(argv[1]) : 20000;
    const int connections = argc > 2 ? atoi(argv[2]) : 32;
    const QByteArray secret = QByteArrayLiteral("bench-ipn-secret");
    QTemporaryDir dir;

    QString error;
    auto workspace = openWorkspace(dir.filePath(QStringLiteral("workspace")), QStringLiteral("bench_ipn"), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("book: %s\n", workspace->database().path().isEmpty() ? "PostgreSQL (team mode)" : "SQLite");
    SecretStore secrets(workspace->id());
    if (!finished(secrets.write(IpnRoute::secretOwner(), IpnRoute::secretKey(), QString::fromUtf8(secret))))
        return 1;

    int exitCode = 1;
    {
        DeskListener listener;
        IpnRoute route(listener, workspace->database(), secrets);
        // The trivial route: the same listener, nothing but an answer.
        listener.http().route(
            QStringLiteral("/ping"), [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                DeskListener::answer(responder, DeskListener::StatusCode::Ok, { { QStringLiteral("ok"), true } });
            });
        if (!listener.listen(QHostAddress::LocalHost, 0, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }

        const ClientRun ping = runClient(listener.port(), "ping", count, connections, secret);
        const QString answeredFile = dir.filePath(QStringLiteral("answered.txt"));
        const ClientRun ipn = runClient(listener.port(), "ipn", count, connections, secret, answeredFile);

        // Every IPN answered 200 must be an order now, and nothing else may be.
        const QSet<QString> stored = storedOrders(workspace->database());
        const int lost = lostOf(stored, answeredFile);

        const double pingRate = ping.seconds > 0 ? ping.answered / ping.seconds : 0;
        const double ipnRate = ipn.seconds > 0 ? ipn.answered / ipn.seconds : 0;
        std::printf("requests %d on %d connections\n", count, connections);
        std::printf("trivial route: %d answered 200 (%d other, %d unanswered) in %.2f s: %.0f req/s\n", ping.answered,
            ping.other, ping.failed, ping.seconds, pingRate);
        std::printf("IPN:           %d answered 200 (%d other, %d unanswered) in %.2f s: %.0f IPN/s\n", ipn.answered,
            ipn.other, ipn.failed, ipn.seconds, ipnRate);
        std::printf("ratio IPN/trivial %.3f\n", pingRate > 0 ? ipnRate / pingRate : 0.0);
        std::printf("answered %d, stored %lld, lost %d\n", ipn.answered, qint64(stored.size()), lost);
        // A figure only counts when every request of both runs was answered 200.
        const bool complete = ping.ok && ipn.ok && ping.answered == count && ipn.answered == count;
        const bool survived = killAndRestart(dir, count, connections, secret, ipnRate);
        exitCode = complete && lost == 0 && stored.size() == ipn.answered && survived ? 0 : 1;
    }

    finished(secrets.remove(IpnRoute::secretOwner(), IpnRoute::secretKey()));
    return exitCode;
}
