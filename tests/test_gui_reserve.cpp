#include "ApproveDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "QueueView.h"
#include "ReserveBanner.h"
#include "SandboxDesk.h"
#include "storage/AttemptStore.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The reserve above the payout queue, under Xvfb against the sandbox provider's server. One
// test per process, as the other GUI tests: a keychain read still on its way when its store
// is deleted crashes the next test.
class TestGuiReserve : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    // The reserve above the queue: balance 100, three payouts of 40 waiting → two covered, the
    // third flagged; a claim and a payout made lower it; a balance that cannot be read is said.
    void reserveCoversTheQueue()
    {
        QTemporaryDir dir;
        SandboxDesk desk;
        QCOMPARE(desk.open(dir.path()), QString());
        desk.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"100.00"));
        const QStringList ids = desk.addWaitingOrders(3, 700, QStringLiteral("40.00"));
        QCOMPARE(ids.size(), 3);
        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.resize(1200, 520);
        window.show();
        window.showPage(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        ReserveBanner *banner = queue->reserveBanner();
        const auto line = [banner] { return banner->lines().join(u'\n'); };
        // One line, in the words of the English plural forms or of their source.
        const auto says = [line](const QString &reserve, const QString &covers, const QString &amounts) {
            const QString text = line();
            return !text.contains(u'\n') && text.startsWith(QStringLiteral("Sandbox USDT: reserve ") + reserve + u',')
                && text.contains(QStringLiteral(", covers ") + covers + u' ') && text.endsWith(u'(' + amounts + u')');
        };
        const auto flagged = [queue](int row) { return QueueView::flagged(queue, row); };

        QTRY_VERIFY2_WITH_TIMEOUT(says(QStringLiteral("100.00 (balance 100.00)"), QStringLiteral("2 of 3"),
                                      QStringLiteral("80.00 of 120.00")),
            qPrintable(line()), 20000);
        QCOMPARE(QueueView::rows(queue), 3);
        QTRY_VERIFY_WITH_TIMEOUT(flagged(2), 20000);
        QVERIFY(!flagged(0));
        QVERIFY(!flagged(1));
        QVERIFY(QueueView::tip(queue, 2, PayoutQueueModel::Amount).contains(QStringLiteral("20.00 USDT left")));
        // The line above the queue is one line; the details open under it.
        QVERIFY2(banner->summary().startsWith(QStringLiteral("Reserve covers 2 of 3 payout"))
                && banner->summary().endsWith(QStringLiteral("; 1 short")),
            qPrintable(banner->summary()));
        // To look at: in the build folder, and where the screenshots of the docs are made.
        QVERIFY(window.grab().save(QDir::current().filePath(QStringLiteral("queue-reserve.png"))));
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/queue-reserve.png"));

        // Claimed by another desk, not sent yet: still on the balance, no longer in the reserve.
        QString error;
        QVERIFY2(AttemptStore(desk.workspace->database())
                     .claim(ids.at(0), QStringLiteral("sandbox"), QStringLiteral("other desk"), QStringLiteral("{}"),
                         &error),
            qPrintable(error));
        QVERIFY(QueueView::refreshed(queue));
        QTRY_VERIFY2_WITH_TIMEOUT(
            says(QStringLiteral("60.00 (balance 100.00)"), QStringLiteral("1 of 2"), QStringLiteral("40.00 of 80.00")),
            qPrintable(line()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(flagged(2), 20000);
        QVERIFY(!flagged(0)); // the claimed one: counted in the reserve, not against it
        QVERIFY(!flagged(1));

        // One paid from the queue: the balance is read again after the run.
        queue->selectOrders({ ids.at(1) });
        ApproveDialog::setNextAnswer(true);
        QSignalSpy finished(queue, &PayoutQueuePage::runFinished);
        QVERIFY(queue->approveSelected());
        QVERIFY(finished.wait(20000));
        if (auto *box = window.findChild<QMessageBox *>())
            box->close();
        QCOMPARE(desk.server.ledger().size(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(
            says(QStringLiteral("20.00 (balance 60.00)"), QStringLiteral("0 of 1"), QStringLiteral("0.00 of 40.00")),
            qPrintable(line()), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(QueueView::rows(queue), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(flagged(1), 20000);

        // A balance that cannot be read is said, and nothing is flagged on a guess.
        desk.server.setFault(SandboxServer::Fault::Http500, 1000, QStringLiteral("/balance"));
        queue->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(line().contains(QStringLiteral("the balance cannot be read")), 20000);
        QVERIFY(!flagged(1));
        desk.server.setFault(SandboxServer::Fault::None, 0);
        queue->refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(
            says(QStringLiteral("20.00 (balance 60.00)"), QStringLiteral("0 of 1"), QStringLiteral("0.00 of 40.00")),
            qPrintable(line()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(flagged(1), 20000);
        desk.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }
};

QTEST_MAIN(TestGuiReserve)
#include "test_gui_reserve.moc"
