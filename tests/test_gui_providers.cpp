#include "MainWindow.h"
#include "ProviderConfigForm.h"
#include "ProviderRegistry.h"
#include "ProvidersPage.h"
#include "SandboxServer.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The Providers page under Xvfb: the sandbox's form, generated from its required_config,
// filled and saved as staff would, with the secret going to a real gnome-keyring.
class TestGuiProviders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderHub> m_hub;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // amounts are shown in the staff's format
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, m_workspace->database(), *m_secrets, &m_network);
    }

    void fillSaveEnableAndTest()
    {
        SandboxServer server({ QStringLiteral("desk-key"), QByteArrayLiteral("desk-secret-value") });
        QVERIFY(server.listen());
        server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1250.50"));

        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        window.showPage(window.providersPage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProviderConfigForm *form = window.providersPage()->form(QStringLiteral("sandbox"));
        QVERIFY(form);
        // The book's settings are read on its thread; the form is offered once they are shown.
        QTRY_VERIFY(form->isLoaded());
        QVERIFY(form->testButton()->isEnabled());
        QCOMPARE(form->editor(QStringLiteral("apiUrl"))->text(),
            m_registry.manifest(QStringLiteral("sandbox"))->defaultConfig.value(QStringLiteral("apiUrl")).toString());
        // One editor per required_config key; the secret one is a password field.
        QVERIFY(form->editor(QStringLiteral("apiUrl")) && form->editor(QStringLiteral("apiKey"))
            && form->editor(QStringLiteral("apiSecret")));
        QCOMPARE(form->editor(QStringLiteral("apiSecret"))->echoMode(), QLineEdit::Password);
        QCOMPARE(form->editor(QStringLiteral("apiKey"))->echoMode(), QLineEdit::Normal);

        // Testing before anything is set says what is missing.
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->testResult()->text().contains(QStringLiteral("apiSecret")), 20000);

        QLineEdit *url = form->editor(QStringLiteral("apiUrl"));
        url->clear();
        QTest::keyClicks(url, server.baseUrl().toString());
        QTest::mouseClick(form->saveButton(QStringLiteral("apiUrl")), Qt::LeftButton);
        QTRY_COMPARE(form->resultLabel(QStringLiteral("apiUrl"))->text(), QStringLiteral("Saved."));
        QTest::keyClicks(form->editor(QStringLiteral("apiKey")), QStringLiteral("desk-key"));
        QTest::keyClick(form->editor(QStringLiteral("apiKey")), Qt::Key_Return);
        QTRY_COMPARE(form->resultLabel(QStringLiteral("apiKey"))->text(), QStringLiteral("Saved."));

        QTest::keyClicks(form->editor(QStringLiteral("apiSecret")), QStringLiteral("desk-secret-value"));
        QTest::mouseClick(form->saveButton(QStringLiteral("apiSecret")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            form->resultLabel(QStringLiteral("apiSecret"))->text(), QStringLiteral("Stored in the keychain."), 20000);
        // The stored secret is never shown back: the field is empty and says one is stored.
        QVERIFY(form->editor(QStringLiteral("apiSecret"))->text().isEmpty());
        QVERIFY(form->editor(QStringLiteral("apiSecret"))->placeholderText().contains(QStringLiteral("stored")));

        const auto values = ProviderSettings(m_workspace->database()).values(QStringLiteral("sandbox"));
        QCOMPARE(values.value(QStringLiteral("apiKey")), QStringLiteral("desk-key"));
        QCOMPARE(values.value(QStringLiteral("secret:apiSecret")), QStringLiteral("stored"));
        for (const QString &v : values)
            QVERIFY(!v.contains(QStringLiteral("desk-secret-value")));

        form->enabledBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_hub->isEnabled(QStringLiteral("sandbox")), 20000);
        // The list shows the enabled provider's balance, read from the provider.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.providersPage()->list()->item(0)->text().contains(QStringLiteral("1,250.50 USDT")), 20000);

        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->testResult()->text().startsWith(QStringLiteral("Connected")), 20000);
        QVERIFY2(form->testResult()->text().contains(QStringLiteral("1,250.50 USDT")),
            qPrintable(form->testResult()->text()));

        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            window.grab().save(shots + QStringLiteral("/providers.png"));
            // WhiteBIT's form, generated from its required_config (webhook keys optional).
            window.providersPage()->list()->setCurrentRow(1);
            QTest::qWait(100);
            window.grab().save(shots + QStringLiteral("/providers-whitebit.png"));
            window.providersPage()->list()->setCurrentRow(0);
        }
        m_secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }

    // No Secret Service at all: the form says so, and the provider stays disabled.
    void noKeychainKeepsProviderDisabled()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--no-keychain"), m_dir.filePath(QStringLiteral("nokeychain")) });
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError());
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
    }
};

// The child of noKeychainKeepsProviderDisabled: runs with no D-Bus, so no keychain.
static int noKeychain(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    auto workspace = Workspace::open(dir, &error);
    const CurrencyRegistry currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    SecretStore secrets(workspace->id());
    QNetworkAccessManager network;
    ProviderHub hub(registry, workspace->database(), secrets, &network);
    PayoutEngine engine(workspace->database(), hub, currencies);
    MainWindow window(*workspace, currencies, hub, engine);
    window.show();
    ProviderConfigForm *form = window.providersPage()->form(QStringLiteral("sandbox"));
    if (!QTest::qWaitFor([form] { return form->isLoaded(); }, 20000)) {
        printf("the form was never offered\n");
        return 4;
    }
    QTest::keyClicks(form->editor(QStringLiteral("apiSecret")), QStringLiteral("never-stored"));
    QTest::mouseClick(form->saveButton(QStringLiteral("apiSecret")), Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] {
                return form->resultLabel(QStringLiteral("apiSecret"))->text().contains(QStringLiteral("No keychain"));
            },
            20000)) {
        printf("secret result: %s\n", qPrintable(form->resultLabel(QStringLiteral("apiSecret"))->text()));
        return 1;
    }
    form->enabledBox()->setChecked(true);
    if (!QTest::qWaitFor([&] { return !form->enabledBox()->isChecked() && form->enabledBox()->isEnabled(); }, 20000)) {
        printf("provider was enabled without its secret\n");
        return 2;
    }
    if (hub.isEnabled(QStringLiteral("sandbox"))
        || !ProviderSettings(workspace->database()).storedSecrets(QStringLiteral("sandbox")).isEmpty()) {
        printf("settings changed without a keychain\n");
        return 3;
    }
    window.grab().save(dir + QStringLiteral("/no-keychain.png"));
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--no-keychain") == 0)
        return noKeychain(QString::fromLocal8Bit(argv[2]));
    TestGuiProviders test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_providers.moc"
