#include "ProviderRegistry.h"
#include "SandboxServer.h"
#include "TestBook.h"
#include "TestOrders.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/PayoutEngine.h"
#include "payouts/PayoutRun.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"

#include "MainWindow.h"
#include "OrderTableModel.h"
#include "OrdersPage.h"
#include "workspace/BookNotifications.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// Team mode: several desks on one PostgreSQL book (issue 8). Desks here are real
// `payoutdesk-cli serve` processes, each with a workspace folder of its own that names the
// same database.
class TestTeam : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    SandboxServer m_server { { QStringLiteral("team-key"), QByteArrayLiteral("team-secret") } };
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<PayoutEngine> m_engine;
    QList<QProcess *> m_desks;

    // Another desk: its own folder, the same book.
    QProcess *startDesk(const QString &name, int pollEveryMs)
    {
        const QString dir = m_dir.filePath(name);
        QString error;
        if (!Workspace::setBookUrl(dir, Workspace::bookUrl(m_workspace->dir()), &error))
            qWarning() << error;
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            { QStringLiteral("serve"), QStringLiteral("--workspace"), dir, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--poll-every"), QString::number(pollEveryMs / 1000.0) });
        p->waitForStarted();
        m_desks << p;
        return p;
    }

    static bool saidItPolls(QProcess *desk, QByteArray *seen)
    {
        *seen += desk->readAll();
        return seen->contains("now polls the open payouts of sandbox");
    }

    OrderStatus statusOf(const QString &id) { return OrderStore(m_workspace->database()).byId(id)->status; }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestBook::onPostgres(), "team mode runs on the test PostgreSQL server (ctest's postgres fixture)");
        QVERIFY(!qEnvironmentVariable("PAYOUTDESK_CLI").isEmpty());
        QVERIFY(m_server.listen());
        m_server.setBalance(QStringLiteral("USDT"), *Money::parse(u"100000.00"));
        m_server.setApproval(true); // payouts stay pending until the test settles them
        QString error;
        m_workspace = TestBook::open(m_dir.filePath(QStringLiteral("first")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, m_workspace->database(), *m_secrets, &m_network);
        const Manifest sandbox = *m_registry.manifest(QStringLiteral("sandbox"));
        ProviderSettings settings(m_workspace->database());
        for (const auto &[key, value] : { std::pair { QStringLiteral("apiUrl"), m_server.baseUrl().toString() },
                 std::pair { QStringLiteral("apiKey"), QStringLiteral("team-key") },
                 std::pair { QStringLiteral("enabled"), QStringLiteral("1") } })
            QVERIFY2(settings.setValue(sandbox, key, value, QStringLiteral("tester"), &error), qPrintable(error));
        SecretJob *job
            = m_secrets->write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QStringLiteral("team-secret"));
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
        QVERIFY2(job->ok(), qPrintable(job->error()));
        m_engine = std::make_unique<PayoutEngine>(m_workspace->database(), *m_hub, m_currencies);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : m_desks) {
            p->kill();
            p->waitForFinished(5000);
        }
        m_secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
    }

    // Another desk's change reaches this one through NOTIFY within a second, naming the order;
    // this desk's own changes do not echo back.
    void hearsOtherDesksWithinASecond()
    {
        BookNotifications heard(m_workspace->database());
        QVERIFY(heard.isListening());
        QSignalSpy spy(&heard, &BookNotifications::changedElsewhere);
        QString error;
        auto otherDesk = m_workspace->openConnection(QStringLiteral("other-desk"), &error);
        QVERIFY2(otherDesk, qPrintable(error));
        const Order o = testorders::make(77);
        QElapsedTimer sinceCommit;
        QVERIFY(
            OrderStore(*otherDesk)
                .add({ o }, { HistoryEntry::arrival(o.id, o.status, QStringLiteral("desk 2"), QString()) }, &error));
        sinceCommit.start();
        QVERIFY(spy.wait(1000));
        qInfo() << "heard another desk's new order after" << sinceCommit.elapsed() << "ms";
        QVERIFY(spy.first().first().value<QSet<QString>>().contains(o.id));
        QCOMPARE(spy.first().at(1).toBool(), false);

        spy.clear();
        HistoryEntry note;
        note.actor = QStringLiteral("desk 2");
        QCOMPARE(
            OrderStore(*otherDesk).changeStatus(o.id, OrderStatus::InProgressPayout, OrderStatus::Hold, note, &error),
            OrderStore::Change::Done);
        QVERIFY(spy.wait(1000));
        QVERIFY(spy.first().first().value<QSet<QString>>().contains(o.id));

        spy.clear();
        QCOMPARE(OrderStore(m_workspace->database())
                     .changeStatus(o.id, OrderStatus::Hold, OrderStatus::InProgressPayout, note, &error),
            OrderStore::Change::Done);
        QVERIFY(!spy.wait(500)); // our own change: no echo
    }

    // The same in the window: an order another desk imports appears in the order book.
    void windowShowsAnotherDesksOrder()
    {
        MainWindow window(*m_workspace, m_currencies, *m_hub, *m_engine);
        window.show();
        OrderTableModel *model = window.ordersPage()->model();
        QTRY_VERIFY(model->total() > 0);
        const qint64 before = model->total();
        QString error;
        auto otherDesk = m_workspace->openConnection(QStringLiteral("importing-desk"), &error);
        QVERIFY2(otherDesk, qPrintable(error));
        const Order o = testorders::make(88);
        QVERIFY(
            OrderStore(*otherDesk)
                .add({ o }, { HistoryEntry::arrival(o.id, o.status, QStringLiteral("desk 2"), QString()) }, &error));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), before + 1, 1000);
        qInfo() << "the window showed another desk's order after" << sinceCommit.elapsed() << "ms";
    }

    // Acceptance 2: the desk that polls is killed; another resumes polling within one interval.
    void anotherDeskTakesOverPolling()
    {
        const int interval = 2000;
        QList<Order> orders;
        QList<HistoryEntry> history;
        for (int uid = 1; uid <= 4; ++uid) {
            Order o = testorders::make(uid);
            o.toValues = { { QStringLiteral("address"), QStringLiteral("Wallet"),
                QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
            orders << o;
            history << HistoryEntry::arrival(orders.last().id, orders.last().status, QStringLiteral("t"), QString());
        }
        QString error;
        QVERIFY2(OrderStore(m_workspace->database()).add(orders, history, &error), qPrintable(error));
        QList<PayoutEngine::Item> items;
        for (const Order &o : orders)
            items << PayoutEngine::Item { o.id, QStringLiteral("sandbox") };
        PayoutRun *run = m_engine->approve(items, QStringLiteral("tester"));
        if (run->done() < run->total())
            QVERIFY(QSignalSpy(run, &PayoutRun::finished).wait(20000));
        for (const PayoutOutcome &o : run->outcomes())
            QVERIFY2(o.kind == PayoutOutcome::Kind::Pending, qPrintable(o.message));
        QCOMPARE(m_server.ledger().size(), 4); // accepted, pending until settled

        QByteArray saidA, saidB;
        QProcess *a = startDesk(QStringLiteral("desk-a"), interval);
        QVERIFY2(QTest::qWaitFor([&] { return saidItPolls(a, &saidA); }, 20000), saidA.constData());
        QProcess *b = startDesk(QStringLiteral("desk-b"), interval);
        QTest::qWait(2 * interval + 500); // B tries at least twice meanwhile
        QVERIFY2(!saidItPolls(b, &saidB), saidB.constData()); // one desk polls, the other waits

        // A polls: a payout the provider settles is seen as paid (A may be backing off, up to 8
        // intervals, after rounds that changed nothing).
        const QString first = m_server.ledger().at(0).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(m_server.settle(first, QStringLiteral("DONE")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(orders.at(0).id), OrderStatus::Done, 10 * interval);

        // A dies without a word; B takes over within one interval (plus the time to notice).
        a->kill();
        QElapsedTimer sinceDeath;
        sinceDeath.start();
        QVERIFY(QTest::qWaitFor([&] { return saidItPolls(b, &saidB); }, 10 * interval));
        const qint64 takeover = sinceDeath.elapsed();
        qInfo() << "desk B took over" << takeover << "ms after desk A was killed (interval" << interval << "ms)";
        QVERIFY2(takeover <= interval + 1000, qPrintable(QStringLiteral("took %1 ms").arg(takeover)));
        for (int i = 1; i < 4; ++i)
            QVERIFY(m_server.settle(
                m_server.ledger().at(i).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("DONE")));
        for (const Order &o : orders)
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(o.id), OrderStatus::Done, 3 * interval);
        QCOMPARE(m_server.ledger().size(), 4);
        QCOMPARE(m_server.duplicateCount(), 0);
    }
};

QTEST_MAIN(TestTeam)
#include "test_team.moc"
