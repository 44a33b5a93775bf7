#include "ApproveDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "OrderDialog.h"
#include "OrderLines.h"
#include "PayoutQueueModel.h"
#include "PayoutQueuePage.h"
#include "QueueActionDialog.h"
#include "QueueView.h"
#include "ReserveBanner.h"
#include "SandboxDesk.h"
#include "TestBook.h"
#include "merchant/IpnInbox.h"
#include "merchant/IpnMessage.h"
#include "payouts/PayoutRun.h"
#include "services/PayoutQueue.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/OrderStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

// How many times the sandbox's ledger paid this order.
int paidTimes(const SandboxServer &server, const QString &orderId)
{
    int n = 0;
    for (const QJsonValue &v : server.ledger())
        n += v.toObject().value(QStringLiteral("reference")).toString().startsWith(QStringLiteral("pd-") + orderId);
    return n;
}

OrderStatus statusOf(SandboxDesk &desk, const QString &id)
{
    return OrderStore(desk.workspace->database()).byId(id)->status;
}

// The queue page on its own, shown, its first read done.
// Its reserve line reads the sandbox's balance (the keychain, then the server): waited for
// before the desk goes, so that nothing it started outlives the keychain's store.
struct QueueOnly {
    QSignalSpy balances;
    PayoutQueuePage page;
    explicit QueueOnly(SandboxDesk &desk)
        : balances(desk.hub.get(), &ProviderHub::balancesRead)
        , page(*desk.workspace, *desk.hub, *desk.engine, desk.currencies)
    {
        page.resize(1280, 600);
        page.show();
    }
    ~QueueOnly() { settle(&page); }
    // Nothing the queue started is still on its way.
    static void settle(PayoutQueuePage *queue)
    {
        (void)QTest::qWaitFor(
            [queue] { return !queue->reserveBanner()->isReading() && !queue->reserveBanner()->isCounting(); }, 20000);
    }
};

} // namespace

