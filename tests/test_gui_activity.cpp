#include "ActivityModel.h"
#include "ActivityPage.h"
#include "storage/ActivityLog.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The Activity tab reads the log through ActivityService on the book's thread, each time it is
// shown and on refresh(), into ActivityModel (under QAbstractItemModelTester): newest first,
// refused and failed entries in red.
class TestGuiActivity : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void showsTheLog()
    {
        QString error;
        auto workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        ActivityLog log(workspace->database());
        QVERIFY(log.append(QStringLiteral("alice"), QStringLiteral("import"), QStringLiteral("orders.csv"),
            QStringLiteral("3 orders imported")));
        QVERIFY(log.append(QStringLiteral("bob"), QStringLiteral("ipn.rejected"), QStringLiteral("ipn"),
            QStringLiteral("wrong checksum")));

        ActivityPage page(*workspace);
        ActivityModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ActivityPage::loaded);
        const auto cell
            = [model](int row, int column, int role = Qt::DisplayRole) { return model->index(row, column).data(role); };
        QVERIFY(!page.table()->isEnabled()); // until the first read is back
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(page.table()->isEnabled());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(ActivityModel::ColumnCount));
        QCOMPARE(model->headerData(ActivityModel::Details, Qt::Horizontal).toString(), QStringLiteral("Details"));
        QCOMPARE(cell(0, ActivityModel::Who).toString(), QStringLiteral("bob"));
        QCOMPARE(cell(0, ActivityModel::What).toString(), QStringLiteral("IPN refused")); // in words, not its code
        QCOMPARE(cell(0, ActivityModel::About).toString(), QStringLiteral("ipn"));
        QCOMPARE(cell(0, ActivityModel::Details).toString(), QStringLiteral("wrong checksum"));
        QCOMPARE(cell(0, ActivityModel::When, ActivityModel::KindRole).toString(), QStringLiteral("ipn.rejected"));
        QVERIFY(cell(0, ActivityModel::When, ActivityModel::EntryIdRole).toLongLong()
            > cell(1, ActivityModel::When, ActivityModel::EntryIdRole).toLongLong());
        QVERIFY(!cell(0, ActivityModel::When).toString().isEmpty());
        QCOMPARE(cell(0, ActivityModel::When, Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(cell(1, ActivityModel::Who).toString(), QStringLiteral("alice"));
        QVERIFY(!cell(1, ActivityModel::When, Qt::ForegroundRole).isValid());

        // Refreshes asked while a read is on its way read once more after it, with what was
        // written meanwhile.
        QVERIFY(log.append(QStringLiteral("carol"), QStringLiteral("desk.settings"), QStringLiteral("x"),
            QStringLiteral("x set to \"1\"")));
        page.refresh();
        page.refresh();
        page.refresh();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(0, ActivityModel::Who).toString(), QStringLiteral("carol"));

        // Shown again: read again.
        QVERIFY(log.append(QStringLiteral("dave"), QStringLiteral("import"), QStringLiteral("more.csv"),
            QStringLiteral("1 order imported")));
        page.hide();
        page.show();
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(cell(0, ActivityModel::Who).toString(), QStringLiteral("dave"));

        // Filtered by kind (in words) and by who; both together; back to everything.
        QComboBox *kind = page.kindBox();
        QComboBox *actor = page.actorBox();
        QCOMPARE(kind->itemText(0), QStringLiteral("Every kind"));
        QCOMPARE(actor->itemText(0), QStringLiteral("Everyone"));
        QCOMPARE(actor->count(), 5); // everyone, alice, bob, carol, dave
        const int imports = kind->findData(QStringLiteral("import"));
        QVERIFY(imports > 0);
        QCOMPARE(kind->itemText(imports), QStringLiteral("Orders imported"));
        kind->setCurrentIndex(imports);
        QCOMPARE(page.table()->model()->rowCount(), 2); // alice's and dave's
        actor->setCurrentIndex(actor->findData(QStringLiteral("alice")));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.table()->model()->index(0, ActivityModel::About).data().toString(), QStringLiteral("orders.csv"));
        // A new read keeps what is chosen.
        QVERIFY(log.append(QStringLiteral("alice"), QStringLiteral("import"), QStringLiteral("third.csv"),
            QStringLiteral("2 orders imported")));
        page.refresh();
        QTRY_COMPARE(loaded.size(), 4);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("import"));
        QCOMPARE(actor->currentData().toString(), QStringLiteral("alice"));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        kind->setCurrentIndex(0);
        actor->setCurrentIndex(0);
        QCOMPARE(page.table()->model()->rowCount(), 5);
    }
};

QTEST_MAIN(TestGuiActivity)
#include "test_gui_activity.moc"
