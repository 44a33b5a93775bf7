#include "ProviderRegistry.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// Secrets in a real Secret Service: gnome-keyring, unlocked, inside dbus-run-session
// (.ci/test runs every test so). The "no keychain" cases run a child with no D-Bus at all.
class TestSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static SecretJob *wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!spy.wait(20000))
            qWarning() << "keychain job did not finish";
        return job;
    }

    QProcessEnvironment noDbus() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        return env;
    }

private slots:
    void writeReadReplaceRemove()
    {
        SecretStore store(QStringLiteral("ws-") + QString::number(QDateTime::currentMSecsSinceEpoch()));
        const QString secret = QStringLiteral("s3cr3t-Ключ-%1").arg(QDateTime::currentMSecsSinceEpoch());
        SecretJob *write = wait(store.write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), secret));
        QVERIFY2(write->ok(), qPrintable(write->error()));
        SecretJob *read = wait(store.read(QStringLiteral("sandbox"), QStringLiteral("apiSecret")));
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QCOMPARE(read->secret(), secret);

        QVERIFY(wait(store.write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("replaced")))
                    ->ok());
        QCOMPARE(wait(store.read(QStringLiteral("sandbox"), QStringLiteral("apiSecret")))->secret(),
            QStringLiteral("replaced"));

        QVERIFY(wait(store.remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret")))->ok());
        SecretJob *gone = wait(store.read(QStringLiteral("sandbox"), QStringLiteral("apiSecret")));
        QCOMPARE(gone->outcome(), SecretJob::Outcome::NotFound);
        QVERIFY(!gone->error().contains(secret));
    }

    // Two workspaces (the demo and the real book) never see each other's secrets.
    void namespacedByWorkspace()
    {
        SecretStore a(QStringLiteral("workspace-a-") + QString::number(QDateTime::currentMSecsSinceEpoch()));
        SecretStore b(QStringLiteral("workspace-b-") + QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(wait(a.write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("only-a")))->ok());
        QCOMPARE(wait(b.read(QStringLiteral("sandbox"), QStringLiteral("apiSecret")))->outcome(),
            SecretJob::Outcome::NotFound);
        QCOMPARE(wait(a.read(QStringLiteral("other"), QStringLiteral("apiSecret")))->outcome(),
            SecretJob::Outcome::NotFound);
        QVERIFY(a.entryName(QStringLiteral("sandbox"), QStringLiteral("apiSecret"))
                    .endsWith(QStringLiteral("/sandbox/apiSecret")));
        wait(a.remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret")));
    }

    // The hub hands out a configured adapter only when every secret could be read.
    void hubReadsSecretsFromTheKeychain()
    {
        QString error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("hub")), &error);
        QVERIFY2(workspace, qPrintable(error));
        const ProviderRegistry registry = ProviderRegistry::builtIn();
        SecretStore store(workspace->id());
        QNetworkAccessManager network;
        ProviderHub hub(registry, workspace->database(), store, &network);

        ProviderLoad *missing = hub.load(QStringLiteral("sandbox"));
        QVERIFY(QSignalSpy(missing, &ProviderLoad::finished).wait(20000));
        QVERIFY(!missing->provider());
        QVERIFY2(missing->error().contains(QStringLiteral("apiSecret")), qPrintable(missing->error()));

        QVERIFY(
            wait(store.write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("from-keychain")))
                ->ok());
        ProviderLoad *ready = hub.load(QStringLiteral("sandbox"));
        QVERIFY(QSignalSpy(ready, &ProviderLoad::finished).wait(20000));
        QVERIFY2(ready->provider(), qPrintable(ready->error()));
        QCOMPARE(
            ready->provider()->config().values.value(QStringLiteral("apiSecret")), QStringLiteral("from-keychain"));
        wait(store.remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret")));
    }

    // The settings table refuses a secret's value: it can only go to the keychain.
    void settingsRefuseSecrets()
    {
        QString error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("settings")), &error);
        const auto manifest = ProviderRegistry::builtIn().manifest(QStringLiteral("sandbox"));
        ProviderSettings settings(workspace->database());
        QVERIFY(!settings.setValue(
            *manifest, QStringLiteral("apiSecret"), QStringLiteral("x"), QStringLiteral("t"), &error));
        QVERIFY(error.contains(QStringLiteral("keychain")));
        QVERIFY(
            !settings.setValue(*manifest, QStringLiteral("colour"), QStringLiteral("x"), QStringLiteral("t"), &error));
        QVERIFY(settings.setValue(
            *manifest, QStringLiteral("apiKey"), QStringLiteral("key-1"), QStringLiteral("t"), &error));
        QCOMPARE(settings.values(QStringLiteral("sandbox")).value(QStringLiteral("apiKey")), QStringLiteral("key-1"));
    }

    // With no Secret Service at all: a clear error, nothing stored anywhere, and the
    // provider cannot be used. There is no plaintext fallback.
    void noKeychainNoFallback()
    {
        const QString dir = m_dir.filePath(QStringLiteral("nokeychain"));
        QProcess cli;
        cli.setProcessEnvironment(noDbus());
        cli.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            { QStringLiteral("--workspace"), dir, QStringLiteral("--create"), QStringLiteral("providers"),
                QStringLiteral("set"), QStringLiteral("sandbox"), QStringLiteral("apiSecret") });
        QVERIFY(cli.waitForStarted());
        cli.write("canary-secret-42\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("No keychain is available")), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("canary-secret-42")));

        QProcess list;
        list.setProcessEnvironment(noDbus());
        list.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            { QStringLiteral("--workspace"), dir, QStringLiteral("providers"), QStringLiteral("test"),
                QStringLiteral("sandbox") });
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 1);
        const QString testErr = QString::fromUtf8(list.readAllStandardError());
        QVERIFY2(testErr.contains(QStringLiteral("apiSecret")) || testErr.contains(QStringLiteral("keychain")),
            qPrintable(testErr));

        // Nothing of the secret anywhere under the workspace or the home folder.
        QProcess grep;
        grep.start(QStringLiteral("grep"),
            { QStringLiteral("-r"), QStringLiteral("-a"), QStringLiteral("-l"), QStringLiteral("canary-secret-42"),
                m_dir.path() });
        QVERIFY(grep.waitForFinished());
        QCOMPARE(grep.exitCode(), 1); // grep: no match
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
