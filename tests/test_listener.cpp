#include "listener/ConnectionGuard.h"
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "listener/ListenerTls.h"
#include "merchant/IpnMessage.h"
#include "secrets/SecretStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace pd;

// The listener where others can reach it (the recipient-integrity issue, point 2): TLS with a
// test certificate and its key's password in a real keychain; no plain HTTP off loopback unless
// told; a declared 1 GB body answered 413 without reading it; 2,000 idle connections closed by
// the idle timeout, capped per address, while real IPNs are still answered.
class TestListener : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DeskListener> m_listener;
    std::unique_ptr<IpnRoute> m_route;
    const QByteArray m_secret = QByteArrayLiteral("LISTENER-SECRET");
    const QString m_keyPassword = QStringLiteral("pd-test-key-password");

    static QString data(const QString &name) { return QFINDTESTDATA(QStringLiteral("data/") + name); }

    QByteArray ipn(int uid)
    {
        IpnMessage m;
        m.orderUid = QString::number(uid);
        m.orderId = QStringLiteral("65e0000000000000%1").arg(uid, 8, 16, QLatin1Char('0'));
        m.newStatus = QStringLiteral("waitPayment");
        m.inAmount = QStringLiteral("2");
        m.outAmount = QStringLiteral("317.42");
        m.xmlFrom = QStringLiteral("ETH");
        m.xmlTo = QStringLiteral("WMZ");
        m.timestamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        m.toValues = { { QStringLiteral("wallet"), QStringLiteral("WMZ purse"), QStringLiteral("Z123456789012") } };
        return m.toForm(m_secret);
    }

    void keep(const QString &owner, const QString &key, const QString &secret)
    {
        SecretJob *job = m_secrets->write(owner, key, secret);
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
        QVERIFY2(job->ok(), qPrintable(job->error()));
    }

    // Resident memory of this process, in KiB.
    static qint64 residentKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

    // POSTs an IPN over a request of its own; the HTTP status and the "result" word.
    std::pair<int, QString> post(const QUrl &url, const QByteArray &body, const QSslConfiguration &tls = {})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!tls.isNull())
            request.setSslConfiguration(tls);
        // A manager of its own: no connection (and no TLS session) carried over from another call.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("result")).toString() };
    }

