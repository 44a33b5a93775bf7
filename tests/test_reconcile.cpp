#include "BinanceFake.h"
#include "CryptomusFake.h"
#include "ProviderFakes.h"
#include "ProviderRegistry.h"
#include "TestBook.h"
#include "contract/CurrencyRegistry.h"
#include "payouts/DailyReconciliation.h"
#include "payouts/PayoutEngine.h"
#include "payouts/PayoutPoller.h"
#include "payouts/PayoutRun.h"
#include "payouts/Reconciler.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "storage/AttemptStore.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "storage/Reconciliations.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::fakes::ProviderFake;
using State = PayoutAttempt::State;

// Reconciliation with each provider's books (issue 20), against every fake and the sandbox:
// five orders paid through the desk, then a payout booked at the provider outside the desk, a
// booking the provider lost, and a second payout for one order. payoutdesk-cli reconcile finds
// exactly those three, exits 6, and 0 once each is resolved with a comment. A statement of many
// pages over a period longer than the provider's window is read in full; an attempt left
// unknown is settled by the statement through the engine.
class TestReconcile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    std::unique_ptr<ProviderFake> m_fake;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<PayoutEngine> m_engine;
    const QString m_elsewhere = QStringLiteral("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8");

    QString provider() const { return m_fake->provider(); }
    QString address() const { return m_fake->recipient().value(QStringLiteral("address")); }

    // Orders of 12.51, 12.52, … to the fake's recipient: amounts apart, as a real book's are.
    QStringList addOrders(int count)
    {
        QList<Order> orders;
        QList<HistoryEntry> history;
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            Order o;
            o.uid = 1 + i;
            o.id = QStringLiteral("65f00000000000000000%1").arg(o.uid, 4, 16, QLatin1Char('0'));
            o.status = OrderStatus::InProgressPayout;
            o.inAmount = *Money::parse(u"0.01");
            o.outAmount = *Money::parse(QStringLiteral("12.%1").arg(51 + i));
            o.xmlFrom = QStringLiteral("BTC");
            o.xmlTo = m_fake->xml();
            o.toValues = { { QStringLiteral("address"), QStringLiteral("address"), address() } };
            o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
            orders << o;
            history << HistoryEntry::arrival(o.id, o.status, QStringLiteral("test"), QString());
            ids << o.id;
        }
        QString error;
        if (!OrderStore(m_workspace->database()).add(orders, history, &error))
            qWarning() << "orders not added:" << error;
        return ids;
    }

    void pay(const QStringList &ids)
    {
        QList<PayoutEngine::Item> items;
        for (const QString &id : ids)
            items << PayoutEngine::Item { id, provider() };
        PayoutRun *run = m_engine->approve(items, QStringLiteral("tester"));
        if (run->done() < run->total())
            QSignalSpy(run, &PayoutRun::finished).wait(60000);
    }

    bool allPaid(const QStringList &ids)
    {
        PayoutPoller poller(m_workspace->database(), *m_engine, m_registry);
        poller.setIntervalScale(0.002);
        poller.setBudget(1000);
        poller.start();
        const bool ok = QTest::qWaitFor(
            [&] {
                return std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
                    return OrderStore(m_workspace->database()).byId(id)->status == OrderStatus::Done;
                });
            },
            20000);
        poller.stop();
        return ok;
    }

    bool setSetting(const QString &key, const QString &value)
    {
        QString error;
        const bool ok = ProviderSettings(m_workspace->database())
                            .setValue(*m_registry.manifest(provider()), key, value, QStringLiteral("tester"), &error);
        if (!ok)
            qWarning() << key << error;
        return ok;
    }

    Reconciler::Outcome reconcile(const QDateTime &from, const QDateTime &to, int pageSize = 0)
    {
        Reconciler reconciler(m_workspace->database(), *m_hub, *m_engine, m_currencies);
        reconciler.setPageSize(pageSize);
        Reconciler::Outcome outcome;
        bool done = false;
        reconciler.run(provider(), from, to, QStringLiteral("tester"), [&](const Reconciler::Outcome &o) {
            outcome = o;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            outcome.error = QStringLiteral("no answer in 60 s");
        return outcome;
    }

    // payoutdesk-cli on this workspace: its exit code and standard output (errors to the log).
    std::pair<int, QByteArray> cli(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            QStringList { QStringLiteral("--workspace"), m_workspace->dir() } + args);
        // The fakes answer from this process's event loop: waited on with it running.
        if (!QSignalSpy(&p, &QProcess::finished).wait(60000))
            qWarning() << "cli:" << args.join(u' ') << "did not finish in 60 s";
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            qInfo().noquote() << "cli:" << args.join(u' ') << "said:" << err;
        return { p.exitCode(), p.readAllStandardOutput() };
    }

    static QStringList kinds(const QJsonArray &open)
    {
        QStringList list;
        for (const QJsonValue &m : open)
            list << m.toObject().value(QStringLiteral("kind")).toString();
        list.sort();
        return list;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : pd::fakes::ProviderFakes::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void init()
    {
        QFETCH_GLOBAL(QString, name);
        m_fake = pd::fakes::ProviderFakes::make(name);
        QVERIFY(m_fake);
        QVERIFY(m_fake->listen());
        m_fake->fund(*Money::parse(u"100000"));
        QString error;
        m_workspace = TestBook::open(m_dir.filePath(QString::number(++m_run)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, m_workspace->database(), *m_secrets, &m_network);
        const QHash<QString, QString> config = m_fake->config();
        for (auto it = config.begin(); it != config.end(); ++it)
            QVERIFY(setSetting(it.key(), it.value()));
        const QHash<QString, QString> secrets = m_fake->secrets();
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            SecretJob *job = m_secrets->write(provider(), it.key(), it.value());
            QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
            QVERIFY2(job->ok(), qPrintable(job->error()));
        }
        QVERIFY(setSetting(QStringLiteral("enabled"), QStringLiteral("1")));
        QVERIFY(setSetting(QStringLiteral("timeout_seconds"), QStringLiteral("2")));
        m_engine = std::make_unique<PayoutEngine>(m_workspace->database(), *m_hub, m_currencies);
    }

    void cleanup()
    {
        m_engine.reset();
        m_hub.reset();
        m_secrets.reset();
        m_workspace.reset();
        m_fake.reset();
    }

    void findsExactlyTheThreeMismatches()
    {
        QVERIFY2(
            !qEnvironmentVariable("PAYOUTDESK_CLI").isEmpty(), "run it through ctest, which says where the CLI is");
        const QStringList ids = addOrders(5);
        pay(ids);
        QVERIFY2(allPaid(ids), "the five payouts are paid");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QStringList period { QStringLiteral("reconcile"), QStringLiteral("--provider"), provider(),
            QStringLiteral("--from"), today, QStringLiteral("--to"), today, QStringLiteral("--format"),
            QStringLiteral("json") };
        // Everything matches before anything is done at the provider.
        const auto clean = cli(period);
        QVERIFY2(clean.first == 0, clean.second.constData());
        QCOMPARE(QJsonDocument::fromJson(clean.second)
                     .object()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("matched"))
                     .toInt(),
            5);

        // Outside the desk: a payout to someone else, and a second one for the third order;
        // and the provider loses the second order's booking.
        QVERIFY(!m_fake->bookOutside(QString(), *Money::parse(u"7.77"), m_elsewhere).isEmpty());
        QVERIFY(!m_fake->bookOutside(QString(), *Money::parse(u"12.53"), address()).isEmpty());
        const QString lostKey = AttemptStore(m_workspace->database()).forOrder(ids.at(1)).first().key;
        QVERIFY(m_fake->loseBooking(lostKey));

        const auto found = cli(period);
        QCOMPARE(found.first, 6);
        const QJsonArray open = QJsonDocument::fromJson(found.second).object().value(QStringLiteral("open")).toArray();
        QCOMPARE(kinds(open),
            QStringList(
                { QStringLiteral("more_than_one"), QStringLiteral("not_at_provider"), QStringLiteral("not_in_desk") }));
        for (const QJsonValue &v : open) {
            const QJsonObject m = v.toObject();
            const QString kind = m.value(QStringLiteral("kind")).toString();
            const QString desk = m.value(QStringLiteral("desk")).toString();
            const QString there = m.value(QStringLiteral("at_provider")).toString();
            // Both sides, where there are two.
            if (kind == QLatin1String("not_in_desk")) {
                QVERIFY2(desk.isEmpty() && there.contains(QStringLiteral("7.77")) && there.contains(m_elsewhere),
                    qPrintable(there));
            } else if (kind == QLatin1String("not_at_provider")) {
                QVERIFY2(there.isEmpty() && desk.contains(lostKey), qPrintable(desk));
                QCOMPARE(m.value(QStringLiteral("order_id")).toString(), ids.at(1));
            } else {
                QVERIFY2(desk.contains(QStringLiteral("12.53")) && there.contains(QStringLiteral("12.53")),
                    qPrintable(desk + u" | " + there));
                QCOMPARE(m.value(QStringLiteral("order_id")).toString(), ids.at(2));
            }
        }
        // A second run finds the same three, and opens nothing new.
        QCOMPARE(cli(period).first, 6);
        QCOMPARE(Reconciliations(m_workspace->database()).mismatches(false).size(), 3);

        // Resolved one by one, with a comment each: 6 while any is open, then 0.
        for (qsizetype i = 0; i < open.size(); ++i) {
            const QString id = QString::number(open.at(i).toObject().value(QStringLiteral("id")).toInteger());
            const auto refused = cli({ QStringLiteral("reconcile"), QStringLiteral("--resolve"), id });
            QCOMPARE(refused.first, 2); // no comment, no resolution
            const auto resolved = cli({ QStringLiteral("reconcile"), QStringLiteral("--resolve"), id,
                QStringLiteral("--comment"), QStringLiteral("checked in the provider's cabinet") });
            QCOMPARE(resolved.first, i + 1 < open.size() ? 6 : 0);
        }
        QCOMPARE(cli(period).first, 0);
        // In the order's history, with the comment.
        bool told = false;
        for (const HistoryEntry &e : OrderStore(m_workspace->database()).history(ids.at(1)))
            told = told || e.comment.contains(QStringLiteral("checked in the provider's cabinet"));
        QVERIFY(told);
    }

    // Seven payouts over 150 days, read two to a page; Binance's 90-day window means three
    // windows, WhiteBIT's newest-first history is read back past the period's start.
    void readsEveryPageAndWindow()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<qint64> daysAgo { 150, 100, 60, 30, 2, 1, 0 };
        QStringList booked;
        for (const qint64 days : daysAgo)
            booked << m_fake->bookOutside(QString(), *Money::parse(QStringLiteral("3.%1").arg(days + 10)), m_elsewhere,
                now.addDays(-days).addSecs(-60));
        // One before the period, which is not in it.
        m_fake->bookOutside(QString(), *Money::parse(u"9.99"), m_elsewhere, now.addDays(-200));
        if (auto *cryptomus = qobject_cast<pd::fakes::CryptomusFake *>(m_fake.get()))
            cryptomus->setPerPage(2); // Cryptomus cuts its own pages
        const Reconciler::Outcome o = reconcile(now.addDays(-180), now, 2);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.run.rows, int(daysAgo.size()));
        QCOMPARE(o.mismatches.size(), daysAgo.size());
        for (const Mismatch &m : o.mismatches) {
            QCOMPARE(m.kind, Mismatch::Kind::NotInDesk);
            QVERIFY(booked.contains(m.key));
        }
    }

    // Yesterday, once: a payout made outside the desk yesterday is found and told; the next
    // check of the same day runs nothing (one run per day and book).
    void dailyRunOncePerDay()
    {
        const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
        m_fake->bookOutside(
            QString(), *Money::parse(u"4.44"), m_elsewhere, yesterday.startOfDay(Qt::UTC).addSecs(43200));
        Reconciler reconciler(m_workspace->database(), *m_hub, *m_engine, m_currencies);
        DailyReconciliation daily(m_workspace->database(), m_registry, *m_hub, reconciler);
        QSignalSpy told(&daily, &DailyReconciliation::mismatchesOpen);
        QSignalSpy checked(&daily, &DailyReconciliation::checked);
        daily.checkNow(yesterday);
        QVERIFY(checked.wait(30000));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().at(0).toString(), provider());
        QCOMPARE(told.first().at(1).toInt(), 1);
        daily.checkNow(yesterday);
        QVERIFY(checked.wait(30000));
        QCOMPARE(told.size(), 1);
        QCOMPARE(Reconciliations(m_workspace->database()).runs(10).size(), 1);
    }

    // A desk that stopped after sending left its attempt unknown, and the provider booked it;
    // the reconciliation records it through the engine: paid, nothing open, nothing sent again.
    void unknownAttemptIsSettled()
    {
        const QStringList ids = addOrders(1);
        AttemptStore attempts(m_workspace->database());
        const Order order = *OrderStore(m_workspace->database()).byId(ids.first());
        QString error;
        const auto claimed = attempts.claim(ids.first(), provider(), QStringLiteral("tester"),
            QString::fromUtf8(QJsonDocument(Order::valuesToJson(order.toValues)).toJson(QJsonDocument::Compact)),
            &error);
        QVERIFY2(claimed, qPrintable(error));
        QVERIFY(attempts.markSent(claimed->id, &error));
        // What a desk that stopped after sending leaves (DeskRuntime::recover marks it so).
        QCOMPARE(attempts.record(*attempts.byId(claimed->id), { State::Sent }, State::Unknown, QString(),
                     QStringLiteral("the desk stopped before the answer came"), std::nullopt, QStringLiteral("tester"),
                     &error),
            AttemptStore::Record::Done);
        QCOMPARE(attempts.byId(claimed->id)->state, State::Unknown);
        QVERIFY(!m_fake->bookOutside(claimed->key, order.outAmount, address()).isEmpty());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Reconciler::Outcome o = reconcile(now.addSecs(-3600), now);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.run.settled, 1);
        QVERIFY2(o.mismatches.isEmpty(), qPrintable(o.mismatches.value(0).providerSide));
        QCOMPARE(attempts.byId(claimed->id)->state, State::Paid);
        QCOMPARE(OrderStore(m_workspace->database()).byId(ids.first())->status, OrderStatus::Done);
        QCOMPARE(m_fake->bookedReferences().filter(ids.first().toLower()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "test_reconcile.moc"
