#include "ProviderRegistry.h"
#include "SandboxServer.h"
#include "TestBook.h"
#include "WhiteBitFake.h"
#include "contract/CurrencyRegistry.h"
#include "listener/DeskListener.h"
#include "listener/WebhookRoute.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QAtomicInt>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using State = PayoutAttempt::State;

namespace {

const QByteArray secret = QByteArrayLiteral("webhook-secret");

// The sandbox's API calls, counted from its debug log: which call re-read a payout.
QAtomicInt rereads; // POST /api/payouts/one (spec/000's url_final)
QAtomicInt statusReads; // GET /transaction
QtMessageHandler previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "payoutdesk.sandbox") == 0 && type == QtDebugMsg) {
        if (message.startsWith(QLatin1String("POST /api/payouts/one ")))
            rereads.ref();
        else if (message.startsWith(QLatin1String("GET /transaction")))
            statusReads.ref();
        return; // counted, not printed
    }
    previousHandler(type, context, message);
}

// A webhook as it came over the wire: body and signature headers.
struct Webhook {
    QByteArray body;
    QByteArray timestamp;
    QByteArray signature;
};

struct HttpAnswer {
    int status = 0;
    QJsonObject json;
    QByteArray allow;
};

} // namespace

// POST /webhook/<provider> on the desk's listener, against the sandbox provider's real server
// on 127.0.0.1, with the adapter's secret in a real gnome-keyring.
class TestWebhooks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<PayoutEngine> m_engine;
    std::unique_ptr<DeskListener> m_listener;
    std::unique_ptr<WebhookRoute> m_route;

    // Stands in for the desk when a test wants a webhook's exact bytes: it keeps them and
    // answers 200, and the test delivers them to the listener itself.
    std::unique_ptr<QHttpServer> m_capture;
    QList<Webhook> m_captured;

    Database &db() { return m_workspace->database(); }

    QString addOrder(int uid)
    {
        Order o;
        o.uid = uid;
        o.id = QStringLiteral("65c00000000000000000%1").arg(o.uid, 4, 16, QLatin1Char('0'));
        o.status = OrderStatus::InProgressPayout;
        o.inAmount = *Money::parse(u"0.01");
        o.outAmount = *Money::parse(u"10.50");
        o.xmlFrom = QStringLiteral("BTC");
        o.xmlTo = QStringLiteral("USDTTRC20");
        o.toValues = { { QStringLiteral("address"), QStringLiteral("Wallet"),
            QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
        o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
        OrderStore(db()).add(
            { o }, { HistoryEntry::arrival(o.id, o.status, QStringLiteral("test"), QString()) }, nullptr);
        return o.id;
    }

    // Approves one order; with approval on at the sandbox it is left pending.
    PayoutAttempt approvePending(int uid)
    {
        const QString id = addOrder(uid);
        PayoutRun *run = m_engine->approve({ { id, QStringLiteral("sandbox") } }, QStringLiteral("tester"));
        if (run->done() < run->total())
            QSignalSpy(run, &PayoutRun::finished).wait(20000);
        const auto attempts = AttemptStore(db()).forOrder(id);
        return attempts.isEmpty() ? PayoutAttempt() : attempts.first();
    }

    OrderStatus statusOf(const QString &orderId) { return OrderStore(db()).byId(orderId)->status; }
    State stateOf(qint64 attemptId) { return AttemptStore(db()).byId(attemptId)->state; }
    qsizetype historyOf(const QString &orderId) { return OrderStore(db()).history(orderId).size(); }

    QList<ActivityLog::Entry> rejections()
    {
        QList<ActivityLog::Entry> list;
        for (const ActivityLog::Entry &e : ActivityLog(db()).recent(100))
            if (e.kind == QLatin1String("webhook.rejected"))
                list << e;
        return list;
    }

    static Webhook signedWebhook(const QByteArray &body)
    {
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        return { body, timestamp,
            QMessageAuthenticationCode::hash(timestamp + '\n' + body, secret, QCryptographicHash::Sha256).toHex() };
    }

    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(m_listener->port());
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Allow") };
    }

    QNetworkReply *deliverAsync(const Webhook &w)
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(m_listener->port());
        url.setPath(QStringLiteral("/webhook/sandbox"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-TIMESTAMP", w.timestamp);
        request.setRawHeader("X-SIGNATURE", w.signature);
        return m_network.post(request, w.body);
    }

    HttpAnswer deliver(const Webhook &w)
    {
        return send("POST", QStringLiteral("/webhook/sandbox"), w.body,
            { { "X-TIMESTAMP", w.timestamp }, { "X-SIGNATURE", w.signature } });
    }

    // From now on the sandbox's webhooks go to the capture server, not the desk.
    void captureWebhooks()
    {
        m_capture = std::make_unique<QHttpServer>();
        m_capture->route(QStringLiteral("/webhook/<arg>"), [this](const QString &, const QHttpServerRequest &request) {
            m_captured << Webhook { request.body(), request.value("X-TIMESTAMP"), request.value("X-SIGNATURE") };
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = m_capture->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QVERIFY(DeskSettings(db()).setValue(
            QString::fromLatin1(DeskSettings::publicUrl), QStringLiteral("http://127.0.0.1:%1").arg(port)));
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("payoutdesk.sandbox.debug=true"));
        previousHandler = qInstallMessageHandler(countingHandler);
    }

    void init()
    {
        rereads.storeRelaxed(0);
        statusReads.storeRelaxed(0);
        m_captured.clear();
        m_server = std::make_unique<SandboxServer>(SandboxServer::Credentials { QStringLiteral("k"), secret });
        QVERIFY(m_server->listen());
        m_server->setBalance(QStringLiteral("USDT"), *Money::parse(u"100000.00"));
        QString error;
        m_workspace = TestBook::open(m_dir.filePath(QString::number(++m_run)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, db(), *m_secrets, &m_network);
        const auto manifest = *m_registry.manifest(QStringLiteral("sandbox"));
        ProviderSettings settings(db());
        QVERIFY(settings.setValue(
            manifest, QStringLiteral("apiUrl"), m_server->baseUrl().toString(), QStringLiteral("t"), &error));
        QVERIFY(
            settings.setValue(manifest, QStringLiteral("apiKey"), QStringLiteral("k"), QStringLiteral("t"), &error));
        QVERIFY(
            settings.setValue(manifest, QStringLiteral("enabled"), QStringLiteral("1"), QStringLiteral("t"), &error));
        SecretJob *job
            = m_secrets->write(QStringLiteral("sandbox"), QStringLiteral("apiSecret"), QString::fromLatin1(secret));
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
        QVERIFY2(job->ok(), qPrintable(job->error()));
        m_engine = std::make_unique<PayoutEngine>(db(), *m_hub, m_currencies);

        // The listener as whoever starts it would: from the address in the desk's settings.
        m_listener = std::make_unique<DeskListener>();
        m_route = std::make_unique<WebhookRoute>(*m_listener, db(), *m_hub, *m_engine);
        const auto address = DeskListener::parseAddress(QStringLiteral("127.0.0.1:0"));
        QVERIFY(address);
        QVERIFY2(m_listener->listen(address->host, address->port, &error), qPrintable(error));
        QVERIFY(m_listener->port() != 0);
        QVERIFY(DeskSettings(db()).setValue(
            QString::fromLatin1(DeskSettings::listenAddress), QStringLiteral("127.0.0.1:%1").arg(m_listener->port())));
        QCOMPARE(DeskSettings(db()).webhookUrl(QStringLiteral("sandbox")),
            QStringLiteral("http://127.0.0.1:%1/webhook/sandbox").arg(m_listener->port()));
    }

    void cleanup()
    {
        m_capture.reset();
        m_route.reset();
        m_listener.reset();
        m_engine.reset();
        m_hub.reset();
        m_secrets.reset();
        m_workspace.reset();
        m_server.reset();
    }

    // The sandbox settles a payout and calls the desk back; the desk re-reads the payout
    // through POST /api/payouts/one and only then records it and answers 200.
    void webhookSettlesThroughReread()
    {
        m_server->setApproval(true, 100, QStringLiteral("DONE"));
        QSignalSpy delivered(m_server.get(), &SandboxServer::webhookDelivered);
        QSignalSpy handled(m_route.get(), &WebhookRoute::handled);
        const PayoutAttempt attempt = approvePending(1);
        QCOMPARE(attempt.state, State::Pending);
        const int statusReadsBefore = statusReads.loadRelaxed();

        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().at(0).toString(), attempt.transaction);
        QCOMPARE(delivered.first().at(1).toInt(), 200);
        // Answered after the re-read was recorded: no waiting needed here.
        QCOMPARE(stateOf(attempt.id), State::Paid);
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::Done);
        QCOMPARE(rereads.loadRelaxed(), 1);
        QCOMPARE(statusReads.loadRelaxed(), statusReadsBefore); // the re-read, not the status call
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(1).toString(), attempt.transaction);
        QCOMPARE(handled.first().at(2).toInt(), 200);
        const auto history = OrderStore(db()).history(attempt.orderId);
        QCOMPARE(history.last().status, OrderStatus::Done);
        QCOMPARE(history.last().actor, QStringLiteral("webhook"));
        QCOMPARE(m_server->ledger().size(), 1);
        QVERIFY(rejections().isEmpty());
    }

    // The sandbox's own webhook, captured, delivered, then replayed byte for byte and sent
    // twice at once: the first applies, the others change nothing.
    void replayedWebhookChangesNothing()
    {
        captureWebhooks();
        m_server->setApproval(true, 100, QStringLiteral("DONE"));
        const PayoutAttempt attempt = approvePending(2);
        QCOMPARE(attempt.state, State::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(m_captured.size(), 1, 20000);
        const Webhook webhook = m_captured.first();
        QCOMPARE(stateOf(attempt.id), State::Pending); // the desk has not heard of it yet

        HttpAnswer first = deliver(webhook);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("state")).toString(), QStringLiteral("paid"));
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::Done);
        const qsizetype entries = historyOf(attempt.orderId);
        const int rereadsAfterFirst = rereads.loadRelaxed();
        QCOMPARE(rereadsAfterFirst, 1);

        const HttpAnswer replay = deliver(webhook);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(replay.json.value(QStringLiteral("ignored")).toString(), QStringLiteral("already recorded"));
        QCOMPARE(historyOf(attempt.orderId), entries);
        QCOMPARE(stateOf(attempt.id), State::Paid);
        QCOMPARE(rereads.loadRelaxed(), rereadsAfterFirst); // a final attempt asks the provider nothing
        QCOMPARE(m_server->ledger().size(), 1);
        QVERIFY(rejections().isEmpty());
    }

    // Two copies of one webhook at once, both before anything is recorded: both re-read,
    // exactly one records.
    void duplicatedWebhookRecordsOnce()
    {
        captureWebhooks();
        m_server->setApproval(true, 100, QStringLiteral("DONE"));
        const PayoutAttempt attempt = approvePending(3);
        QTRY_COMPARE_WITH_TIMEOUT(m_captured.size(), 1, 20000);
        const qsizetype before = historyOf(attempt.orderId);
        m_server->setLatency(1000); // both re-reads are on their way before either is answered
        const QList<QNetworkReply *> replies = { deliverAsync(m_captured.first()), deliverAsync(m_captured.first()) };
        for (QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(20000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QCOMPARE(stateOf(attempt.id), State::Paid);
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::Done);
        QCOMPARE(rereads.loadRelaxed(), 2);
        QCOMPARE(historyOf(attempt.orderId), before + 1);
    }

    // Any byte of the body changed → 400, logged, nothing changes; the untouched one still works.
    // WhiteBIT numbers its webhooks (params.nonce): the book keeps the last one taken, so a
    // replay is refused although every webhook gets an adapter of its own, and still after the
    // listener and its route are made again (a restart).
    void whiteBitReplayIsRefusedByTheBook()
    {
        fakes::WhiteBitFake fake;
        QVERIFY(fake.listen());
        const auto manifest = *m_registry.manifest(QStringLiteral("whitebit"));
        ProviderSettings settings(db());
        QString error;
        const QHash<QString, QString> config = fake.config();
        for (auto it = config.begin(); it != config.end(); ++it)
            QVERIFY2(settings.setValue(manifest, it.key(), it.value(), QStringLiteral("t"), &error), qPrintable(error));
        QVERIFY(
            settings.setValue(manifest, QStringLiteral("enabled"), QStringLiteral("1"), QStringLiteral("t"), &error));
        const QHash<QString, QString> secrets = fake.secrets();
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            SecretJob *job = m_secrets->write(QStringLiteral("whitebit"), it.key(), it.value());
            QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
            QVERIFY2(job->ok(), qPrintable(job->error()));
        }
        const auto post = [&](const std::pair<QByteArray, QHash<QByteArray, QByteArray>> &webhook) {
            QList<QPair<QByteArray, QByteArray>> headers;
            for (auto it = webhook.second.begin(); it != webhook.second.end(); ++it)
                headers.append({ it.key(), it.value() });
            return send("POST", QStringLiteral("/webhook/whitebit"), webhook.first, headers);
        };
        const QString uniqueId = QStringLiteral("pd-65f0000000000000000000cc-1");
        const auto first = fake.webhook(uniqueId, QStringLiteral("withdraw.successful"));
        const auto second = fake.webhook(uniqueId, QStringLiteral("withdraw.successful"));
        const auto third = fake.webhook(uniqueId, QStringLiteral("withdraw.successful"));

        HttpAnswer answer = post(first);
        QCOMPARE(answer.status, 200); // taken (for a transaction not of this book: ignored)
        answer = post(first);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("replay")),
            qPrintable(answer.json.value(QStringLiteral("error")).toString()));
        QCOMPARE(post(third).status, 200);

        m_route.reset();
        m_listener = std::make_unique<DeskListener>();
        m_route = std::make_unique<WebhookRoute>(*m_listener, db(), *m_hub, *m_engine);
        QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QCOMPARE(post(second).status, 400); // older than the last one taken, though never seen
        QCOMPARE(post(third).status, 400);
        const auto fourth = fake.webhook(uniqueId, QStringLiteral("withdraw.successful"));
        QCOMPARE(post(fourth).status, 200);

        // And a desk in a process of its own on the same book (payoutdesk-cli serve): it
        // refuses what this one took, and takes what is new.
        const QString cli = qEnvironmentVariable("PAYOUTDESK_CLI");
        QVERIFY2(!cli.isEmpty(), "run it through ctest, which says where payoutdesk-cli is");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess serve;
        serve.start(cli,
            { QStringLiteral("--workspace"), m_workspace->dir(), QStringLiteral("serve"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(port) });
        QByteArray said;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         said += serve.readAllStandardOutput();
                         return said.contains("Listening on");
                     },
                     30000),
            QByteArray(said + serve.readAllStandardError()).constData());
        const auto postTo = [&](const std::pair<QByteArray, QHash<QByteArray, QByteArray>> &webhook) {
            QUrl url(QStringLiteral("http://127.0.0.1/webhook/whitebit"));
            url.setPort(port);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            for (auto it = webhook.second.begin(); it != webhook.second.end(); ++it)
                request.setRawHeader(it.key(), it.value());
            QNetworkReply *reply = m_network.post(request, webhook.first);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(20000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(postTo(fourth), 400);
        QCOMPARE(postTo(first), 400);
        QCOMPARE(postTo(fake.webhook(uniqueId, QStringLiteral("withdraw.successful"))), 200);
        serve.terminate();
        QVERIFY(serve.state() == QProcess::NotRunning || QSignalSpy(&serve, &QProcess::finished).wait(20000));
    }

    void tamperedBodyIsRefused()
    {
        captureWebhooks();
        m_server->setApproval(true, 100, QStringLiteral("DONE"));
        const PayoutAttempt attempt = approvePending(4);
        QTRY_COMPARE_WITH_TIMEOUT(m_captured.size(), 1, 20000);
        const Webhook genuine = m_captured.first();
        const qsizetype entries = historyOf(attempt.orderId);

        Webhook tampered = genuine;
        tampered.body.replace("\"DONE\"", "\"DONE \"");
        QVERIFY(tampered.body != genuine.body);
        const HttpAnswer refused = deliver(tampered);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(stateOf(attempt.id), State::Pending);
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::InProgressPayout);
        QCOMPARE(historyOf(attempt.orderId), entries);
        QCOMPARE(rereads.loadRelaxed(), 0);

        Webhook badSignature = genuine;
        badSignature.signature = QByteArray(genuine.signature.size(), '0');
        QCOMPARE(deliver(badSignature).status, 400);
        QCOMPARE(send("POST", QStringLiteral("/webhook/sandbox"), genuine.body).status, 400); // unsigned

        const auto logged = rejections();
        QCOMPARE(logged.size(), 3);
        for (const ActivityLog::Entry &e : logged) {
            QCOMPARE(e.subject, QStringLiteral("sandbox"));
            QVERIFY2(e.message.contains(QStringLiteral("signature")) || e.message.contains(QStringLiteral("timestamp")),
                qPrintable(e.message));
            QVERIFY(!e.message.contains(QString::fromLatin1(secret)));
            QVERIFY(!e.message.contains(QString::fromUtf8(genuine.body)));
            QVERIFY(!e.message.contains(QString::fromUtf8(genuine.signature)));
        }

        QCOMPARE(deliver(genuine).status, 200);
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::Done);
    }

    // A webhook whose body lies (signed, but the payout is still pending at the provider):
    // the re-read says pending, and nothing moves.
    void bodyIsOnlyAHint()
    {
        captureWebhooks();
        m_server->setApproval(true); // settles only when told
        const PayoutAttempt attempt = approvePending(5);
        QCOMPARE(attempt.state, State::Pending);
        const QByteArray body = QJsonDocument(
            QJsonObject { { QStringLiteral("id"), attempt.transaction },
                { QStringLiteral("status"), QStringLiteral("DONE") },
                { QStringLiteral("reference"),
                    attempt.key } }).toJson(QJsonDocument::Compact);
        const HttpAnswer answer = deliver(signedWebhook(body));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(rereads.loadRelaxed(), 1);
        QCOMPARE(stateOf(attempt.id), State::Pending);
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::InProgressPayout);
    }

    void cancelledSettlementFailsTheOrder()
    {
        m_server->setApproval(true, 100, QStringLiteral("CANCELED"));
        QSignalSpy delivered(m_server.get(), &SandboxServer::webhookDelivered);
        const PayoutAttempt attempt = approvePending(6);
        QCOMPARE(attempt.state, State::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
        QCOMPARE(delivered.first().at(1).toInt(), 200);
        QCOMPARE(stateOf(attempt.id), State::Failed);
        QCOMPARE(statusOf(attempt.orderId), OrderStatus::ErrorPayout);
        QCOMPARE(rereads.loadRelaxed(), 1);
        QCOMPARE(m_server->balance(QStringLiteral("USDT")), *Money::parse(u"100000.00")); // given back
    }

    void unknownTransactionIsIgnoredAndLogged()
    {
        const QByteArray body = QByteArrayLiteral(R"({"id":"tx_999","reference":"pd-elsewhere-1","status":"DONE"})");
        const HttpAnswer answer = deliver(signedWebhook(body));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json,
            (QJsonObject { { QStringLiteral("ok"), true },
                { QStringLiteral("ignored"), QStringLiteral("unknown transaction") } }));
        const auto logged = rejections();
        QCOMPARE(logged.size(), 1);
        QVERIFY(logged.first().message.contains(QStringLiteral("tx_999")));
        QCOMPARE(rereads.loadRelaxed(), 0);
    }

    void wrongMethodIs405()
    {
        const HttpAnswer get = send("GET", QStringLiteral("/webhook/sandbox"));
        QCOMPARE(get.status, 405);
        QCOMPARE(get.allow, QByteArrayLiteral("POST"));
        QCOMPARE(send("PUT", QStringLiteral("/webhook/sandbox"), "{}").status, 405);
        QCOMPARE(send("DELETE", QStringLiteral("/webhook/sandbox")).status, 405);
    }

    void unknownProviderIs404()
    {
        const HttpAnswer answer = deliver(signedWebhook("{}"));
        QCOMPARE(answer.status, 400); // the route exists for sandbox; an empty body names no transaction
        QCOMPARE(send("POST", QStringLiteral("/webhook/nosuchprovider"), "{}").status, 404);
        QCOMPARE(send("POST", QStringLiteral("/webhook/"), "{}").status, 404);
        QCOMPARE(send("POST", QStringLiteral("/webhooks/sandbox"), "{}").status, 404);
        QCOMPARE(send("POST", QStringLiteral("/webhook/sandbox/extra"), "{}").status, 404);
    }

    void oversizedBodyIs413()
    {
        const QByteArray big(WebhookRoute::maxBodyBytes + 1, 'x');
        QCOMPARE(deliver(signedWebhook(big)).status, 413);
        QCOMPARE(rejections().size(), 1);
        QVERIFY(!rejections().first().message.contains(QStringLiteral("xxxx")));
        // Exactly at the limit is read (and refused for what it is: no JSON).
        QCOMPARE(deliver(signedWebhook(QByteArray(WebhookRoute::maxBodyBytes, 'x'))).status, 400);
    }

    void disabledProviderIs503()
    {
        QVERIFY(ProviderSettings(db()).setValue(*m_registry.manifest(QStringLiteral("sandbox")),
            QStringLiteral("enabled"), QStringLiteral("0"), QStringLiteral("t"), nullptr));
        const HttpAnswer answer = deliver(signedWebhook(R"({"id":"tx_1","status":"DONE"})"));
        QCOMPARE(answer.status, 503);
        QVERIFY2(answer.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("disabled")),
            qPrintable(answer.json.value(QStringLiteral("error")).toString()));
        QCOMPARE(rejections().size(), 1);
    }

    void listenerIsOffUntilListening()
    {
        DeskListener listener;
        QVERIFY(!listener.isListening());
        QCOMPARE(listener.port(), quint16(0));
        QString error;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0, &error));
        const quint16 port = listener.port();
        QVERIFY(port != 0);
        // A port in use is refused with a reason.
        DeskListener second;
        QVERIFY(!second.listen(QHostAddress::LocalHost, port, &error));
        QVERIFY(!error.isEmpty());
        listener.close();
        QVERIFY(!listener.isListening());
        QVERIFY(second.listen(QHostAddress::LocalHost, port, &error));

        // The main listener, closed: nobody answers any more.
        const quint16 mainPort = m_listener->port();
        m_listener->close();
        QUrl url(QStringLiteral("http://127.0.0.1/webhook/sandbox"));
        url.setPort(mainPort);
        QNetworkReply *reply = m_network.post(QNetworkRequest(url), QByteArray("{}"));
        QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
    }

    void parsesAddresses()
    {
        auto a = DeskListener::parseAddress(QStringLiteral("127.0.0.1:8787"));
        QVERIFY(a);
        QCOMPARE(a->host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(a->port, quint16(8787));
        a = DeskListener::parseAddress(QStringLiteral("[::1]:9000"));
        QVERIFY(a);
        QCOMPARE(a->host, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(
            DeskListener::parseAddress(QStringLiteral("localhost:1"))->host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(DeskListener::parseAddress(QStringLiteral("0.0.0.0:80"))->host, QHostAddress(QHostAddress::AnyIPv4));
        QString error;
        for (const char *bad :
            { "", "127.0.0.1", "127.0.0.1:", "127.0.0.1:99999", "desk.example.com:80", "127.0.0.1:80/x", "a:b" }) {
            QVERIFY2(!DeskListener::parseAddress(QString::fromLatin1(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "test_webhooks.moc"
