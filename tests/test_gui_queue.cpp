#include "ApproveDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "ProviderRegistry.h"
#include "SandboxDesk.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/AttemptStore.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The payout queue under Xvfb: select, approve (the confirmation answered through its
// seam), and the sandbox's ledger shows each order paid once.
class TestGuiQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void approveFromTheQueue()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.path()), QString());
        desk.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1000.00"));
        QList<Order> orders;
        for (const QString &id : desk.addWaitingOrders(4))
            orders << *OrderStore(desk.workspace->database()).byId(id);
        QCOMPARE(orders.size(), 4);
        auto &workspace = desk.workspace;
        auto &hub = *desk.hub;
        auto &server = desk.server;
        auto &engine = *desk.engine;

        MainWindow window(*workspace, desk.currencies, hub, engine);
        window.show();
        window.tabs()->setCurrentWidget(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        QCOMPARE(queue->table()->rowCount(), 4);
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            window.grab().save(shots + QStringLiteral("/queue.png"));
            // The confirmation staff see, once the balances are in.
            QList<ApproveDialog::Line> lines;
            for (int i = 0; i < 2; ++i)
                lines.append(
                    { orders.at(i), QStringLiteral("sandbox"), QStringLiteral("TRC20"), QStringLiteral("USDT") });
            ApproveDialog confirm(hub, desk.currencies, lines, &window);
            confirm.show();
            QTRY_VERIFY_WITH_TIMEOUT(
                confirm.totals()->item(0, 3)->text().contains(QStringLiteral("covers all 2 payout")), 20000);
            confirm.grab().save(shots + QStringLiteral("/confirm.png"));
        }

        // Staff say no: nothing is sent.
        queue->table()->selectRow(0);
        ApproveDialog::setNextAnswer(false);
        QVERIFY(!queue->approveSelected());
        QCOMPARE(server.ledger().size(), 0);

        // Two selected, confirmed: both paid once; the third still waits.
        queue->table()->setSelectionMode(QAbstractItemView::MultiSelection);
        queue->table()->clearSelection();
        queue->table()->selectRow(0);
        queue->table()->selectRow(1);
        ApproveDialog::setNextAnswer(true);
        QSignalSpy finished(queue, &PayoutQueuePage::runFinished);
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        // A second click while it runs does nothing.
        QVERIFY(!queue->approveButton()->isEnabled());
        QVERIFY(!queue->approveSelected());
        QVERIFY(finished.wait(20000));
        if (auto *box = window.findChild<QMessageBox *>())
            box->close();
        QCOMPARE(server.ledger().size(), 2);
        QCOMPARE(queue->table()->rowCount(), 2);
        OrderStore store(workspace->database());
        QCOMPARE(store.byId(orders.at(0).id)->status, OrderStatus::Done);
        QCOMPARE(store.byId(orders.at(1).id)->status, OrderStatus::Done);
        QCOMPARE(store.byId(orders.at(2).id)->status, OrderStatus::InProgressPayout);

        // Rejected: not paid, returned with the reason.
        queue->table()->clearSelection();
        queue->table()->selectRow(1);
        queue->rejectSelected(QStringLiteral("recipient on a sanctions list"));
        QCOMPARE(store.byId(orders.at(3).id)->status, OrderStatus::Returned);
        QVERIFY(store.history(orders.at(3).id).last().comment.contains(QStringLiteral("sanctions")));

        // Paid outside the desk, with a reference.
        queue->table()->clearSelection();
        queue->table()->selectRow(0);
        queue->markPaidSelected(QStringLiteral("BANK-77"));
        QCOMPARE(store.byId(orders.at(2).id)->status, OrderStatus::Done);
        QCOMPARE(store.history(orders.at(2).id).last().orderNote, QStringLiteral("BANK-77"));
        QCOMPARE(server.ledger().size(), 2);
        desk.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }
};

QTEST_MAIN(TestGuiQueue)
#include "test_gui_queue.moc"
