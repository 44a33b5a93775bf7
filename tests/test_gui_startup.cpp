#include "DeskStartup.h"
#include "MainWindow.h"
#include "listener/DeskListener.h"
#include "runtime/DeskRuntime.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The desk's start-up as payoutdesk runs it (ui/main.cpp): each step on its answer, no nested
// event loop: the book opens, the demo's sandbox starts, the desk runtime starts, the window shows.
class TestGuiStartup : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The demo's folder is under the user's data folder.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    }

    // A desk of its own: the window shows; the listener stays off, as the settings say.
    void plainWorkspace()
    {
        DeskStartup startup({ m_home.filePath(QStringLiteral("desk")), {}, false });
        QSignalSpy shown(&startup, &DeskStartup::shown);
        startup.start();
        QVERIFY(!startup.window()); // nothing before the book has answered
        QVERIFY(shown.wait(20000));
        QVERIFY(startup.window() && startup.window()->isVisible());
        QVERIFY(startup.runtime()->operates());
        QSignalSpy started(startup.runtime(), &DeskRuntime::started);
        QVERIFY(started.wait(20000));
        QVERIFY(!startup.runtime()->listener().isListening());
        QCOMPARE(startup.runtime()->listenerProblem(), QString());
    }

    // The demo: sample orders, its own sandbox provider, and a listener on a free loopback port
    // that the settings name, so that the sandbox can call back.
    void demoWorkspace()
    {
        DeskStartup startup({ Workspace::demoDir(), {}, true });
        QSignalSpy shown(&startup, &DeskStartup::shown);
        startup.start();
        QVERIFY(shown.wait(30000));
        QVERIFY(startup.window()->isVisible());
        QVERIFY(OrderStore(startup.workspace()->database()).count({}) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(startup.runtime()->listener().isListening(), 20000);
        const quint16 port = startup.runtime()->listener().port();
        QVERIFY(port != 0);
        QCOMPARE(DeskSettings(startup.workspace()->database()).value(QString::fromLatin1(DeskSettings::listenAddress)),
            QStringLiteral("127.0.0.1:%1").arg(port));
    }
};

QTEST_MAIN(TestGuiStartup)
#include "test_gui_startup.moc"
