#include "SandboxServer.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// A canary secret goes through everything a secret goes through — saved with the CLI,
// read back from the keychain, used to sign calls with the debug log on — and then the
// book, the settings and every log line are searched for it, as text, hex and base64.
class TestNoSecretLeaks : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QByteArray m_logs;

    int cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            QStringList {
                QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("ws")), QStringLiteral("--create") }
                + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        // The sandbox server lives in this process: keep its event loop turning meanwhile.
        if (p.state() != QProcess::NotRunning)
            QSignalSpy(&p, &QProcess::finished).wait(60000);
        m_logs += p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void canaryNeverLeaves()
    {
        const QByteArray canary = "CANARY-5ecret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        SandboxServer server({ QStringLiteral("leak-test-key"), canary });
        QVERIFY(server.listen());
        server.setBalance(QStringLiteral("USDT"), *Money::parse(u"10.00"));

        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("sandbox"),
                     QStringLiteral("apiUrl"), server.baseUrl().toString() }),
            0);
        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("sandbox"),
                     QStringLiteral("apiKey"), QStringLiteral("leak-test-key") }),
            0);
        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("sandbox"),
                         QStringLiteral("apiSecret") },
                     canary + '\n'),
            0);
        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("sandbox"),
                     QStringLiteral("debug"), QStringLiteral("1") }),
            0);
        // A secret as an argument is refused (it would be in the shell history and in ps).
        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("sandbox"),
                     QStringLiteral("apiSecret"), QString::fromLatin1(canary) }),
            2);
        // The canary really is in use: the signed call succeeds with the debug log on.
        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("sandbox") }), 0);
        QVERIFY2(m_logs.contains("10.00"), m_logs.constData());
        QVERIFY2(m_logs.contains("GET /balance"), "the debug log is on and shows the call");
        QCOMPARE(cli({ QStringLiteral("providers"), QStringLiteral("list") }), 0);

        const QList<QByteArray> forms = { canary, canary.toHex(), canary.toBase64() };
        for (const QByteArray &form : forms)
            QVERIFY2(!m_logs.contains(form), "a secret reached a log line");
        // Every file under the test's home: the order book (and its WAL), settings, anything.
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList searched;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &form : forms)
                QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("a secret reached %1").arg(f.fileName())));
            searched << f.fileName();
        }
        QVERIFY(searched.contains(m_home.filePath(QStringLiteral("ws/payoutdesk.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestNoSecretLeaks)
#include "test_no_secret_leaks.moc"
