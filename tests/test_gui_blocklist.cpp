#include "ApproveDialog.h"
#include "BlocklistDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "QueueView.h"
#include "SandboxDesk.h"
#include "storage/AttemptStore.h"
#include "storage/Blocklist.h"
#include "storage/OrderStore.h"

#include <QFile>
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
        window.showPage(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        QTRY_COMPARE_WITH_TIMEOUT(QueueView::rows(queue), 6, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!QueueView::tip(queue, 0, PayoutQueueModel::Recipient).isEmpty(), 20000);
        QVERIFY2(QueueView::tip(queue, 0, PayoutQueueModel::Recipient).contains(QStringLiteral("6 different orders")),
            qPrintable(QueueView::tip(queue, 0, PayoutQueueModel::Recipient)));

        BlocklistDialog dialog(*desk.workspace, &window);
        QSignalSpy loaded(&dialog, &BlocklistDialog::loaded);
        QSignalSpy changed(&dialog, &BlocklistDialog::changed);
        connect(&dialog, &BlocklistDialog::changed, queue, &PayoutQueuePage::refresh);
        QTRY_COMPARE(loaded.size(), 1); // read on the book's thread
        QCOMPARE(dialog.table()->rowCount(), 0);
        QTest::keyClicks(dialog.valueEdit(), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("fraud report 77"));
        QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
        QVERIFY(!dialog.addButton()->isEnabled()); // while the change is on its way
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.result()->text(), QStringLiteral("Blocked."));
        QVERIFY(dialog.valueEdit()->text().isEmpty());
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

    // A file with a bad row adds nothing; a good one adds every row; a file that cannot be read
    // is said at once. The book answers on its own thread: each outcome comes with imported().
    void importIsAllOrNothing()
    {
        QTemporaryDir dir;
        QString error;
        auto workspace = Workspace::open(dir.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        BlocklistDialog dialog(*workspace);
        QSignalSpy loaded(&dialog, &BlocklistDialog::loaded);
        QSignalSpy imported(&dialog, &BlocklistDialog::imported);
        QTRY_COMPARE(loaded.size(), 1);

        const auto write = [&dir](const QString &name, const QByteArray &csv) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() ? file.fileName() : QString();
        };
        const QString bad = write(QStringLiteral("bad.csv"), "value,reason\nTAAA111,one\n,no value\n");
        QVERIFY(dialog.importFile(bad));
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(imported.takeFirst().first().toBool(), false);
        QVERIFY2(dialog.result()->text().startsWith(QStringLiteral("Nothing imported: Line 3")),
            qPrintable(dialog.result()->text()));
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(Blocklist(workspace->database()).all().isEmpty());

        const QString good = write(QStringLiteral("good.csv"), "value,reason\nTAAA111,one\nTBBB222,two\n");
        QVERIFY(dialog.importFile(good));
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(imported.takeFirst().first().toBool(), true);
        QCOMPARE(dialog.result()->text(), QStringLiteral("2 recipient(s) blocked from the file."));
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(Blocklist(workspace->database()).all().size(), 2);

        QVERIFY(!dialog.importFile(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(dialog.result()->text().startsWith(QStringLiteral("Cannot read")));
    }
};

QTEST_MAIN(TestGuiBlocklist)
#include "test_gui_blocklist.moc"
