#include "ApproveDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "ProviderRegistry.h"
#include "SandboxServer.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providers/ProviderHub.h"
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
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void approveFromTheQueue()
    {
        SandboxServer server({QStringLiteral("q"), QByteArrayLiteral("queue-secret")});
        QVERIFY(server.listen());
        server.setBalance(QStringLiteral("USDT"), *Money::parse(u"1000.00"));
        QString error;
        auto workspace = Workspace::open(m_dir.path(), &error);
        SecretStore secrets(workspace->id());
        QNetworkAccessManager network;
        ProviderHub hub(m_registry, workspace->database(), secrets, &network);
        const Manifest sandbox = *m_registry.manifest(QStringLiteral("sandbox"));
        ProviderSettings settings(workspace->database());
        settings.setValue(sandbox, QStringLiteral("apiUrl"), server.baseUrl().toString(), QStringLiteral("t"), nullptr);
        settings.setValue(sandbox, QStringLiteral("apiKey"), QStringLiteral("q"), QStringLiteral("t"), nullptr);
        settings.setValue(sandbox, QStringLiteral("enabled"), QStringLiteral("1"), QStringLiteral("t"), nullptr);
        SecretJob *job = secrets.write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("queue-secret"));
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000) && job->ok());

        QList<Order> orders;
        QList<HistoryEntry> history;
        for (int i = 1; i <= 4; ++i) {
            Order o;
            o.uid = 500 + i;
            o.id = QStringLiteral("65c0000000000000000000%1").arg(i, 2, 10, QLatin1Char('0'));
            o.status = OrderStatus::InProgressPayout;
            o.inAmount = *Money::parse(u"0.001");
            o.outAmount = *Money::parse(QStringLiteral("%1.25").arg(i * 10));
            o.xmlFrom = QStringLiteral("BTC");
            o.xmlTo = QStringLiteral("USDTTRC20");
            o.toValues = {{QStringLiteral("address"), QStringLiteral("Wallet"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")}};
            o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc().addSecs(i);
            orders << o;
            history << HistoryEntry::arrival(o.id, o.status, QStringLiteral("t"), QString());
        }
        QVERIFY(OrderStore(workspace->database()).add(orders, history, &error));

        PayoutEngine engine(workspace->database(), hub, m_currencies);
        MainWindow window(*workspace, m_currencies, hub, engine);
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
                lines.append({orders.at(i), QStringLiteral("sandbox"), QStringLiteral("TRC20"), QStringLiteral("USDT")});
            ApproveDialog confirm(hub, lines, &window);
            confirm.show();
            QTRY_VERIFY_WITH_TIMEOUT(confirm.totals()->item(0, 3)->text().contains(QStringLiteral("covered")), 20000);
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
        secrets.remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }
};

QTEST_MAIN(TestGuiQueue)
#include "test_gui_queue.moc"
