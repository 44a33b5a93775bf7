#include "HistoryTimeline.h"
#include "MainWindow.h"
#include "OrderDialog.h"
#include "OrderTableModel.h"
#include "OrdersPage.h"
#include "PayoutQueuePage.h"
#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/OrderStore.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace pd;

// The orders page on the demo book, driven as staff drive it, under Xvfb.
class TestGuiOrders : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderHub> m_hub;

    static bool firstRowLoaded(OrderTableModel *model)
    {
        return model->rowCount() > 0 && model->index(0, 0).data(OrderTableModel::LoadedRole).toBool();
    }

    // Waits until the page shows the count of `filter`, computed by the store directly.
    void expectCount(MainWindow &window, const OrderFilter &filter)
    {
        OrderStore store(m_workspace->database());
        const qint64 expected = store.count(filter);
        QVERIFY(expected >= 0);
        OrderTableModel *model = window.ordersPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->filter(), filter, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), expected, 5000);
        QCOMPARE(model->rowCount(), int(expected));
        if (expected > 0)
            QTRY_VERIFY_WITH_TIMEOUT(firstRowLoaded(model), 5000);
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
        QSettings().clear();
        QString error;
        m_workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        OrderStore store(m_workspace->database());
        QVERIFY(DemoOrders::fillIfEmpty(store, m_currencies, &error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, m_workspace->database(), *m_secrets, &m_network);
    }

    // The demo book's times are all in the past, each order's history in order: an order
    // "updated" tomorrow would look like a clock problem to the person trying the desk.
    void demoOrdersAreNotFromTheFuture()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const DemoOrders::Book book = DemoOrders::generate(m_currencies, 7, 2000, now);
        QHash<QString, QDateTime> lastAt;
        for (const HistoryEntry &e : book.history) {
            QVERIFY2(e.at <= now, qPrintable(e.orderId));
            QVERIFY(!lastAt.contains(e.orderId) || lastAt.value(e.orderId) <= e.at);
            lastAt.insert(e.orderId, e.at);
        }
        for (const Order &o : book.orders) {
            QVERIFY(o.createdAt <= o.updatedAt);
            QVERIFY2(o.updatedAt <= now, qPrintable(o.id));
        }
    }

    void firstPageAndModelContract()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        QAbstractItemModelTester tester(
            window.ordersPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        expectCount(window, {});
        QCOMPARE(window.ordersPage()->model()->total(), DemoOrders::size);
        // Newest first: the first row is the latest order.
        OrderStore store(m_workspace->database());
        const auto newest = store.page({}, {}, 1, 0);
        QCOMPARE(window.ordersPage()->model()->index(0, OrderTableModel::Uid).data().toString(),
            QString::number(newest->first().uid));
        // Times as the ISO day and the local time, in every language: never 12/4/26.
        QCOMPARE(window.ordersPage()->model()->index(0, OrderTableModel::Created).data().toString(),
            newest->first().createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        screenshot(&window, QStringLiteral("orders"));
    }

    void filtersAndSearch()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        OrdersPage *page = window.ordersPage();
        expectCount(window, {});

        page->statusBox()->setCurrentIndex(page->statusBox()->findData(int(OrderStatus::InProgressPayout)));
        OrderFilter f;
        f.statuses = { OrderStatus::InProgressPayout };
        expectCount(window, f);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            QTRY_VERIFY(page->model()->index(row, 0).data(OrderTableModel::LoadedRole).toBool());
            QCOMPARE(page->model()->index(row, 0).data(OrderTableModel::StatusRole).toInt(),
                int(OrderStatus::InProgressPayout));
        }

        page->currencyBox()->setCurrentIndex(page->currencyBox()->findData(QStringLiteral("BTC")));
        f.currency = QStringLiteral("BTC");
        expectCount(window, f);

        page->clearFilters();
        expectCount(window, {});

        // Several statuses at once, ticked in the menu beside the box, which then says how many.
        QMenu *statuses = page->statusesButton()->menu();
        QVERIFY(statuses);
        for (QAction *a : statuses->actions()) {
            const auto s = OrderStatus(a->data().toInt());
            if (s == OrderStatus::Done || s == OrderStatus::Returned)
                a->trigger();
        }
        f = {};
        for (OrderStatus s : OrderStatuses::all()) {
            if (s == OrderStatus::Done || s == OrderStatus::Returned)
                f.statuses << s;
        }
        expectCount(window, f);
        OrderFilter doneOnly;
        doneOnly.statuses = { OrderStatus::Done };
        QVERIFY(page->model()->total() > OrderStore(m_workspace->database()).count(doneOnly));
        QCOMPARE(page->statusBox()->currentText(), QStringLiteral("2 statuses"));
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            QTRY_VERIFY(page->model()->index(row, 0).data(OrderTableModel::LoadedRole).toBool());
            const int status = page->model()->index(row, 0).data(OrderTableModel::StatusRole).toInt();
            QVERIFY(status == int(OrderStatus::Done) || status == int(OrderStatus::Returned));
        }
        // One status chosen in the box: the menu follows; "All statuses" unticks it.
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(int(OrderStatus::Hold)));
        f.statuses = { OrderStatus::Hold };
        expectCount(window, f);
        int ticked = 0;
        for (QAction *a : statuses->actions())
            ticked += a->isChecked();
        QCOMPARE(ticked, 1);
        page->statusBox()->setCurrentIndex(0);
        expectCount(window, {});
        for (QAction *a : statuses->actions())
            QVERIFY(!a->isChecked());

        // Typing a UID finds that one order.
        OrderStore store(m_workspace->database());
        const Order some = store.page({}, {}, 1, 123)->first();
        QTest::keyClicks(page->searchBox(), QString::number(some.uid));
        f = {};
        f.search = QString::number(some.uid);
        expectCount(window, f);
        QCOMPARE(page->model()->index(0, 0).data(OrderTableModel::OrderIdRole).toString(), some.id);
        // Part of the recipient finds it too.
        page->searchBox()->setText(some.recipient().mid(3, 8));
        f.search = some.recipient().mid(3, 8);
        expectCount(window, f);

        page->clearFilters();
        page->periodBox()->setCurrentIndex(1); // today
        f = {};
        f.from = QDate::currentDate().startOfDay();
        expectCount(window, f);
    }

    void sortingAndScrolling()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        OrdersPage *page = window.ordersPage();
        expectCount(window, {});
        page->table()->sortByColumn(OrderTableModel::Uid, Qt::AscendingOrder);
        QTRY_COMPARE(page->model()->orderSort().key, OrderSortKey::Uid);
        QTRY_COMPARE(page->model()->index(0, OrderTableModel::Uid).data().toString(), QStringLiteral("100000"));
        // The last row arrives when scrolled to.
        page->table()->scrollToBottom();
        const QModelIndex last = page->model()->index(page->model()->rowCount() - 1, OrderTableModel::Uid);
        QTRY_COMPARE_WITH_TIMEOUT(last.data().toString(), QString::number(100000 + DemoOrders::size - 1), 5000);
        // A column without an index keeps the current order.
        page->table()->sortByColumn(OrderTableModel::Recipient, Qt::AscendingOrder);
        QCOMPARE(page->model()->orderSort().key, OrderSortKey::Uid);
    }

    void orderWindowShowsHistory()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        OrdersPage *page = window.ordersPage();
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(int(OrderStatus::Done)));
        OrderFilter f;
        f.statuses = { OrderStatus::Done };
        expectCount(window, f);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QModelIndex first = page->model()->index(0, OrderTableModel::Recipient);
        const QRect rect = page->table()->visualRect(first);
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, {}, rect.center());
        OrderDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<OrderDialog *>()));
        QCOMPARE(dialog->orderId(), first.data(OrderTableModel::OrderIdRole).toString());
        // The window reads the order on the book's thread and shows it when it is in.
        if (!dialog->isLoaded()) {
            QSignalSpy loaded(dialog, &OrderDialog::loaded);
            QVERIFY(loaded.wait(10000));
        }
        // new → waitPayment → inProgress → inProgressPayout → done
        QCOMPARE(dialog->timeline()->count(), 5);
        QVERIFY(dialog->timeline()->item(4)->text().contains(OrderStatuses::title(OrderStatus::Done)));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Copy beside the recipient puts the whole value on the clipboard.
        auto *copy = dialog->findChild<QToolButton *>(QStringLiteral("copyRecipient"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        const auto order = OrderStore(m_workspace->database()).byId(dialog->orderId());
        QCOMPARE(QApplication::clipboard()->text(), order->toValues.first().value);
        screenshot(dialog, QStringLiteral("order"));
        // The same order again brings the same window forward.
        QCOMPARE(window.openOrder(dialog->orderId()), dialog);
        dialog->close();
    }

    // The order window keeps the size staff gave it, and its history wraps rather than cutting
    // a status or a reference off: a narrower window makes entries taller, never shorter text.
    void orderWindowRemembersItsSizeAndWrapsHistory()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        const QString id = OrderStore(m_workspace->database()).page({}, {}, 1, 0)->first().id;
        const auto open = [&] {
            OrderDialog *dialog = window.openOrder(id);
            if (!dialog->isLoaded())
                QSignalSpy(dialog, &OrderDialog::loaded).wait(10000);
            return dialog;
        };
        OrderDialog *dialog = open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->timeline()->count() > 0);
        const auto tallest = [&] {
            int height = 0;
            for (int i = 0; i < dialog->timeline()->count(); ++i)
                height = qMax(height, dialog->timeline()->visualItemRect(dialog->timeline()->item(i)).height());
            return height;
        };
        const int wide = tallest();
        const QSize narrow(dialog->minimumSizeHint().width() + 10, 520);
        dialog->resize(narrow);
        QTRY_VERIFY(tallest() > wide); // the longest entry now takes more lines
        dialog->close();
        QTRY_VERIFY(!window.findChild<OrderDialog *>());
        dialog = open();
        QCOMPARE(dialog->size(), narrow);
        dialog->resize(1120, 600);
        dialog->close();
    }

    // The status bar counts what is on screen (the orders on Orders, the queue's rows on the
    // payout queue), and the title names the book, not the folder it lives in.
    void statusBarAndTitleFollowThePage()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        expectCount(window, {});
        auto *summary = window.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(summary);
        QTRY_COMPARE(summary->text(), QStringLiteral("%1 order(s)").arg(DemoOrders::size));
        QVERIFY(!window.windowTitle().contains(m_dir.path()));
        QVERIFY(window.windowTitle().contains(QDir(m_dir.path()).dirName()));
        window.showPage(window.queuePage());
        QTRY_VERIFY(summary->text().contains(QStringLiteral("shown")));
        QCOMPARE(summary->text(), window.queuePage()->summary());
        window.showPage(window.ordersPage());
        QCOMPARE(summary->text(), QStringLiteral("%1 order(s)").arg(DemoOrders::size));
    }

    // From the keyboard, as staff work: Enter on a search with one match opens it, on several
    // opens nothing; Down goes from the search into the table; Tab leaves the table (arrows move
    // between cells); Ctrl+C copies the cell under the cursor, Ctrl+Shift+C the row as text;
    // Ctrl+F goes to the search.
    void keyboard()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        // Xvfb has no window manager to activate the window: do what it would.
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        OrdersPage *page = window.ordersPage();
        page->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->searchBox()->hasFocus());
        expectCount(window, {});
        QSignalSpy activated(page, &OrdersPage::orderActivated);

        // Several matches: Enter searches, opens nothing.
        OrderStore store(m_workspace->database());
        const auto newest = store.page({}, {}, 1, 0)->first();
        OrderFilter several; // a part of the newest order's id or recipient that other orders share
        for (const QString &part : { newest.id.left(1), newest.id.left(2), newest.recipient().left(3) }) {
            several.search = part;
            if (store.count(several) > 1)
                break;
        }
        QVERIFY(store.count(several) > 1);
        page->searchBox()->setFocus();
        QTest::keyClicks(page->searchBox(), several.search);
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        expectCount(window, several);
        QVERIFY(page->model()->total() != 1);
        QCOMPARE(activated.count(), 0);

        // One match (its UID): Enter opens it.
        page->searchBox()->clear();
        QTest::keyClicks(page->searchBox(), QString::number(newest.uid));
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
        QCOMPARE(activated.first().first().toString(), newest.id);
        for (OrderDialog *dialog : window.findChildren<OrderDialog *>())
            dialog->close();

        // Down from the search into the table, on the first row.
        page->searchBox()->clear();
        expectCount(window, {});
        page->searchBox()->setFocus();
        QTest::keyClick(page->searchBox(), Qt::Key_Down);
        QTRY_VERIFY(page->table()->hasFocus());
        QCOMPARE(page->table()->currentIndex().row(), 0);

        // Ctrl+C: the cell under the cursor (the recipient, not the order id); Ctrl+Shift+C: the row.
        page->table()->setCurrentIndex(page->model()->index(0, OrderTableModel::Recipient));
        QApplication::clipboard()->clear();
        QTest::keyClick(page->table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(
            QApplication::clipboard()->text(), page->model()->index(0, OrderTableModel::Recipient).data().toString());
        QVERIFY(!QApplication::clipboard()->text().isEmpty());
        QTest::keyClick(page->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QStringList cells = QApplication::clipboard()->text().split(u'\t');
        QVERIFY2(cells.contains(QString::number(newest.uid)), qPrintable(QApplication::clipboard()->text()));
        QVERIFY(cells.contains(page->model()->index(0, OrderTableModel::Recipient).data().toString()));
        QVERIFY(!cells.contains(newest.id)); // the hidden id column stays out

        // Tab leaves the table instead of walking its cells.
        QTest::keyClick(page->table(), Qt::Key_Right);
        QTest::keyClick(page->table(), Qt::Key_Tab);
        QTRY_VERIFY(!page->table()->hasFocus());
    }

    // A search that finds nothing says so over the table, and how to see every order again.
    void emptyResultSaysSo()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OrdersPage *page = window.ordersPage();
        expectCount(window, {});
        QVERIFY(!page->emptyNotice()->isVisible());
        page->searchBox()->setText(QStringLiteral("no-such-recipient-anywhere"));
        OrderFilter none;
        none.search = QStringLiteral("no-such-recipient-anywhere");
        expectCount(window, none);
        QTRY_VERIFY(page->emptyNotice()->isVisible());
        QVERIFY(page->emptyNotice()->text().contains(QStringLiteral("Ctrl+Shift+L")));
        screenshot(&window, QStringLiteral("orders-no-match"));
        page->clearFilters();
        expectCount(window, {});
        QVERIFY(!page->emptyNotice()->isVisible());
    }

    void layoutIsRemembered()
    {
        {
            PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
            MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
            window.show();
            window.resize(1111, 777);
            window.ordersPage()->table()->setColumnHidden(OrderTableModel::Partner, true);
            window.ordersPage()->table()->setColumnWidth(OrderTableModel::Recipient, 222);
            window.close();
        }
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow again(*m_workspace, m_currencies, *m_hub, engine);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
        QVERIFY(again.ordersPage()->table()->isColumnHidden(OrderTableModel::Partner));
        QCOMPARE(again.ordersPage()->table()->columnWidth(OrderTableModel::Recipient), 222);
    }

    void importFromTheWindow()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,uid,status\n65a000000000000000000001,1,paid\n");
        f.close();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        // The refusal is shown in a message box: close it as staff would.
        QTimer::singleShot(0, this, [] {});
        auto closer = new QTimer(this);
        connect(closer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        closer->start(50);
        window.importOrders(path);
        QVERIFY(finished.wait(10000));
        closer->deleteLater();
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QVERIFY(finished.first().at(1).toInt() > 0);
        QCOMPARE(OrderStore(m_workspace->database()).count({}), DemoOrders::size);
    }
};

QTEST_MAIN(TestGuiOrders)
#include "test_gui_orders.moc"
