#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "SandboxDesk.h"
#include "TrayBadge.h"
#include "payouts/PayoutRun.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The tray icon on a real system tray: trayer (an XEmbed tray, as on many Linux desktops)
// runs on the Xvfb display, so Qt shows the icon and its notices as it would for staff.
class TestGuiTray : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_trayer;

    static QWidget *visibleBalloon()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && QLatin1String(w->metaObject()->className()) == QLatin1String("QBalloonTip"))
                return w;
        }
        return nullptr;
    }
    static QString textsOf(QWidget *widget)
    {
        QStringList texts;
        for (const QLabel *label : widget->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString trayer = QStandardPaths::findExecutable(QStringLiteral("trayer"));
        QVERIFY2(!trayer.isEmpty(), "trayer is not installed: .ci/setup installs it");
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // none before trayer: the test sees it appear
        m_trayer.start(trayer,
            { QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"), QStringLiteral("right"),
                QStringLiteral("--widthtype"), QStringLiteral("pixel"), QStringLiteral("--width"),
                QStringLiteral("160"), QStringLiteral("--heighttype"), QStringLiteral("pixel"),
                QStringLiteral("--height"), QStringLiteral("40"), QStringLiteral("--tint"), QStringLiteral("0x2b2b2b"),
                QStringLiteral("--alpha"), QStringLiteral("0") });
        QVERIFY(m_trayer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    }

    void cleanupTestCase()
    {
        m_trayer.kill();
        m_trayer.waitForFinished();
    }

    void badgeLabel()
    {
        QCOMPARE(TrayBadge::label(1), QStringLiteral("1"));
        QCOMPARE(TrayBadge::label(99), QStringLiteral("99"));
        QCOMPARE(TrayBadge::label(100), QStringLiteral("99+"));
        const QIcon plain(QStringLiteral(":/payoutdesk/icons/payoutdesk.png"));
        QCOMPARE(TrayBadge::withCount(plain, 0).pixmap(32).toImage(), plain.pixmap(32).toImage());
        QVERIFY(TrayBadge::withCount(plain, 3).pixmap(32).toImage() != plain.pixmap(32).toImage());
        QVERIFY(
            TrayBadge::withCount(plain, 3).pixmap(32).toImage() != TrayBadge::withCount(plain, 4).pixmap(32).toImage());
    }

    // Three waiting: the count is on the icon, in its tooltip and on the queue's tab. A payout
    // whose outcome is unknown raises a notice and stays in the queue; one paid leaves it.
    void countAndNotices()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.path()), QString());
        const QStringList ids = desk.addWaitingOrders(3);
        QCOMPARE(ids.size(), 3);
        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSystemTrayIcon *tray = window.trayIcon();
        QVERIFY(tray->isVisible());
        QTRY_VERIFY(tray->geometry().isValid());
        // The queue reads the book in the background once the window is up.
        QTRY_VERIFY2(tray->toolTip().contains(QStringLiteral("3 payout")), qPrintable(tray->toolTip()));
        QCOMPARE(window.tabs()->tabText(window.tabIndex(window.queuePage())), QStringLiteral("Payout queue (3)"));
        QCOMPARE(tray->icon().pixmap(32).toImage(), TrayBadge::withCount(window.windowIcon(), 3).pixmap(32).toImage());

        // The provider answers 500: the outcome is unknown, a person must look, and the order
        // is still in the queue.
        desk.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1000"));
        desk.server.setFault(SandboxServer::Fault::Http500, 1, QStringLiteral("/transfer"));
        PayoutRun *refused
            = desk.engine->approve({ { ids.at(0), QStringLiteral("sandbox") } }, QStringLiteral("tester"));
        QVERIFY(refused);
        QVERIFY(refused->done() == refused->total() || QSignalSpy(refused, &PayoutRun::finished).wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(visibleBalloon(), 10000);
        const QString notice = textsOf(visibleBalloon());
        QVERIFY2(notice.contains(QStringLiteral("needs attention")) && notice.contains(QStringLiteral("order 501 ")),
            qPrintable(notice));
        QCOMPARE(desk.server.ledger().size(), 0);
        QTRY_VERIFY(tray->toolTip().contains(QStringLiteral("3 payout")));
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QTest::qWait(300); // the tray paints the icon it was handed
            const QRect around = tray->geometry()
                                     .united(visibleBalloon()->geometry())
                                     .adjusted(-8, -4, 4, 8)
                                     .intersected(QGuiApplication::primaryScreen()->geometry());
            const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(
                0, around.x(), around.y(), around.width(), around.height());
            shot.scaled(shot.size() * 2, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                .save(shots + QStringLiteral("/tray.png"));
        }

        // Paid: two left.
        PayoutRun *paid = desk.engine->approve({ { ids.at(1), QStringLiteral("sandbox") } }, QStringLiteral("tester"));
        QVERIFY(paid);
        QVERIFY(paid->done() == paid->total() || QSignalSpy(paid, &PayoutRun::finished).wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(tray->toolTip().contains(QStringLiteral("2 payout")), 10000);
        QCOMPARE(window.tabs()->tabText(window.tabIndex(window.queuePage())), QStringLiteral("Payout queue (2)"));
        QCOMPARE(tray->icon().pixmap(32).toImage(), TrayBadge::withCount(window.windowIcon(), 2).pixmap(32).toImage());
        QCOMPARE(desk.server.ledger().size(), 1);
    }
};

QTEST_MAIN(TestGuiTray)
#include "test_gui_tray.moc"