private slots:
    void initTestCase()
    {
        // 2,000 client sockets in this process, and the server's side of those it admits.
        rlimit files {};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = std::max<rlim_t>(files.rlim_cur, std::min<rlim_t>(files.rlim_max, 8192));
        setrlimit(RLIMIT_NOFILE, &files);
        QVERIFY2(files.rlim_cur >= 4096, "this machine allows too few open files for the idle-connection test");
    }

    void init()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QString::number(++m_run)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_listener = std::make_unique<DeskListener>();
        m_route = std::make_unique<IpnRoute>(*m_listener, m_workspace->database(), *m_secrets);
        keep(IpnRoute::secretOwner(), IpnRoute::secretKey(), QString::fromUtf8(m_secret));
    }
    void cleanup()
    {
        m_route.reset();
        m_listener.reset();
        m_secrets.reset();
        m_workspace.reset();
    }

    // The certificate and key from the settings, the key's password from the keychain: an IPN
    // over HTTPS is taken; plain HTTP to the same port gets no answer.
    void ipnOverTls()
    {
        DeskSettings desk(m_workspace->database());
        QVERIFY(desk.setValue(QString::fromLatin1(ListenerTls::certificateSetting), data("listener-test.crt")));
        QVERIFY(desk.setValue(QString::fromLatin1(ListenerTls::keySetting), data("listener-test.key")));
        ListenerTls tls(m_workspace->database(), *m_secrets);
        QSignalSpy read(&tls, &ListenerTls::finished);

        // Without the password in the keychain the key does not open, and says so.
        tls.read();
        QVERIFY(read.wait(20000));
        QVERIFY(tls.configured());
        QVERIFY(!tls.configuration());
        QVERIFY2(tls.error().contains(QStringLiteral("password")), qPrintable(tls.error()));

        keep(ListenerTls::secretOwner(), ListenerTls::secretKey(), m_keyPassword);
        tls.read();
        QVERIFY(read.wait(20000));
        QVERIFY2(tls.configuration(), qPrintable(tls.error()));
        QString error;
        QVERIFY2(
            m_listener->listen(QHostAddress::LocalHost, 0, &error, { tls.configuration(), false }), qPrintable(error));
        QVERIFY(m_listener->isSecure());

        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.setCaCertificates(QSslCertificate::fromPath(data("listener-test.crt")));
        const QUrl https(QStringLiteral("https://127.0.0.1:%1/ipn").arg(m_listener->port()));
        const auto [status, result] = post(https, ipn(1), client);
        QCOMPARE(status, 200);
        QCOMPARE(result, QStringLiteral("created"));
        QVERIFY(OrderStore(m_workspace->database()).byUid(1));

        // A client that does not trust the certificate is refused by its own TLS: nothing taken.
        const auto untrusted = post(https, ipn(2));
        QCOMPARE(untrusted.first, 0);
        QVERIFY(!OrderStore(m_workspace->database()).byUid(2));
        // Plain HTTP to the TLS port: never answered as HTTP, nothing taken.
        const auto plain = post(QUrl(QStringLiteral("http://127.0.0.1:%1/ipn").arg(m_listener->port())), ipn(3));
        QVERIFY(plain.first != 200);
        QVERIFY(!OrderStore(m_workspace->database()).byUid(3));
    }

    // payoutdesk-cli listener tls CERT KEY: the password from standard input into the keychain,
    // the two files checked together before anything is kept; a wrong password changes nothing.
    void tlsSetFromTheCommandLine()
    {
        QVERIFY2(
            !qEnvironmentVariable("PAYOUTDESK_CLI").isEmpty(), "run it through ctest, which says where the CLI is");
        const auto cli = [this](const QStringList &args, const QByteArray &input) {
            QProcess p;
            p.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
                QStringList { QStringLiteral("--workspace"), m_workspace->dir() } + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(30000);
            return std::pair { p.exitCode(), QByteArray(p.readAllStandardError() + p.readAllStandardOutput()) };
        };
        const QStringList tls = { QStringLiteral("listener"), QStringLiteral("tls"), data("listener-test.crt"),
            data("listener-test.key") };
        const auto wrong = cli(tls, "not-the-password\n");
        QVERIFY2(wrong.first != 0 && wrong.second.contains("Nothing was changed"), wrong.second.constData());
        DeskSettings desk(m_workspace->database());
        QCOMPARE(desk.value(QString::fromLatin1(ListenerTls::certificateSetting)), QString());
        const auto right = cli(tls, m_keyPassword.toUtf8() + "\n");
        QVERIFY2(right.first == 0, right.second.constData());
        QCOMPARE(desk.value(QString::fromLatin1(ListenerTls::certificateSetting)), data("listener-test.crt"));
        ListenerTls read(m_workspace->database(), *m_secrets);
        QSignalSpy finished(&read, &ListenerTls::finished);
        read.read();
        QVERIFY(finished.wait(20000));
        QVERIFY2(read.configuration(), qPrintable(read.error()));
        const auto off = cli({ QStringLiteral("listener"), QStringLiteral("tls"), QStringLiteral("--off") }, {});
        QVERIFY2(off.first == 0, off.second.constData());
        QCOMPARE(desk.value(QString::fromLatin1(ListenerTls::keySetting)), QString());
    }

    void plainHttpOnlyOnLoopbackUnlessTold()
    {
        QString error;
        QVERIFY(!m_listener->listen(QHostAddress::AnyIPv4, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("TLS")) && error.contains(QStringLiteral("--insecure-listen")),
            qPrintable(error));
        QVERIFY(!m_listener->isListening());
        QVERIFY2(m_listener->listen(QHostAddress::AnyIPv4, 0, &error, { std::nullopt, true }), qPrintable(error));
        m_listener->close();
        QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

        // The CLI the same way: serve on 0.0.0.0 without TLS exits non-zero and says why.
        QVERIFY2(
            !qEnvironmentVariable("PAYOUTDESK_CLI").isEmpty(), "run it through ctest, which says where the CLI is");
        QProcess serve;
        serve.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            { QStringLiteral("--workspace"), m_workspace->dir(), QStringLiteral("serve"), QStringLiteral("--listen"),
                QStringLiteral("0.0.0.0:0") });
        QVERIFY(serve.waitForFinished(30000));
        QVERIFY(serve.exitCode() != 0);
        QVERIFY2(serve.readAllStandardError().contains("--insecure-listen"), "the CLI says how to allow it");
    }

    // Only the head is read: a 413 at once, the body never buffered, memory flat. The client is a
    // process of its own (Python), so what its socket buffers is not counted here.
    void declaredGigabyteIsRefusedWithoutReadingIt()
    {
        QString error;
        QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QString client
            = QStringLiteral("import socket, sys\n"
                             "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))\n"
                             "s.sendall(b'POST /ipn HTTP/1.1\\r\\nHost: 127.0.0.1\\r\\nContent-Type: "
                             "application/x-www-form-urlencoded\\r\\nContent-Length: 1073741824\\r\\n\\r\\n')\n"
                             "chunk = b'x' * (1 << 20)\n"
                             "for i in range(8):\n"
                             "    s.sendall(chunk)\n"
                             "answer = b''\n"
                             "while b'\\r\\n\\r\\n' not in answer:\n"
                             "    part = s.recv(65536)\n"
                             "    if not part: break\n"
                             "    answer += part\n"
                             "sent = 8\n"
                             "try:\n"
                             "    for i in range(24):\n"
                             "        s.sendall(chunk)\n"
                             "        sent += 1\n"
                             "except OSError:\n"
                             "    pass\n"
                             "print(answer.split(b'\\r\\n')[0].decode(), sent)\n"
                             "print(answer.decode(errors='replace'))\n");
        const qint64 before = residentKiB();
        QProcess python;
        python.start(QStringLiteral("python3"), { QStringLiteral("-c"), client, QString::number(m_listener->port()) });
        QVERIFY(python.waitForStarted());
        QVERIFY(QSignalSpy(&python, &QProcess::finished).wait(60000));
        const QByteArray out = python.readAllStandardOutput();
        QVERIFY2(out.startsWith("HTTP/1.1 413"), QByteArray(out + python.readAllStandardError()).constData());
        QVERIFY(out.contains("1073741824"));
        const qint64 grown = residentKiB() - before;
        qInfo() << "resident memory grew by" << grown << "KiB while 32 MiB of a declared 1 GiB body arrived";
        QVERIFY2(grown < 8 * 1024, qPrintable(QStringLiteral("resident memory grew by %1 KiB").arg(grown)));
        // Logged as a refused IPN, and the listener goes on answering.
        QCOMPARE(post(QUrl(QStringLiteral("http://127.0.0.1:%1/ipn").arg(m_listener->port())), ipn(7)).first, 200);
    }

    // 2,000 connections that send nothing, from 63 addresses: those over the caps are closed at
    // once, the rest by the idle timeout; IPNs from another client are answered all along.
    void idleConnectionsAreClosedWhileIpnsAreAnswered()
    {
        ConnectionGuard::Limits limits;
        limits.idleMs = 1500;
        limits.maxPerAddress = 16;
        limits.maxConnections = 400; // fewer than the 63 × 16 the idle ones could hold
        m_listener->guard().setLimits(limits);
        QString error;
        QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const quint16 port = m_listener->port();

        QList<QTcpSocket *> idle;
        for (int i = 0; i < 2000; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i % 63)), 0);
            socket->connectToHost(QHostAddress::LocalHost, port);
            idle << socket;
        }
        QElapsedTimer since;
        since.start();
        int answered = 0;
        for (int n = 0; n < 10; ++n) {
            const auto [status, result] = post(QUrl(QStringLiteral("http://127.0.0.1:%1/ipn").arg(port)), ipn(100 + n));
            answered += status == 200 && result == QLatin1String("created");
        }
        QCOMPARE(answered, 10);
        QVERIFY(m_listener->guard().openConnections() <= limits.maxConnections);
        // Every idle one ends: refused at once, or closed after 1.5 s of silence.
        const bool allClosed = QTest::qWaitFor(
            [&] {
                return std::all_of(idle.begin(), idle.end(),
                    [](QTcpSocket *s) { return s->state() == QAbstractSocket::UnconnectedState; });
            },
            30000);
        if (!allClosed) {
            QMap<int, int> states;
            for (QTcpSocket *s : idle)
                ++states[int(s->state())];
            qWarning() << "client socket states (state: count):" << states
                       << "server's open:" << m_listener->guard().openConnections();
        }
        QVERIFY2(allClosed, "some idle connections stayed open");
        QVERIFY2(since.elapsed() >= limits.idleMs, "closed by the timeout, not before it");
        QVERIFY(QTest::qWaitFor([&] { return m_listener->guard().openConnections() == 0; }, 10000));
        qDeleteAll(idle);
        // And after them, an IPN still is.
        QCOMPARE(post(QUrl(QStringLiteral("http://127.0.0.1:%1/ipn").arg(port)), ipn(200)).first, 200);
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "test_listener.moc"
