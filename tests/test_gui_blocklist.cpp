#include "ApproveDialog.h"
#include "BlocklistDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "QueueView.h"
#include "SandboxDesk.h"
#include "storage/AttemptStore.h"
#include "storage/OrderStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// Issue 9, item 5 in the window: a recipient shared by many orders is flagged in the queue; one
// blocked in Edit → Blocked recipients… is marked, and approving it sends nothing.
class TestGuiBlocklist : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void blockedRecipientIsMarkedAndNeverPaid()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.path()), QString());
        desk.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1000.00"));
        const QStringList ids = desk.addWaitingOrders(6); // one recipient on six orders
        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.resize(1400, 700);
        window.show();
        window.tabs()->setCurrentWidget(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        QTRY_COMPARE_WITH_TIMEOUT(QueueView::rows(queue), 6, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!QueueView::tip(queue, 0, PayoutQueueModel::Recipient).isEmpty(), 20000);
        QVERIFY2(QueueView::tip(queue, 0, PayoutQueueModel::Recipient).contains(QStringLiteral("6 different orders")),
            qPrintable(QueueView::tip(queue, 0, PayoutQueueModel::Recipient)));

        BlocklistDialog dialog(desk.workspace->database(), &window);
        connect(&dialog, &BlocklistDialog::changed, queue, &PayoutQueuePage::refresh);
        QTest::keyClicks(dialog.valueEdit(), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("fraud report 77"));
        QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("fraud report 77"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            QueueView::tip(queue, 0, PayoutQueueModel::Recipient).contains(QStringLiteral("blocklist")),
            qPrintable(QueueView::tip(queue, 0, PayoutQueueModel::Recipient)), 20000);
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            window.grab().save(shots + QStringLiteral("/queue-flags.png"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + QStringLiteral("/blocklist.png"));
            dialog.hide();
        }

        queue->selectOrders({ ids.first() });
        ApproveDialog::setNextAnswer(true);
        QSignalSpy finished(queue, &PayoutQueuePage::runFinished);
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        if (auto *box = window.findChild<QMessageBox *>()) {
            QVERIFY2(box->detailedText().contains(QStringLiteral("blocklist"))
                    || box->text().contains(QStringLiteral("0 of 1")),
                qPrintable(box->text() + box->detailedText()));
            box->close();
        }
        QCOMPARE(desk.server.ledger().size(), 0);
        QCOMPARE(OrderStore(desk.workspace->database()).byId(ids.first())->status, OrderStatus::InProgressPayout);
        QVERIFY(AttemptStore(desk.workspace->database()).forOrder(ids.first()).isEmpty());
        desk.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }
};

QTEST_MAIN(TestGuiBlocklist)
#include "test_gui_blocklist.moc"