// The payout queue under Xvfb as the operator's workbench: the model read off the GUI thread,
// approve (the confirmation answered through its seam) with the sandbox's ledger counting what
// was paid, hold and release from the queue and from the order's window, reject and mark paid
// through the one action dialog, sorting and the Needs attention view.
class TestGuiQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<PayoutRun *>();
        Language::apply(QStringLiteral("en")); // as the desk starts: English with its plurals
    }

    void cleanup()
    {
        ApproveDialog::setNextAnswer(std::nullopt);
        ApproveDialog::setInspector({});
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

        QueueOnly q(desk);
        PayoutQueuePage &queue = q.page;
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(QueueView::refreshed(&queue));
        QCOMPARE(QueueView::rows(&queue), 1);
        const QString cell = QueueView::text(&queue, 0, PayoutQueueModel::Recipient);
        QVERIFY2(cell.contains(pinned) && cell.contains(QStringLiteral("ccyn0666")), qPrintable(cell));
        QVERIFY(QueueView::tip(&queue, 0, PayoutQueueModel::Recipient).contains(QStringLiteral("another recipient")));
        QVERIFY(!queue.model()->index(0, 0).data(PayoutQueueModel::ClaimableRole).toBool());

        OrderDialog dialog(*desk.workspace, id);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setRole(desk.workspace->member().role); // the OS user: the admin
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY(dialog.acceptRecipientButton() && dialog.acceptRecipientButton()->isVisible());
        QVERIFY(dialog.keepRecipientButton() && dialog.keepRecipientButton()->isVisible());
        dialog.setRole(StaffRole::Operator); // keeps, does not accept
        QVERIFY(!dialog.acceptRecipientButton()->isVisible() && dialog.keepRecipientButton()->isVisible());
        dialog.setRole(StaffRole::Admin);
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            queue.grab().save(shots + QStringLiteral("/queue-recipient.png"));
            dialog.grab().save(shots + QStringLiteral("/order-recipient.png"));
        }
    }

    void approveRejectAndMarkPaid()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("approve"))), QString());
        desk.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1000.00"));
        const QStringList ids = desk.addWaitingOrders(4);
        QCOMPARE(ids.size(), 4);
        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.resize(1280, 720);
        window.show();
        window.showPage(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        QVERIFY(QueueView::refreshed(queue));
        QCOMPARE(QueueView::rows(queue), 4);
        QVERIFY(queue->reserveBanner()->height() < 3 * queue->fontMetrics().height()); // one line

        // Staff say no: nothing is sent.
        queue->selectOrders({ ids.at(0) });
        ApproveDialog::setNextAnswer(false);
        QVERIFY(!queue->approveSelected());
        QCOMPARE(desk.server.ledger().size(), 0);

        // Two selected, confirmed: both paid once; the others still wait.
        queue->selectOrders({ ids.at(0), ids.at(1) });
        QCOMPARE(queue->selectedOrderIds().size(), 2);
        ApproveDialog::setNextAnswer(true);
        QSignalSpy finished(queue, &PayoutQueuePage::runFinished);
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        // A second click while it runs does nothing.
        QVERIFY(!queue->approveAction()->isEnabled());
        QVERIFY(!queue->approveSelected());
        QVERIFY(finished.wait(20000));
        for (auto *box : window.findChildren<QMessageBox *>()) {
            // Results by UID, as the queue shows them.
            QVERIFY2(box->informativeText().contains(QStringLiteral("501:")), qPrintable(box->informativeText()));
            box->close();
        }
        QCOMPARE(desk.server.ledger().size(), 2);
        QVERIFY(QueueView::refreshed(queue));
        QCOMPARE(QueueView::rows(queue), 2);
        QCOMPARE(statusOf(desk, ids.at(0)), OrderStatus::Done);
        QCOMPARE(statusOf(desk, ids.at(1)), OrderStatus::Done);

        // Rejected through the dialog: not paid, returned with the reason.
        queue->selectOrders({ ids.at(3) });
        QueueActionDialog *reject = queue->askToAct(QueueAction::Reject);
        QVERIFY(reject);
        QTest::keyClicks(reject->textEdit(), QStringLiteral("recipient on a sanctions list"));
        QSignalSpy acted(queue, &PayoutQueuePage::actionFinished);
        QTest::mouseClick(reject->okButton(), Qt::LeftButton);
        QVERIFY(acted.wait(20000));
        QCOMPARE(statusOf(desk, ids.at(3)), OrderStatus::Returned);
        QVERIFY(OrderStore(desk.workspace->database())
                    .history(ids.at(3))
                    .last()
                    .comment.contains(QStringLiteral("sanctions")));
        QVERIFY2(reject->resultsText().startsWith(QStringLiteral("504: Rejected")), qPrintable(reject->resultsText()));
        reject->close();

        // Paid outside the desk, with a reference.
        queue->selectOrders({ ids.at(2) });
        QueueActionDialog *manual = queue->askToAct(QueueAction::MarkPaid);
        QVERIFY(manual);
        QVERIFY(!manual->okButton()->isEnabled()); // no reference yet
        QVERIFY(!manual->problem()->text().isEmpty());
        QTest::keyClicks(manual->textEdit(), QStringLiteral("BANK-77"));
        QVERIFY(manual->okButton()->isEnabled());
        QTest::mouseClick(manual->okButton(), Qt::LeftButton);
        QVERIFY(acted.wait(20000));
        manual->close();
        QCOMPARE(statusOf(desk, ids.at(2)), OrderStatus::Done);
        QCOMPARE(OrderStore(desk.workspace->database()).history(ids.at(2)).last().orderNote, QStringLiteral("BANK-77"));
        QCOMPARE(desk.server.ledger().size(), 2);
        QueueOnly::settle(queue);
        desk.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }

    // Acceptance 4: hold then release from the queue and from the order's window; each order
    // is paid once afterwards. A held order is not approved, and Approve says why.
    void holdAndRelease()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("hold"))), QString());
        desk.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1000.00"));
        const QStringList ids = desk.addWaitingOrders(2, 600);
        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.resize(1280, 720);
        window.show();
        window.showPage(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        QVERIFY(QueueView::refreshed(queue));
        QSignalSpy acted(queue, &PayoutQueuePage::actionFinished);

        // From the queue: an empty reason does nothing and says so; a reason holds it.
        queue->selectOrders({ ids.at(0) });
        QVERIFY(queue->action(QueueAction::Hold)->isEnabled());
        QVERIFY(!queue->action(QueueAction::Release)->isEnabled());
        QueueActionDialog *hold = queue->askToAct(QueueAction::Hold);
        QVERIFY(hold);
        QVERIFY(!hold->okButton()->isEnabled());
        QVERIFY(hold->problem()->text().contains(QStringLiteral("reason")));
        QTest::keyClicks(hold->textEdit(), QStringLiteral("client asked to wait"));
        QTest::mouseClick(hold->okButton(), Qt::LeftButton);
        QVERIFY(acted.wait(20000));
        hold->close();
        QCOMPARE(statusOf(desk, ids.at(0)), OrderStatus::Hold);
        // In the activity log as well, with who and why.
        const auto logged = ActivityLog(desk.workspace->database()).recent(1);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().kind, QStringLiteral("payout.hold"));
        QCOMPARE(logged.first().subject, QStringLiteral("601"));
        QVERIFY2(logged.first().message.contains(QStringLiteral("client asked to wait")),
            qPrintable(logged.first().message));
        QVERIFY(QueueView::refreshed(queue));
        const int held = QueueView::rowOfUid(queue, 601);
        QVERIFY(held >= 0); // still in the queue, on hold
        QCOMPARE(QueueView::text(queue, held, PayoutQueueModel::State), OrderStatuses::title(OrderStatus::Hold));
        queue->selectOrders({ ids.at(0) });
        QVERIFY(queue->action(QueueAction::Release)->isEnabled());
        QVERIFY(!queue->approveAction()->isEnabled());
        QVERIFY(!queue->approveSelected()); // nothing to send, and the message says why
        QVERIFY2(queue->lastApproveMessage().contains(QStringLiteral("601: on hold")),
            qPrintable(queue->lastApproveMessage()));
        for (auto *box : window.findChildren<QMessageBox *>())
            box->close();
        if (const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS"); !shots.isEmpty()) {
            queue->selectOrders({ ids.at(0), ids.at(1) });
            QueueActionDialog *shown = queue->askToAct(QueueAction::Reject);
            QTest::keyClicks(shown->textEdit(), QStringLiteral("duplicate order"));
            QVERIFY(QTest::qWaitForWindowExposed(shown));
            shown->grab().save(shots + QStringLiteral("/queue-action.png"));
            shown->close();
        }

        // Released from the queue: back to waiting, and paid once.
        queue->selectOrders({ ids.at(0) });
        QueueActionDialog *release = queue->askToAct(QueueAction::Release);
        QVERIFY(release);
        QVERIFY(release->okButton()->isEnabled()); // a comment is optional
        QTest::mouseClick(release->okButton(), Qt::LeftButton);
        QVERIFY(acted.wait(20000));
        release->close();
        QCOMPARE(statusOf(desk, ids.at(0)), OrderStatus::InProgressPayout);

        // From the order's window: hold, then release, with the window following the book.
        OrderDialog *order = window.openOrder(ids.at(1));
        QVERIFY(QTest::qWaitForWindowExposed(order));
        QTRY_VERIFY(order->isLoaded());
        QVERIFY(order->actionButton(QueueAction::Hold)->isVisible());
        QVERIFY(!order->actionButton(QueueAction::Release)->isVisible());
        QSignalSpy orderLoaded(order, &OrderDialog::loaded);
        QueueActionDialog *holdHere = order->askToAct(QueueAction::Hold);
        QVERIFY(holdHere);
        QCOMPARE(holdHere->lines()->recipientLabel(0)->text(), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QTest::keyClicks(holdHere->textEdit(), QStringLiteral("checking the client"));
        QTest::mouseClick(holdHere->okButton(), Qt::LeftButton);
        QVERIFY(orderLoaded.wait(20000));
        holdHere->close();
        QCOMPARE(statusOf(desk, ids.at(1)), OrderStatus::Hold);
        QVERIFY(order->actionButton(QueueAction::Release)->isVisible());
        QVERIFY(!order->actionButton(QueueAction::Hold)->isVisible());
        QueueActionDialog *releaseHere = order->askToAct(QueueAction::Release);
        QVERIFY(releaseHere);
        QTest::mouseClick(releaseHere->okButton(), Qt::LeftButton);
        QVERIFY(orderLoaded.wait(20000));
        releaseHere->close();
        QCOMPARE(statusOf(desk, ids.at(1)), OrderStatus::InProgressPayout);
        order->close();

        // Both paid, once each.
        QVERIFY(QueueView::refreshed(queue));
        queue->selectOrders(ids);
        ApproveDialog::setNextAnswer(true);
        QSignalSpy finished(queue, &PayoutQueuePage::runFinished);
        QVERIFY(queue->approveSelected());
        QVERIFY(finished.wait(20000));
        for (auto *box : window.findChildren<QMessageBox *>())
            box->close();
        QCOMPARE(paidTimes(desk.server, ids.at(0)), 1);
        QCOMPARE(paidTimes(desk.server, ids.at(1)), 1);
        QCOMPARE(desk.server.ledger().size(), 2);
        QueueOnly::settle(queue);
        desk.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }

    // Reject asks for a reason, lists the orders it acts on, and Enter is Cancel.
    void rejectDefaultsToCancel()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("reject"))), QString());
        const QStringList ids = desk.addWaitingOrders(3, 610);
        QueueOnly q(desk);
        PayoutQueuePage &queue = q.page;
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(QueueView::refreshed(&queue));
        queue.selectOrders({ ids.at(0), ids.at(2) });
        QueueActionDialog *dialog = queue.askToAct(QueueAction::Reject);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->okButton()->isDefault());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problem()->text().contains(QStringLiteral("reason")));
        QStringList uids;
        for (QLabel *label : dialog->lines()->findChildren<QLabel *>())
            uids << label->text();
        QVERIFY(uids.contains(QStringLiteral("611")) && uids.contains(QStringLiteral("613")));
        QVERIFY(!uids.contains(QStringLiteral("612")));
        QVERIFY(dialog->lines()->recipientLabel(1));
        // A reason typed, then Enter: the default, Cancel, closes it and nothing changes.
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("duplicate"));
        QSignalSpy closed(dialog, &QDialog::finished);
        QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
        QVERIFY(closed.count() == 1 || closed.wait(5000));
        QCOMPARE(statusOf(desk, ids.at(0)), OrderStatus::InProgressPayout);
        QCOMPARE(statusOf(desk, ids.at(2)), OrderStatus::InProgressPayout);
    }

    // Acceptance 4: a 42-character EVM address is shown whole in the confirmation at its
    // default size; 3 selected rows of which one has no provider: the confirmation names it.
    void confirmationShowsEveryRecipientWhole()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("confirm"))), QString());
        const QString evm = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        QCOMPARE(evm.size(), 42);
        const QStringList ids = desk.addWaitingOrders(3, 620);
        Database &db = desk.workspace->database();
        QVERIFY(TestBook::changeOrders(db,
            QStringLiteral("xml_to = 'USDTERC20', to_values = '[{\"key\":\"address\",\"name\":\"Wallet\",\"value\":"
                           "\"%1\"}]', recipient = '%1'")
                .arg(evm),
            QStringLiteral("id = ?"), { ids.at(0) }));
        // One nobody pays out: no provider serves its currency.
        QVERIFY(
            TestBook::changeOrders(db, QStringLiteral("xml_to = 'ZZZTEST'"), QStringLiteral("id = ?"), { ids.at(1) }));
        QueueOnly q(desk);
        PayoutQueuePage &queue = q.page;
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(QueueView::refreshed(&queue));
        queue.selectOrders(ids);
        QCOMPARE(queue.selectedOrderIds().size(), 3);
        QString skipped, shown;
        bool whole = false;
        int lineCount = 0;
        ApproveDialog::setNextAnswer(false);
        ApproveDialog::setInspector([&](ApproveDialog *confirm) {
            confirm->show();
            if (!QTest::qWaitForWindowExposed(confirm))
                return;
            skipped = confirm->skippedLabel()->text();
            lineCount = int(confirm->lines()->findChildren<QLabel *>().size());
            for (int i = 0; i < 2; ++i) {
                QLabel *label = confirm->lines()->recipientLabel(i);
                if (label && label->text() == evm) {
                    shown = label->text();
                    // Not cut: the label is as wide as its text needs, inside the dialog.
                    whole = label->width() >= label->fontMetrics().horizontalAdvance(evm)
                        && label->mapTo(confirm, QPoint(label->width(), 0)).x() <= confirm->width();
                }
            }
            if (const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS"); !shots.isEmpty())
                confirm->grab().save(shots + QStringLiteral("/confirm.png"));
        });
        QVERIFY(!queue.approveSelected());
        QCOMPARE(shown, evm);
        QVERIFY(whole);
        QVERIFY2(skipped.contains(QStringLiteral("622: no provider pays ZZZTEST")), qPrintable(skipped));
        QVERIFY(lineCount > 0);
    }

    // Acceptance 4: sort by age, and the Needs attention view (a failed payout, one whose
    // outcome is unknown, one on hold; not the ones simply waiting).
    void sortAndNeedsAttention()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("sort"))), QString());
        const QStringList ids = desk.addWaitingOrders(5, 630); // created one second apart, 631 first
        Database &db = desk.workspace->database();
        QVERIFY(TestBook::changeOrders(
            db, QStringLiteral("status = 'errorPayout'"), QStringLiteral("id = ?"), { ids.at(1) }));
        QVERIFY(TestBook::changeOrders(db, QStringLiteral("status = 'hold'"), QStringLiteral("id = ?"), { ids.at(3) }));
        QString error;
        AttemptStore attempts(db);
        const auto claimed = attempts.claim(
            ids.at(4), QStringLiteral("sandbox"), QStringLiteral("tester"), QStringLiteral("{}"), &error);
        QVERIFY2(claimed, qPrintable(error));
        QCOMPARE(attempts.record(*claimed, { PayoutAttempt::State::Prepared }, PayoutAttempt::State::Unknown, {},
                     QStringLiteral("timed out"), std::nullopt, QStringLiteral("tester"), &error),
            AttemptStore::Record::Done);
        QueueOnly q(desk);
        PayoutQueuePage &queue = q.page;
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(QueueView::refreshed(&queue));
        QCOMPARE(QueueView::rows(&queue), 5);
        const auto uids = [&queue] {
            QList<qint64> list;
            for (int row = 0; row < QueueView::rows(&queue); ++row)
                list << queue.model()->index(row, 0).data(PayoutQueueModel::UidRole).toLongLong();
            return list;
        };
        QCOMPARE(uids(), (QList<qint64> { 631, 632, 633, 634, 635 })); // the oldest first
        // The unknown one says so on its row, with the error.
        QVERIFY(QueueView::text(&queue, 4, PayoutQueueModel::LastAttempt).contains(QStringLiteral("unknown")));

        QSignalSpy loaded(queue.model(), &PayoutQueueModel::pageLoaded);
        QTest::mouseClick(queue.table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(queue.table()->horizontalHeader()->sectionViewportPosition(PayoutQueueModel::Age) + 10, 5));
        QVERIFY(loaded.wait(20000));
        const QList<qint64> byAge = uids();
        QVERIFY2(byAge == (QList<qint64> { 635, 634, 633, 632, 631 })
                || byAge == (QList<qint64> { 631, 632, 633, 634, 635 }),
            "sorted by age either way");
        const Qt::SortOrder first = queue.table()->horizontalHeader()->sortIndicatorOrder();
        QTest::mouseClick(queue.table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(queue.table()->horizontalHeader()->sectionViewportPosition(PayoutQueueModel::Age) + 10, 5));
        QVERIFY(loaded.wait(20000));
        QVERIFY(queue.table()->horizontalHeader()->sortIndicatorOrder() != first);
        QCOMPARE(uids(), (QList<qint64>(byAge.crbegin(), byAge.crend())));

        QSignalSpy counted(queue.model(), &PayoutQueueModel::countChanged);
        queue.setView(PayoutQueuePage::View::NeedsAttention);
        QVERIFY(counted.wait(20000));
        QTRY_COMPARE(QueueView::rows(&queue), 3);
        QTRY_VERIFY(queue.model()->rowAt(2).has_value());
        QList<qint64> attention = uids();
        std::sort(attention.begin(), attention.end());
        QCOMPARE(attention, (QList<qint64> { 632, 634, 635 }));
    }

    // Acceptance 5: Qt's model tester over the queue model while it pages, refreshes, filters
    // and sorts.
    void modelTester()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QStringLiteral("tester"))), QString());
        QCOMPARE(desk.addWaitingOrders(450, 1000).size(), 450); // three pages
        PayoutQueue service(desk.workspace->bookThread(), desk.registry, desk.currencies, QStringLiteral("tester"));
        PayoutQueueModel model(service, desk.registry, desk.currencies);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &PayoutQueueModel::countChanged);
        QSignalSpy loaded(&model, &PayoutQueueModel::pageLoaded);
        QVERIFY(counted.wait(20000));
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.index(449, 0).data(PayoutQueueModel::LoadedRole).toBool()); // asks for its page
        QTRY_VERIFY(model.index(449, 0).data(PayoutQueueModel::LoadedRole).toBool());
        QCOMPARE(model.index(449, PayoutQueueModel::Uid).data().toString(), QStringLiteral("1450"));
        model.refresh();
        QVERIFY(loaded.wait(20000));
        model.sort(PayoutQueueModel::Amount, Qt::DescendingOrder);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.index(0, PayoutQueueModel::Uid).data().toString(), QStringLiteral("1450")); // 4500.25
        QueueFilter filter;
        filter.search = QStringLiteral("1007");
        counted.clear();
        model.setFilter(filter);
        QVERIFY(counted.wait(20000));
        QCOMPARE(model.rowCount(), 1);
        filter.provider = QStringLiteral("whitebit"); // not the default of USDT TRC20 here
        counted.clear();
        model.setFilter(filter);
        QVERIFY(counted.wait(20000));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiQueue)
#include "test_gui_queue.moc"
