#include "LimitsDialog.h"
#include "ProviderRegistry.h"
#include "storage/ActivityLog.h"
#include "storage/PayoutLimits.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// Edit → Payout limits…: set a limit, refuse a value that is not one, remove it; each change
// saved at once and in the activity log with who made it.
class TestGuiLimits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void setRefuseRemove()
    {
        QString error;
        auto workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        const ProviderRegistry registry = ProviderRegistry::builtIn();
        LimitsDialog dialog(*workspace, registry);
        QSignalSpy loaded(&dialog, &LimitsDialog::loaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Read on the book's thread: shown once it is answered.
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(dialog.table()->isEnabled());
        QCOMPARE(dialog.table()->rowCount(), 0);

        dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(QStringLiteral("whitebit")));
        QVERIFY(dialog.currencyBox()->findText(QStringLiteral("CARDUAH")) >= 0); // the provider's own currencies
        dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findText(QStringLiteral("USDTTRC20")));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(PayoutLimits::Kind::DayTotal)));
        QTest::keyClicks(dialog.valueEdit(), QStringLiteral("lots"));
        QTest::mouseClick(dialog.setButton(), Qt::LeftButton);
        QVERIFY(!dialog.setButton()->isEnabled()); // while the change is on its way
        QTRY_COMPARE(loaded.size(), 2);
        QVERIFY(dialog.setButton()->isEnabled());
        QVERIFY2(
            dialog.result()->text().contains(QStringLiteral("decimal amount")), qPrintable(dialog.result()->text()));
        QCOMPARE(dialog.table()->rowCount(), 0);

        dialog.valueEdit()->clear();
        QTest::keyClicks(dialog.valueEdit(), QStringLiteral("2500.00"));
        QTest::keyClick(dialog.valueEdit(), Qt::Key_Return);
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(dialog.result()->text(), QStringLiteral("Saved."));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("WhiteBIT"));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("2500.00"));
        QCOMPARE(PayoutLimits(workspace->database()).all().first().value, QStringLiteral("2500.00"));
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/limits.png"));

        dialog.table()->selectRow(0);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QTRY_COMPARE(loaded.size(), 4);
        QCOMPARE(dialog.result()->text(), QStringLiteral("Removed."));
        QCOMPARE(dialog.table()->rowCount(), 0);
        const auto entries = ActivityLog(workspace->database()).recent(10);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).message, QStringLiteral("whitebit/USDTTRC20/day_total set to 2500.00"));
        QCOMPARE(entries.at(0).message, QStringLiteral("whitebit/USDTTRC20/day_total removed"));
        QCOMPARE(entries.at(0).actor, Workspace::currentStaff());
    }
};

QTEST_MAIN(TestGuiLimits)
#include "test_gui_limits.moc"
