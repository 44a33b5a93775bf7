#include "OrderBookDialog.h"
#include "TestBook.h"
#include "TestOrders.h"
#include "domain/HistoryEntry.h"
#include "storage/BookMigration.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;

// File → Order book… under Xvfb against the test PostgreSQL server: a wrong address is told,
// a connection is tested on a thread, and this desk's SQLite book is moved into an empty
// database with every table shown matching; the workspace then opens on PostgreSQL.
class TestGuiOrderBook : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void moveFromTheDialog()
    {
        QVERIFY2(
            !qEnvironmentVariable("PAYOUTDESK_TEST_POSTGRES").isEmpty(), "runs against ctest's test PostgreSQL server");
        const QString dir = m_dir.filePath(QStringLiteral("desk"));
        QString error;
        {
            auto workspace = Workspace::open(dir, &error);
            QVERIFY2(workspace, qPrintable(error));
            QList<Order> orders;
            QList<HistoryEntry> history;
            for (int uid = 1; uid <= 50; ++uid) {
                orders << testorders::make(uid);
                history << HistoryEntry::arrival(
                    orders.last().id, orders.last().status, QStringLiteral("t"), QString());
            }
            QVERIFY(OrderStore(workspace->database()).add(orders, history, &error));

            OrderBookDialog dialog(*workspace);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.addressEdit()->setText(QStringLiteral("mysql://nope"));
            QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
            QVERIFY(dialog.result()->text().contains(QStringLiteral("postgresql://user@host:5432/database")));

            const QUrl target = TestBook::freshDatabase();
            QUrl closed = target;
            closed.setPort(1); // nothing listens there
            dialog.addressEdit()->setText(closed.toString());
            QSignalSpy tested(&dialog, &OrderBookDialog::tested);
            QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
            QVERIFY(tested.wait(20000));
            QCOMPARE(tested.takeFirst().first().toBool(), false);
            QVERIFY2(dialog.result()->text().contains(QStringLiteral("Cannot connect")),
                qPrintable(dialog.result()->text()));

            dialog.addressEdit()->setText(target.toString());
            QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
            QVERIFY(tested.wait(20000));
            QCOMPARE(tested.takeFirst().first().toBool(), true);
            QVERIFY2(dialog.result()->text().contains(QStringLiteral("empty database")),
                qPrintable(dialog.result()->text()));

            // Staff say no: nothing moves.
            OrderBookDialog::setNextAnswer(false);
            QTest::mouseClick(dialog.moveButton(), Qt::LeftButton);
            QVERIFY(Workspace::bookUrl(dir).isEmpty());

            QSignalSpy moved(&dialog, &OrderBookDialog::moved);
            OrderBookDialog::setNextAnswer(true);
            QTest::mouseClick(dialog.moveButton(), Qt::LeftButton);
            QVERIFY(!dialog.testButton()->isEnabled()); // the move is on the book's thread
            dialog.reject(); // not closed while the move is on its way: its outcome is the dialog's to say
            QVERIFY(dialog.isVisible());
            QVERIFY(moved.wait(60000));
            QCOMPARE(moved.first().first().toBool(), true);
            QCOMPARE(dialog.report()->rowCount(), int(BookMigration::tables().size()));
            for (int row = 0; row < dialog.report()->rowCount(); ++row)
                QCOMPARE(dialog.report()->item(row, 3)->text(), QStringLiteral("yes"));
            QCOMPARE(Workspace::bookUrl(dir), target);
            const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
            if (!shots.isEmpty())
                dialog.grab().save(shots + QStringLiteral("/order-book.png"));
        }
        auto reopened = Workspace::open(dir, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->database().dialect().kind(), SqlDialect::Kind::PostgreSQL);
        QSqlQuery q;
        QVERIFY(reopened->database().exec(q, QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 50);
    }
};

QTEST_MAIN(TestGuiOrderBook)
#include "test_gui_order_book.moc"
