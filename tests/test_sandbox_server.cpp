// The sandbox provider's server over real HTTP on 127.0.0.1. Requests are signed here, by hand, from
// providers/sandbox/README.md, so the server is held to the written contract, not to the adapter.
#include "SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using pd::Money;
using pd::SandboxServer;

namespace {

const QString kKey = u"sandbox-key"_s;
const QByteArray kSecret = QByteArrayLiteral("canary-secret-5f1d0c");

QByteArray hmacHex(const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, kSecret, QCryptographicHash::Sha256).toHex();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

struct Reply {
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;
    qint64 elapsedMs = 0;
    QString str(const char *key) const { return json.value(QLatin1String(key)).toString(); }
    int num(const char *key) const { return json.value(QLatin1String(key)).toInt(-1); }
    QString code() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

// What a request is signed over; each field can be made to differ from what is sent.
struct Signing {
    QByteArray method;
    QByteArray target;
    QByteArray body;
    std::optional<qint64> timestamp; // default: now, see TestSandboxServer::sendSigned
    QString key = kKey;
};

} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_transferTimeoutMs = 15000;
    QHash<QByteArray, qint64> m_lastSigned; // signed bytes → the timestamp they were last signed with

    Reply finish(QNetworkReply *reply, const QElapsedTimer &clock)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Reply out;
        out.elapsedMs = clock.elapsed();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.body = reply->isOpen() ? reply->readAll() : QByteArray();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(out.body, &parseError);
        out.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
        out.json = document.object();
        reply->deleteLater();
        return out;
    }

    // Sends `method target body`, signed as `signing` says (by default: exactly what is sent).
    Reply sendSigned(const QByteArray &method, const QByteArray &target, const QByteArray &body, Signing signing = {})
    {
        if (signing.method.isNull())
            signing.method = method;
        if (signing.target.isNull())
            signing.target = target;
        if (signing.body.isNull())
            signing.body = body;
        // The server accepts a signature once, and a timestamp has one-second resolution: the same
        // request twice within a second needs the next second to be a new request (a client that
        // polls must do the same). Tests that replay on purpose give the timestamp themselves.
        const QByteArray what = signing.method + '\n' + signing.target + '\n' + signing.body;
        qint64 signedAt = QDateTime::currentSecsSinceEpoch();
        if (signing.timestamp)
            signedAt = *signing.timestamp;
        else if (m_lastSigned.contains(what))
            signedAt = std::max(signedAt, m_lastSigned.value(what) + 1);
        m_lastSigned.insert(what, signedAt);
        const QByteArray timestamp = QByteArray::number(signedAt);
        // No X-NONCE header: the nonce line of the signed message is empty.
        QByteArray message = signing.method + '\n' + signing.target + '\n' + timestamp + "\n\n" + signing.body;
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QString::fromLatin1(target)));
        request.setRawHeader("X-API-KEY", signing.key.toUtf8());
        request.setRawHeader("X-TIMESTAMP", timestamp);
        request.setRawHeader("X-SIGNATURE", hmacHex(message));
        return send(request, method, body);
    }

    Reply send(QNetworkRequest request, const QByteArray &method, const QByteArray &body)
    {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_transferTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        return finish(m_network->sendCustomRequest(request, method, body), clock);
    }

    Reply get(const QByteArray &target) { return sendSigned("GET", target, QByteArray()); }
    Reply post(const QByteArray &target, const QJsonObject &body) { return sendSigned("POST", target, json(body)); }

    // The control endpoints: unsigned.
    Reply control(const QByteArray &path, const QJsonObject &body) { return sendUnsigned("POST", path, json(body)); }
    Reply controlGet(const QByteArray &path) { return sendUnsigned("GET", path, QByteArray()); }
    Reply sendUnsigned(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        return send(QNetworkRequest(QUrl(m_server->baseUrl().toString() + QString::fromLatin1(path))), method, body);
    }

    static QJsonObject transfer(const QString &reference, const char *amount = "10.50", const char *currency = "USDT")
    {
        return QJsonObject { { u"amount"_s, QString::fromLatin1(amount) },
            { u"currency"_s, QString::fromLatin1(currency) }, { u"network"_s, u"TRC20"_s },
            { u"to"_s, u"TXyz1recipient"_s }, { u"reference"_s, reference } };
    }

    QString statusOf(int index) const { return m_server->ledger().at(index).toObject().value(u"status"_s).toString(); }

    void expectNothingBooked()
    {
        QCOMPARE(m_server->ledger().size(), 0);
        QCOMPARE(m_server->balance(u"USDT"_s), money("1000.00"));
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(SandboxServer::Credentials { kKey, kSecret });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_server->port() != 0);
        m_server->setBalance(u"USDT"_s, money("1000.00"));
        m_server->setBalance(u"BTC"_s, money("0.5"));
        m_network = std::make_unique<QNetworkAccessManager>(); // fresh connections for every test
        m_transferTimeoutMs = 15000;
        m_lastSigned.clear();
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void balance()
    {
        const Reply reply = get("/balance");
        QCOMPARE(reply.status, 200);
        const QJsonObject balances = reply.json.value(u"balances"_s).toObject();
        QCOMPARE(balances.value(u"USDT"_s).toString(), u"1000.00"_s);
        QCOMPARE(balances.value(u"BTC"_s).toString(), u"0.5"_s);
    }

    void transferPaysOnceAndDebits()
    {
        QSignalSpy booked(m_server.get(), &SandboxServer::payoutBooked);
        Reply reply = post("/transfer", transfer(u"pd-1"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.num("ok"), 1);
        QCOMPARE(reply.str("transaction"), u"tx_1"_s);
        QCOMPARE(reply.str("amount"), u"10.50"_s);
        QCOMPARE(reply.str("currency"), u"USDT"_s);
        QCOMPARE(reply.str("to"), u"TXyz1recipient"_s);
        QCOMPARE(booked.size(), 1);
        QCOMPARE(m_server->balance(u"USDT"_s), money("989.50"));

        reply = post("/transfer", transfer(u"pd-2"_s, "0.1", "BTC"));
        QCOMPARE(reply.str("transaction"), u"tx_2"_s);
        QCOMPARE(get("/balance").json.value(u"balances"_s).toObject().value(u"BTC"_s).toString(), u"0.4"_s);
        QCOMPARE(m_server->ledger().size(), 2);
        QCOMPARE(statusOf(1), u"DONE"_s);
    }

    void transferRefusals()
    {
        // Each one field changed (undefined: removed) makes an invalid transfer.
        const QList<std::pair<QString, QJsonValue>> changes { { u"amount"_s, QJsonValue::Undefined },
            { u"amount"_s, 10.5 } /* a JSON number has been through a double */, { u"amount"_s, u"0"_s },
            { u"amount"_s, u"-1"_s }, { u"amount"_s, u"1e3"_s }, { u"amount"_s, u"10,5"_s },
            { u"reference"_s, QJsonValue::Undefined }, { u"to"_s, u" "_s }, { u"webhook_url"_s, u"ftp://x"_s } };
        for (const auto &[field, value] : changes) {
            QJsonObject body = transfer(u"pd-x"_s);
            if (value.isUndefined())
                body.remove(field);
            else
                body.insert(field, value);
            const Reply reply = post("/transfer", body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.code(), u"invalid_request"_s);
        }
        QCOMPARE(sendSigned("POST", "/transfer", "not json").code(), u"invalid_request"_s);

        Reply reply = post("/transfer", transfer(u"pd-x"_s, "1", "DOGE"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"unknown_currency"_s);

        reply = post("/transfer", transfer(u"pd-x"_s, "1000.01"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), u"insufficient_balance"_s);
        expectNothingBooked();

        QCOMPARE(post("/transfer", transfer(u"pd-all"_s, "1000.00")).status, 200); // all of it is fine
        QCOMPARE(m_server->balance(u"USDT"_s), money("0"));
    }

    void duplicateReferenceIsNeverPaidTwice()
    {
        QCOMPARE(post("/transfer", transfer(u"pd-7"_s)).status, 200);
        const Reply second = post("/transfer", transfer(u"pd-7"_s, "3.00"));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.code(), u"duplicate_reference"_s);
        QCOMPARE(m_server->ledger().size(), 1);
        QCOMPARE(m_server->duplicateCount(), 1);
        QCOMPARE(m_server->balance(u"USDT"_s), money("989.50"));

        const Reply ledger = controlGet("/control/ledger");
        QCOMPARE(ledger.status, 200);
        QCOMPARE(ledger.json.value(u"payouts"_s).toArray().size(), 1);
        QCOMPARE(ledger.json.value(u"duplicates"_s).toObject().value(u"pd-7"_s).toInt(), 1);
    }

    void lookups()
    {
        QCOMPARE(post("/transfer", transfer(u"pd-1"_s)).status, 200);
        QCOMPARE(post("/transfer", transfer(u"pd 2+b"_s, "1")).status, 200); // needs encoding in a query

        Reply reply = get("/transaction?id=tx_1");
        QCOMPARE(reply.status, 200);
        const QJsonObject tx = reply.json;
        QCOMPARE(tx.value(u"id"_s).toString(), u"tx_1"_s);
        QCOMPARE(tx.value(u"status"_s).toString(), u"DONE"_s);
        QCOMPARE(tx.value(u"amount"_s).toString(), u"10.50"_s);
        QCOMPARE(tx.value(u"network"_s).toString(), u"TRC20"_s);
        QCOMPARE(tx.value(u"reference"_s).toString(), u"pd-1"_s);
        QVERIFY(qAbs(tx.value(u"created"_s).toInteger() - QDateTime::currentMSecsSinceEpoch()) < 60000);

        QCOMPARE(get("/transaction?reference=pd-1").json, tx);
        QCOMPARE(get("/transaction?reference=pd%202%2Bb").str("id"), u"tx_2"_s);
        QCOMPARE(post("/api/payouts/one", QJsonObject { { u"id"_s, u"tx_1"_s } }).json, tx);

        QCOMPARE(get("/transaction?reference=pd-404").status, 404);
        QCOMPARE(get("/transaction?id=tx_9").code(), u"not_found"_s);
        QCOMPARE(get("/transaction").status, 400);
        QCOMPARE(post("/api/payouts/one", QJsonObject { { u"id"_s, u"tx_0"_s } }).status, 404);
    }

    void approvalSettlesToDoneThenToCanceled()
    {
        QCOMPARE(control("/control/approval",
                     { { u"enabled"_s, true }, { u"settle_after_ms"_s, 200 }, { u"outcome"_s, u"DONE"_s } })
                     .status,
            200);
        QSignalSpy settled(m_server.get(), &SandboxServer::payoutSettled);
        Reply reply = post("/transfer", transfer(u"pd-1"_s));
        QCOMPARE(reply.num("ok"), 2);
        QCOMPARE(get("/transaction?id=tx_1").str("status"), u"PENDING"_s);
        QCOMPARE(m_server->balance(u"USDT"_s), money("989.50")); // taken when booked
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.at(0).at(1).toString(), u"DONE"_s);
        QCOMPARE(get("/transaction?id=tx_1").str("status"), u"DONE"_s);

        m_server->setApproval(true, 100, u"CANCELED"_s);
        QCOMPARE(post("/transfer", transfer(u"pd-2"_s, "100")).num("ok"), 2);
        QCOMPARE(m_server->balance(u"USDT"_s), money("889.50"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(1), u"CANCELED"_s, 10000);
        QCOMPARE(m_server->balance(u"USDT"_s), money("989.50")); // given back
    }

    void manualSettle()
    {
        QCOMPARE(control("/control/approval", { { u"enabled"_s, true } }).status, 200);
        QCOMPARE(post("/transfer", transfer(u"pd-1"_s)).num("ok"), 2);
        const QJsonObject settle { { u"id"_s, u"tx_1"_s }, { u"status"_s, u"DONE"_s } };
        Reply reply = control("/control/settle", settle);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.str("status"), u"DONE"_s);
        QCOMPARE(control("/control/settle", settle).code(), u"not_pending"_s); // never moves back
        QCOMPARE(control("/control/settle", { { u"id"_s, u"tx_5"_s }, { u"status"_s, u"DONE"_s } }).status, 404);
    }

    void webhookIsSignedAndDelivered()
    {
        struct Received {
            QByteArray body, timestamp, signature;
        };
        QList<Received> received;
        QHttpServer desk;
        desk.route(u"/hook"_s, [&received](const QHttpServerRequest &request) {
            received.append({ request.body(), request.value("X-TIMESTAMP"), request.value("X-SIGNATURE") });
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 deskPort = desk.listen(QHostAddress::LocalHost, 0);
        QVERIFY(deskPort != 0);

        m_server->setApproval(true, 50, u"DONE"_s);
        QSignalSpy delivered(m_server.get(), &SandboxServer::webhookDelivered);
        QJsonObject body = transfer(u"pd-hook"_s);
        body.insert(u"webhook_url"_s, u"http://127.0.0.1:%1/hook"_s.arg(deskPort));
        QCOMPARE(post("/transfer", body).num("ok"), 2);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.at(0).at(1).toInt(), 200);
        QCOMPARE(received.size(), 1);

        const Received &hook = received.at(0);
        QCOMPARE(hook.signature, hmacHex(hook.timestamp + '\n' + hook.body));
        QVERIFY(qAbs(hook.timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) <= 60);
        const QJsonObject payload = QJsonDocument::fromJson(hook.body).object();
        QCOMPARE(payload,
            (QJsonObject { { u"id"_s, u"tx_1"_s }, { u"status"_s, u"DONE"_s }, { u"reference"_s, u"pd-hook"_s } }));
    }

    void faultLatency()
    {
        QCOMPARE(control("/control/faults", { { u"latency_ms"_s, 300 } }).status, 200);
        const Reply reply = get("/balance");
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.elapsedMs >= 300, qPrintable(QString::number(reply.elapsedMs)));
        QVERIFY(get("/balance").elapsedMs >= 300); // every answer, not just the next one

        // Slower than the client's patience: booked all the same; the late answer finds no one.
        m_transferTimeoutMs = 100;
        QCOMPARE(post("/transfer", transfer(u"pd-late"_s)).status, 0);
        QCOMPARE(m_server->ledger().size(), 1);
        m_transferTimeoutMs = 15000;
        QCOMPARE(get("/balance").status, 200); // answered after the abandoned answer was due
    }

    void faultHttp500BooksNothing()
    {
        QCOMPARE(control("/control/faults", { { u"next"_s, u"http500"_s } }).status, 200);
        const Reply reply = post("/transfer", transfer(u"pd-1"_s));
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.code(), u"internal"_s);
        expectNothingBooked();
        QCOMPARE(post("/transfer", transfer(u"pd-1"_s)).status, 200); // the fault was for one call
        QCOMPARE(m_server->ledger().size(), 1);
    }

    void faultMalformedBooksAndAnswersNonJson()
    {
        m_server->setFault(SandboxServer::Fault::Malformed);
        const Reply reply = post("/transfer", transfer(u"pd-1"_s));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.isJson);
        QCOMPARE(m_server->ledger().size(), 1);
    }

    void faultTimeoutBooksAndNeverAnswers()
    {
        QCOMPARE(control("/control/faults", { { u"next"_s, u"timeout"_s } }).status, 200);
        m_transferTimeoutMs = 1000;
        const Reply reply = post("/transfer", transfer(u"pd-1"_s));
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::OperationCanceledError || reply.error == QNetworkReply::TimeoutError,
            qPrintable(QString::number(reply.error)));
        QCOMPARE(m_server->ledger().size(), 1); // booked all the same: the desk must reconcile, not resend
        QCOMPARE(get("/transaction?reference=pd-1").str("id"), u"tx_1"_s);
    }

    void faultDropAfterBooking()
    {
        // The server's side, byte for byte: the request is booked and the connection closes with
        // nothing written back.
        m_server->setFault(SandboxServer::Fault::DropAfterBooking);
        const QByteArray body = json(transfer(u"pd-raw"_s));
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(10000));
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.write("POST /transfer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-API-KEY: "
            + kKey.toUtf8() + "\r\nX-TIMESTAMP: " + timestamp
            + "\r\nX-SIGNATURE: " + hmacHex("POST\n/transfer\n" + timestamp + "\n\n" + body)
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(closed.wait(10000));
        QCOMPARE(socket.readAll(), QByteArray());
        QCOMPARE(m_server->ledger().size(), 1);

        // What a Qt client sees: QNetworkAccessManager (6.4) silently resends a request whose
        // connection closed before any answer, even a POST; the resend carries the same signature
        // and is refused as a replay. Either way the client has no answer it may take as "not
        // paid", and the ledger holds exactly one payout.
        QCOMPARE(control("/control/faults", { { u"next"_s, u"drop_after_booking"_s }, { u"count"_s, 1 } })
                     .json.value(u"count"_s)
                     .toInt(),
            1);
        const Reply reply = post("/transfer", transfer(u"pd-1"_s));
        QVERIFY2((reply.status == 0 && reply.error != QNetworkReply::NoError)
                || (reply.status == 401 && reply.code() == QLatin1String("replayed_signature")),
            qPrintable(QString::number(reply.status) + u' ' + QString::fromUtf8(reply.body)));
        QCOMPARE(m_server->ledger().size(), 2);
        QCOMPARE(m_server->pendingFaultCount(), 0);
        QCOMPARE(post("/transfer", transfer(u"pd-1"_s)).status, 409); // a retry that must not pay
        QCOMPARE(m_server->ledger().size(), 2);
    }

    void refusals()
    {
        const QByteArray body = json(transfer(u"pd-1"_s));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        struct Case {
            const char *what;
            QByteArray method, target, sentBody;
            Signing signing;
            const char *code;
        };
        const QList<Case> cases {
            { "unknown key", "POST", "/transfer", body, { {}, {}, {}, now, u"other-key"_s }, "bad_signature" },
            { "tampered body", "POST", "/transfer", body, { {}, {}, json(transfer(u"pd-1"_s, "1.00")), now },
                "bad_signature" },
            { "tampered method", "POST", "/transfer", body, { "GET", {}, {}, now }, "bad_signature" },
            { "tampered path", "POST", "/transfer", body, { {}, "/transfers", {}, now }, "bad_signature" },
            { "tampered query", "GET", "/transaction?id=tx_1", {}, { {}, "/transaction?id=tx_2", {}, now },
                "bad_signature" },
            { "stale timestamp", "POST", "/transfer", body, { {}, {}, {}, now - 120 }, "stale_timestamp" },
            { "future timestamp", "POST", "/transfer", body, { {}, {}, {}, now + 120 }, "stale_timestamp" },
        };
        for (const Case &c : cases) {
            const Reply reply = sendSigned(c.method, c.target, c.sentBody, c.signing);
            QVERIFY2(reply.status == 401, c.what);
            QVERIFY2(reply.code() == QLatin1String(c.code), qPrintable(QLatin1String(c.what) + u' ' + reply.code()));
        }
        // A header changed after signing: the timestamp the server sees is not the one signed.
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + u"/transfer"_s));
        request.setRawHeader("X-API-KEY", kKey.toUtf8());
        request.setRawHeader("X-TIMESTAMP", QByteArray::number(now + 1));
        request.setRawHeader("X-SIGNATURE", hmacHex("POST\n/transfer\n" + QByteArray::number(now) + "\n\n" + body));
        QCOMPARE(send(request, "POST", body).code(), u"bad_signature"_s);
        expectNothingBooked();

        // The same signed request twice: paid once, then refused as a replay (not as a duplicate).
        const Signing once { {}, {}, {}, now };
        QCOMPARE(sendSigned("POST", "/transfer", body, once).status, 200);
        const Reply replay = sendSigned("POST", "/transfer", body, once);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.code(), u"replayed_signature"_s);
        QCOMPARE(m_server->ledger().size(), 1);
        QCOMPARE(m_server->duplicateCount(), 0);
    }

    void controlEndpoints()
    {
        Reply reply = control("/control/balances", { { u"USDT"_s, u"500.00"_s }, { u"ETH"_s, u"2"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_server->balance(u"USDT"_s), money("500"));
        QCOMPARE(reply.json.value(u"balances"_s).toObject().value(u"ETH"_s).toString(), u"2"_s);
        // All or nothing: one bad amount changes no balance.
        reply = control("/control/balances", { { u"USDT"_s, u"1"_s }, { u"BTC"_s, 0.5 } });
        QCOMPARE(reply.status, 400);
        QCOMPARE(m_server->balance(u"USDT"_s), money("500"));

        QCOMPARE(control("/control/faults", { { u"next"_s, u"explode"_s } }).status, 400);
        reply = control("/control/faults", { { u"next"_s, u"malformed"_s }, { u"count"_s, 3 } });
        QCOMPARE(reply.str("next"), u"malformed"_s);
        QCOMPARE(m_server->pendingFaultCount(), 3);
        QCOMPARE(control("/control/faults", { { u"next"_s, QJsonValue::Null } }).str("next"), u"none"_s);
        QCOMPARE(control("/control/approval", { { u"enabled"_s, true }, { u"outcome"_s, u"LOST"_s } }).status, 400);
        QVERIFY(!m_server->approvalEnabled());

        QCOMPARE(controlGet("/control/nothing").status, 404);
        QCOMPARE(controlGet("/transfer").status, 405);
        QCOMPARE(controlGet("/balance").code(), u"bad_signature"_s); // the API is never unsigned
    }

    void secretNeverLogged()
    {
        static QList<QString> messages;
        messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { messages.append(text); });
        QLoggingCategory::setFilterRules(u"payoutdesk.sandbox.debug=true"_s);
        post("/transfer", transfer(u"pd-1"_s));
        sendSigned("GET", "/balance", {}, { {}, {}, {}, 0 });
        m_server->setApproval(true, 0);
        post("/transfer", transfer(u"pd-2"_s));
        QTRY_COMPARE(statusOf(1), u"DONE"_s);
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        QVERIFY(!messages.isEmpty());
        for (const QString &text : std::as_const(messages)) {
            QVERIFY2(
                !text.contains(QString::fromLatin1(kSecret)) && !text.contains(QString::fromLatin1(kSecret.toHex())),
                qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "test_sandbox_server.moc"
