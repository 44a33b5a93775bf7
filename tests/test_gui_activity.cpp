#include "ActivityPage.h"
#include "storage/ActivityLog.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The Activity tab reads the log through ActivityService on the book's thread, each time it is
// shown and on refresh(): newest first, refused and failed entries in red.
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
        QSignalSpy loaded(&page, &ActivityPage::loaded);
        QVERIFY(!page.table()->isEnabled()); // until the first read is back
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(page.table()->isEnabled());
        QCOMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("bob"));
        QCOMPARE(page.table()->item(0, 2)->text(), QStringLiteral("ipn.rejected"));
        QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("wrong checksum"));
        QCOMPARE(page.table()->item(0, 0)->foreground().color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(page.table()->item(1, 1)->text(), QStringLiteral("alice"));
        QCOMPARE(page.table()->item(1, 0)->foreground().style(), Qt::NoBrush);

        // Refreshes asked while a read is on its way read once more after it, with what was
        // written meanwhile.
        QVERIFY(log.append(QStringLiteral("carol"), QStringLiteral("desk.settings"), QStringLiteral("x"),
            QStringLiteral("x set to \"1\"")));
        page.refresh();
        page.refresh();
        page.refresh();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(page.table()->rowCount(), 3);
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("carol"));

        // Shown again: read again.
        QVERIFY(log.append(QStringLiteral("dave"), QStringLiteral("import"), QStringLiteral("more.csv"),
            QStringLiteral("1 order imported")));
        page.hide();
        page.show();
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(page.table()->rowCount(), 4);
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("dave"));
    }
};

QTEST_MAIN(TestGuiActivity)
#include "test_gui_activity.moc"
