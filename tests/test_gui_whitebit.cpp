#include "ApproveDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "QueueView.h"
#include "SandboxDesk.h"
#include "WhiteBitFake.h"
#include "payouts/PayoutPoller.h"
#include "storage/AttemptStore.h"
#include "storage/OrderStore.h"

#include <QComboBox>
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
using pd::fakes::WhiteBitFake;

// Issue 7, acceptance 3: from the payout queue under Xvfb, staff pick WhiteBIT for a card
// payout (CARDUAH → VISAMASTER) and a USDT TRC20 payout, approve both, and WhiteBIT's fake
// books each once; the desk's poller then reads both as paid from WhiteBIT's history.
class TestGuiWhiteBit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cardAndUsdtFromTheQueue()
    {
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.path()), QString());
        WhiteBitFake whitebit;
        QVERIFY(whitebit.listen());
        whitebit.setSettling(-1); // settled below, when the test says so
        whitebit.fund(*Money::parse(u"1000.000000"));
        whitebit.setBalance(QStringLiteral("UAH"), *Money::parse(u"50000.00"));
        QCOMPARE(desk.addProvider(QStringLiteral("whitebit"), whitebit.config(), whitebit.secrets()), QString());

        const QString usdtOrder = desk.addWaitingOrders(1).first();
        Order card;
        card.uid = 900;
        card.id = QStringLiteral("65c000000000000000000900");
        card.status = OrderStatus::InProgressPayout;
        card.inAmount = *Money::parse(u"0.0005");
        card.outAmount = *Money::parse(u"1250.50");
        card.xmlFrom = QStringLiteral("BTC");
        card.xmlTo = QStringLiteral("CARDUAH");
        card.toValues
            = { { QStringLiteral("card"), QStringLiteral("Card number"), QStringLiteral("4111 1111 1111 1111") },
                  { QStringLiteral("firstName"), QStringLiteral("First name"), QStringLiteral("Olena") },
                  { QStringLiteral("lastName"), QStringLiteral("Last name"), QStringLiteral("Kovalenko") } };
        card.createdAt = card.updatedAt = QDateTime::currentDateTimeUtc().addSecs(60);
        QString error;
        QVERIFY2(OrderStore(desk.workspace->database())
                     .add({ card },
                         { HistoryEntry::arrival(card.id, card.status, QStringLiteral("tester"), QString()) }, &error),
            qPrintable(error));

        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.resize(1400, 800);
        window.show();
        window.showPage(window.queuePage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PayoutQueuePage *queue = window.queuePage();
        QTRY_COMPARE(QueueView::rows(queue), 2);
        QTRY_VERIFY(queue->model()->rowAt(1).has_value());

        // Staff choose WhiteBIT in each row's provider box (the delegate's editor: no widget
        // lives in a row until it is edited).
        for (int row = 0; row < 2; ++row) {
            const QModelIndex cell = queue->model()->index(row, PayoutQueueModel::Provider);
            QVERIFY(queue->model()->flags(cell) & Qt::ItemIsEditable);
            queue->table()->edit(cell);
            auto *providers = queue->table()->viewport()->findChild<QComboBox *>();
            QVERIFY(providers);
            const int whitebitIndex = providers->findData(QStringLiteral("whitebit"));
            QVERIFY2(whitebitIndex >= 0, "WhiteBIT serves both currencies");
            providers->setCurrentIndex(whitebitIndex);
            emit providers->activated(whitebitIndex);
            QTRY_COMPARE(cell.data(PayoutQueueModel::ProviderRole).toString(), QStringLiteral("whitebit"));
            QTRY_VERIFY(!queue->table()->viewport()->findChild<QComboBox *>());
        }
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/queue-whitebit.png"));

        queue->selectOrders({ queue->model()->index(0, 0).data(PayoutQueueModel::OrderIdRole).toString(),
            queue->model()->index(1, 0).data(PayoutQueueModel::OrderIdRole).toString() });
        ApproveDialog::setNextAnswer(true);
        QSignalSpy finished(queue, &PayoutQueuePage::runFinished);
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        QVERIFY(!queue->approveSelected()); // a second click while it runs sends nothing
        QVERIFY(finished.wait(20000));
        if (auto *box = window.findChild<QMessageBox *>())
            box->close();

        // WhiteBIT booked each once: the card on VISAMASTER, the USDT on TRC20.
        QCOMPARE(whitebit.withdrawals().size(), 2);
        QCOMPARE(whitebit.duplicateCreates(), 0);
        const WhiteBitFake::Withdrawal *toCard = nullptr;
        const WhiteBitFake::Withdrawal *toWallet = nullptr;
        for (const auto &w : whitebit.withdrawals())
            (w.ticker == QLatin1String("UAH") ? toCard : toWallet) = &w;
        QVERIFY(toCard && toWallet);
        QCOMPARE(toCard->provider, QStringLiteral("VISAMASTER"));
        QCOMPARE(toCard->address, QStringLiteral("4111111111111111"));
        QCOMPARE(toCard->amount.toString(), QStringLiteral("1250.50"));
        QVERIFY(toCard->uniqueId.contains(card.id));
        QCOMPARE(toWallet->ticker, QStringLiteral("USDT"));
        QCOMPARE(toWallet->network, QStringLiteral("TRC20"));
        QCOMPARE(toWallet->amount.toString(), QStringLiteral("10.25"));
        QVERIFY(toWallet->uniqueId.contains(usdtOrder));

        // Accepted, not yet paid: both wait for WhiteBIT, and nothing is sent again.
        OrderStore store(desk.workspace->database());
        QCOMPARE(store.byId(card.id)->status, OrderStatus::InProgressPayout);
        QCOMPARE(
            AttemptStore(desk.workspace->database()).forOrder(card.id).last().state, PayoutAttempt::State::Pending);

        // WhiteBIT settles them; the desk's poller reads it from the history.
        QVERIFY(whitebit.setStatus(toCard->uniqueId, 3));
        QVERIFY(whitebit.setStatus(toWallet->uniqueId, 7));
        PayoutPoller poller(desk.workspace->database(), *desk.engine, desk.registry);
        poller.setIntervalScale(0.002);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(store.byId(card.id)->status, OrderStatus::Done, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(store.byId(usdtOrder)->status, OrderStatus::Done, 20000);
        poller.stop();
        QTRY_COMPARE(QueueView::rows(queue), 0);
        QCOMPARE(whitebit.withdrawals().size(), 2);
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/queue-whitebit-paid.png"));
        desk.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
        desk.secrets->remove(QStringLiteral("whitebit"), QStringLiteral("apiSecret"));
        desk.secrets->remove(QStringLiteral("whitebit"), QStringLiteral("webhookSecret"));
    }
};

QTEST_MAIN(TestGuiWhiteBit)
#include "test_gui_whitebit.moc"
