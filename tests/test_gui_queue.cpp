#include "ApproveDialog.h"
#include "MainWindow.h"
#include "OrderDialog.h"
#include "PayoutQueuePage.h"
#include "ProviderRegistry.h"
#include "SandboxDesk.h"
#include "contract/CurrencyRegistry.h"
#include "merchant/IpnInbox.h"
#include "merchant/IpnMessage.h"
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

    // The recipient-integrity issue, acceptance 1, as staff see it: an IPN that swapped the
    // recipient leaves the pinned one; the queue shows both, and the order's window offers the
    // decision (accept for an admin, keep for anyone who operates) with both values.
    void swappedRecipientShowsBoth()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("swap"))), QString());
        const QString id = desk.addWaitingOrders(1, 900).first();
        Order order = *OrderStore(desk.workspace->database()).byId(id);
        const QString pinned = order.recipient();
        IpnMessage m
            = IpnMessage::about(order, QStringLiteral("inProgressPayout"), QDateTime::currentMSecsSinceEpoch());
        m.toValues.first().value = QStringLiteral("TQrY8tryqsYVCYS3MFbtffiPp2ccyn0666");
        m.hash = QString::fromLatin1(m.expectedHash("secret"));
        QString error;
        QCOMPARE(IpnInbox(desk.workspace->database()).take(m, &error), IpnInbox::Result::RecipientWaits);

        // The page and the window alone (the main window would also start the providers page's
        // keychain reads, which outlive this test).
        // The reserve line reads the balance (the keychain, then the sandbox): waited for below,
        // so that nothing it started outlives the desk.
        QSignalSpy balances(desk.hub.get(), &ProviderHub::balancesRead);
        PayoutQueuePage queue(desk.workspace->database(), *desk.hub, *desk.engine, desk.currencies);
        queue.resize(1280, 400);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QTableWidget *table = queue.table();
        QCOMPARE(table->rowCount(), 1);
        const QTableWidgetItem *cell = table->item(0, PayoutQueuePage::Recipient);
        QVERIFY2(cell->text().contains(pinned) && cell->text().contains(QStringLiteral("ccyn0666")),
            qPrintable(cell->text()));
        QVERIFY(cell->toolTip().contains(QStringLiteral("another recipient")));

        OrderDialog dialog(desk.workspace->database(), id);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setRole(desk.workspace->member().role); // the OS user: the admin
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.acceptRecipientButton() && dialog.acceptRecipientButton()->isVisible());
        QVERIFY(dialog.keepRecipientButton() && dialog.keepRecipientButton()->isVisible());
        dialog.setRole(Staff::Role::Operator); // keeps, does not accept
        QVERIFY(!dialog.acceptRecipientButton()->isVisible() && dialog.keepRecipientButton()->isVisible());
        dialog.setRole(Staff::Role::Admin);
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            queue.grab().save(shots + QStringLiteral("/queue-recipient.png"));
            dialog.grab().save(shots + QStringLiteral("/order-recipient.png"));
        }
        QVERIFY(balances.count() > 0 || balances.wait(20000));
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
