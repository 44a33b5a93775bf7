#include "MainWindow.h"
#include "MismatchModel.h"
#include "ProviderFakes.h"
#include "ReconciliationPage.h"
#include "SandboxDesk.h"
#include "payouts/PayoutPoller.h"
#include "payouts/PayoutRun.h"
#include "storage/AttemptStore.h"
#include "storage/Reconciliations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The Reconciliation tab under Xvfb at 1280×720, against the sandbox and every provider's fake:
// five payouts made through the desk, one made outside it, a booking the provider lost and a
// second payout for one order. "Reconcile now" lists exactly those three, each with both sides;
// each is resolved with a comment, after which none is open. The page is saved as a screenshot.
class TestGuiReconcile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }

    void findsAndResolvesTheThree_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fakes::ProviderFakes::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void findsAndResolvesTheThree()
    {
        QFETCH(QString, name);
        SandboxDesk desk;
        QCOMPARE(desk.open(m_dir.filePath(QString::number(++m_run))), QString());
        const std::unique_ptr<fakes::ProviderFake> fake = fakes::ProviderFakes::make(name);
        QVERIFY(fake && fake->listen());
        fake->fund(*Money::parse(u"5000.00"));
        QCOMPARE(desk.addProvider(name, fake->config(), fake->secrets()), QString());
        const QStringList ids = desk.addWaitingOrders(5);
        QList<PayoutEngine::Item> items;
        for (const QString &id : ids)
            items << PayoutEngine::Item { id, name };
        PayoutRun *run = desk.engine->approve(items, QStringLiteral("tester"));
        QVERIFY(run->done() == run->total() || QSignalSpy(run, &PayoutRun::finished).wait(20000));
        {
            // Those the provider settles later (WhiteBIT answers 201 and books): polled until paid.
            PayoutPoller poller(desk.workspace->database(), *desk.engine, desk.registry);
            poller.setIntervalScale(0.002);
            poller.start();
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.begin(), ids.end(),
                                         [&](const QString &id) {
                                             return OrderStore(desk.workspace->database()).byId(id)->status
                                                 == OrderStatus::Done;
                                         }),
                20000);
        }
        const QString address = fake->recipient().value(QStringLiteral("address"));
        QVERIFY(
            !fake->bookOutside(QString(), *Money::parse(u"7.77"), QStringLiteral("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"))
                 .isEmpty());
        QVERIFY(!fake->bookOutside(QString(), *Money::parse(u"30.25"), address).isEmpty());
        QVERIFY(fake->loseBooking(AttemptStore(desk.workspace->database()).forOrder(ids.at(1)).first().key));

        MainWindow window(*desk.workspace, desk.currencies, *desk.hub, *desk.engine);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReconciliationPage *page = window.reconciliationPage();
        QSignalSpy loaded(page, &ReconciliationPage::loaded);
        window.showPage(page);
        QVERIFY(loaded.wait(10000));
        auto *table = page->findChild<QTableView *>(QStringLiteral("mismatches"));
        auto *provider = page->findChild<QComboBox *>(QStringLiteral("provider"));
        auto *from = page->findChild<QDateEdit *>(QStringLiteral("from"));
        auto *to = page->findChild<QDateEdit *>(QStringLiteral("to"));
        auto *now = page->findChild<QPushButton *>(QStringLiteral("reconcileNow"));
        auto *resolve = page->findChild<QPushButton *>(QStringLiteral("resolve"));
        QVERIFY(table && provider && from && to && now && resolve);
        QCOMPARE(table->model()->rowCount(), 0);

        provider->setCurrentIndex(provider->findData(name));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        to->setDate(today);
        from->setDate(today);
        QSignalSpy reconciled(page, &ReconciliationPage::reconciled);
        QTest::mouseClick(now, Qt::LeftButton);
        QVERIFY(reconciled.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QStringList kinds;
        for (int row = 0; row < 3; ++row) {
            kinds << table->model()->index(row, MismatchModel::Kind).data().toString();
            // Both sides where there are two, the one there is where there is one.
            const QString desk = table->model()->index(row, MismatchModel::Desk).data().toString();
            const QString there = table->model()->index(row, MismatchModel::AtProvider).data().toString();
            QVERIFY2(desk.contains(QStringLiteral(".25")) || there.contains(QStringLiteral("7.77")),
                qPrintable(desk + u" | " + there));
        }
        kinds.sort();
        QCOMPARE(kinds,
            QStringList({ QStringLiteral("At the provider, not in the desk"),
                QStringLiteral("More than one payout for the order"),
                QStringLiteral("Paid in the desk, not at the provider") }));
        auto *status = page->findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY2(status->text().contains(QStringLiteral("3 open")), qPrintable(status->text()));

        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty() && name == QLatin1String("sandbox"))
            QVERIFY(window.grab().save(shots + QStringLiteral("/reconciliation.png")));

        // Nothing selected: nothing to resolve. Each one, selected, is resolved with a comment.
        QVERIFY(!resolve->isEnabled());
        for (int left = 3; left > 0; --left) {
            table->selectRow(0);
            QVERIFY(resolve->isEnabled());
            const qint64 id = table->model()->index(0, 0).data(MismatchModel::IdRole).toLongLong();
            QSignalSpy done(page, &ReconciliationPage::resolved);
            page->resolve(id, QStringLiteral("settled with the provider's support"));
            QVERIFY(done.wait(10000));
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), left - 1, 10000);
        }
        QCOMPARE(Reconciliations(desk.workspace->database()).openCount(), 0);
        QCOMPARE(Reconciliations(desk.workspace->database()).mismatches(false).size(), 3);
    }
};

QTEST_MAIN(TestGuiReconcile)
#include "test_gui_reconcile.moc"
