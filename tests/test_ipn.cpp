#include "TestBook.h"
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "merchant/IpnInbox.h"
#include "merchant/IpnMessage.h"
#include "secrets/SecretStore.h"
#include "storage/ActivityLog.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/RecipientReview.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// IPN in (spec/001, spec/002) through the desk's real listener, with the IPN secret in a real
// gnome-keyring: the specification's worked example both ways, every refusal leaving the
// order book exactly as it was, duplicates, late and out-of-order notifications.
class TestIpn : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DeskListener> m_listener;
    std::unique_ptr<IpnRoute> m_route;
    QNetworkAccessManager m_network;
    const QByteArray m_secret = QByteArrayLiteral("SECRET123");

    static constexpr const char *orderId = "5d8e6002b80b7b4cd75a6424";

    IpnMessage message(const QString &status, qint64 timestamp = QDateTime::currentMSecsSinceEpoch(),
        const QString &outAmount = QStringLiteral("317.42"))
    {
        IpnMessage m;
        m.orderUid = QStringLiteral("1409");
        m.orderId = QString::fromLatin1(orderId);
        m.newStatus = status;
        m.inAmount = QStringLiteral("2");
        m.outAmount = outAmount;
        m.xmlFrom = QStringLiteral("ETH");
        m.xmlTo = QStringLiteral("WMZ");
        m.timestamp = QString::number(timestamp);
        m.toValues = { { QStringLiteral("wallet"), QStringLiteral("WMZ purse"), QStringLiteral("Z123456789012") } };
        return m;
    }

    struct Answer {
        int status = 0;
        QJsonObject body;
    };
    Answer send(const QByteArray &body, const QByteArray &verb = "POST")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ipn").arg(m_listener->port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
    }

    // Everything an IPN may change, as text: a refusal must leave it exactly as it was.
    QString book()
    {
        QString text;
        for (const char *table : { "orders", "order_history", "ipn_received", "ipn_deliveries", "payout_attempts" }) {
            QSqlQuery q;
            m_workspace->database().exec(q, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    text += q.value(i).toString() + u'|';
                text += u'\n';
            }
        }
        return text;
    }
    int rejections()
    {
        int n = 0;
        for (const auto &entry : ActivityLog(m_workspace->database()).recent(1000))
            n += entry.kind == QLatin1String("ipn.rejected");
        return n;
    }
    void setSecret(const QByteArray &secret)
    {
        SecretJob *job = secret.isEmpty()
            ? m_secrets->remove(IpnRoute::secretOwner(), IpnRoute::secretKey())
            : m_secrets->write(IpnRoute::secretOwner(), IpnRoute::secretKey(), QString::fromUtf8(secret));
        // No forgetSecret(): the route hears of the change from the store itself.
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
    }

private slots:
    void init()
    {
        QString error;
        m_workspace = TestBook::open(m_dir.filePath(QString::number(++m_run)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_listener = std::make_unique<DeskListener>();
        m_route = std::make_unique<IpnRoute>(*m_listener, m_workspace->database(), *m_secrets);
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0, &error));
        setSecret(m_secret);
    }
    void cleanup()
    {
        setSecret({});
        m_route.reset();
        m_listener.reset();
        m_secrets.reset();
        m_workspace.reset();
    }

    // spec/001: 5d8e6002b80b7b4cd75a6424:inProgress:2:317.42:ETH:WMZ:1571328406072:SECRET123
    void workedExampleBothWays()
    {
        const QByteArray expected = "af3acf947e6f0e0f2c267e300b8582e504dba12d1f2d058652b7414163c09f48";
        QCOMPARE(IpnMessage::checksum(QString::fromLatin1(orderId), QStringLiteral("inProgress"), QStringLiteral("2"),
                     QStringLiteral("317.42"), QStringLiteral("ETH"), QStringLiteral("WMZ"),
                     QStringLiteral("1571328406072"), m_secret),
            expected);
        // Out: the desk's form carries that hash, and reads back as the same IPN.
        const QByteArray form = message(QStringLiteral("inProgress"), 1571328406072).toForm(m_secret);
        QVERIFY(form.contains(QByteArray("hash=" + expected)));
        QVERIFY(form.contains("toValues%5B0%5D%5Bkey%5D=wallet"));
        const auto back = IpnMessage::parse(form);
        QVERIFY(back);
        QVERIFY(back->hashMatches(m_secret));
        QVERIFY(!back->hashMatches("SECRET124"));
        QCOMPARE(back->toValues, message(QStringLiteral("inProgress")).toValues);
        // In: the example, sent in 2019, is taken when the window is off.
        DeskSettings(m_workspace->database())
            .setValue(QString::fromLatin1(IpnRoute::windowSetting), QStringLiteral("0"));
        QSignalSpy taken(m_route.get(), &IpnRoute::taken);
        const Answer a = send(form);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("result")).toString(), QStringLiteral("created"));
        QCOMPARE(taken.size(), 1);
        const auto order = OrderStore(m_workspace->database()).byId(QString::fromLatin1(orderId));
        QVERIFY(order);
        QCOMPARE(order->uid, 1409);
        QCOMPARE(order->status, OrderStatus::InProgress);
        QCOMPARE(order->outAmount.toString(), QStringLiteral("317.42"));
        QCOMPARE(order->recipient(), QStringLiteral("Z123456789012"));
        QCOMPARE(OrderStore(m_workspace->database()).history(order->id).size(), 1);
    }

    void toValuesAsJson()
    {
        IpnMessage m = message(QStringLiteral("new"));
        const QByteArray json = QJsonDocument(Order::valuesToJson(m.toValues)).toJson(QJsonDocument::Compact);
        QByteArray form = m.toForm(m_secret);
        const qsizetype from = form.indexOf("&toValues"), to = form.indexOf("&hash=");
        form = form.left(from) + "&toValues=" + QUrl::toPercentEncoding(QString::fromUtf8(json)) + form.mid(to);
        QCOMPARE(send(form).status, 200);
        QCOMPARE(OrderStore(m_workspace->database()).byId(m.orderId)->toValues, m.toValues);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QByteArray good = message(QStringLiteral("done")).toForm(m_secret);
        QByteArray wrong = good;
        wrong.replace(wrong.indexOf("hash=") + 5, 1, wrong.at(wrong.indexOf("hash=") + 5) == 'a' ? "b" : "a");
        QTest::newRow("wrong checksum") << QByteArray("POST") << wrong << 403 << QStringLiteral("checksum");
        QTest::newRow("missing checksum")
            << QByteArray("POST") << good.left(good.indexOf("&hash=")) << 403 << QStringLiteral("checksum");
        QTest::newRow("checksum of another secret")
            << QByteArray("POST") << message(QStringLiteral("done")).toForm("other") << 403
            << QStringLiteral("checksum");
        QByteArray unknown = good;
        unknown.replace("newStatus=done", "newStatus=paid");
        QTest::newRow("unknown status") << QByteArray("POST") << unknown << 400 << QStringLiteral("status");
        QByteArray missing = good;
        missing.replace("xml_to=WMZ&", "");
        QTest::newRow("missing field") << QByteArray("POST") << missing << 400 << QStringLiteral("xml_to");
        QTest::newRow("not a form") << QByteArray("POST") << QByteArray("{\"orderId\":1}") << 400 << QString();
        QByteArray bad = good;
        bad.replace("outAmount=317.42", "outAmount=1e9");
        QTest::newRow("amount not decimal") << QByteArray("POST") << bad << 400 << QStringLiteral("decimal");
        // Signed as sent: the checksum matches, but the inbox could not read it as money.
        QTest::newRow("amount ending in a newline")
            << QByteArray("POST")
            << message(QStringLiteral("done"), QDateTime::currentMSecsSinceEpoch(), QStringLiteral("317.42\n"))
                   .toForm(m_secret)
            << 400 << QStringLiteral("decimal");
        QByteArray surrogate = good;
        surrogate.insert(surrogate.indexOf("&hash="),
            "&toValues="
                + QUrl::toPercentEncoding(QStringLiteral(R"([{"key":"wallet","name":"W","value":"Z1\ud800"}])")));
        surrogate.replace(
            surrogate.indexOf("&toValues%5B"), surrogate.indexOf("&toValues=") - surrogate.indexOf("&toValues%5B"), "");
        QTest::newRow("toValues with half a surrogate pair")
            << QByteArray("POST") << surrogate << 400 << QStringLiteral("Unicode");
        QTest::newRow("body over 64 KiB")
            << QByteArray("POST") << QByteArray(good + "&pad=" + QByteArray(70 * 1024, 'x')) << 413
            << QStringLiteral("bytes");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << 405 << QStringLiteral("POST");
        QTest::newRow("PUT") << QByteArray("PUT") << good << 405 << QStringLiteral("POST");
        const qint64 day = 24 * 3600 * 1000;
        QTest::newRow("two days old") << QByteArray(
            "POST") << message(QStringLiteral("done"), QDateTime::currentMSecsSinceEpoch() - 2 * day).toForm(m_secret)
                                      << 403 << QStringLiteral("window");
        QTest::newRow("from the future") << QByteArray(
            "POST") << message(QStringLiteral("done"), QDateTime::currentMSecsSinceEpoch() + 2 * day).toForm(m_secret)
                                         << 403 << QStringLiteral("ahead of the desk's clock");
        // Within the 24-hour window, but 23 hours ahead: it would make every real IPN "older".
        QTest::newRow("23 hours ahead")
            << QByteArray("POST")
            << message(QStringLiteral("done"), QDateTime::currentMSecsSinceEpoch() + 23 * 3600 * 1000).toForm(m_secret)
            << 403 << QStringLiteral("ahead of the desk's clock");
        // Signed correctly, and refused by the book's intake rules (the same as an import's).
        const auto signedWith = [this](const QString &outAmount, const QString &xmlTo = QStringLiteral("WMZ")) {
            IpnMessage m = message(QStringLiteral("done"), QDateTime::currentMSecsSinceEpoch(), outAmount);
            m.xmlTo = xmlTo;
            return m.toForm(m_secret);
        };
        QTest::newRow("amount -1") << QByteArray("POST") << signedWith(QStringLiteral("-1")) << 400
                                   << QStringLiteral("not positive");
        QTest::newRow("amount 0") << QByteArray("POST") << signedWith(QStringLiteral("0")) << 400
                                  << QStringLiteral("not positive");
        QTest::newRow("amount -0.00") << QByteArray("POST") << signedWith(QStringLiteral("-0.00")) << 400
                                      << QStringLiteral("not positive");
        QTest::newRow("40 decimals") << QByteArray("POST")
                                     << signedWith(QStringLiteral("1.") + QString(39, u'0') + u'1') << 400
                                     << QStringLiteral("more decimals");
        QTest::newRow("0.123 of WMZ (2 decimals)")
            << QByteArray("POST") << signedWith(QStringLiteral("0.123")) << 400 << QStringLiteral("more decimals");
        QTest::newRow("above the book's maximum")
            << QByteArray("POST") << signedWith(QStringLiteral("10000000000")) << 400 << QStringLiteral("maximum");
        QTest::newRow("a formula as the currency")
            << QByteArray("POST") << signedWith(QStringLiteral("317.42"), QStringLiteral("=HYPERLINK(\"http://x\")"))
            << 400 << QStringLiteral("not a known XML code");
        // The recipient is outside the checksum, so these stay signed.
        QByteArray notUtf8 = good;
        notUtf8.replace("Z123456789012", "Z1234%FF%FE9012");
        QTest::newRow("recipient not UTF-8") << QByteArray("POST") << notUtf8 << 400 << QStringLiteral("UTF-8");
        QByteArray nul = good;
        nul.replace("Z123456789012", "Z123%00456789012");
        QTest::newRow("NUL in the recipient")
            << QByteArray("POST") << nul << 400 << QStringLiteral("control character");
        QByteArray newline = good;
        newline.replace("Z123456789012", "Z123456789012%0AZ999");
        QTest::newRow("newline in the recipient")
            << QByteArray("POST") << newline << 400 << QStringLiteral("control character");
    }
    void refusalsChangeNothing()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, reason);
        // An order is already there, so that "nothing changed" covers an update too.
        QCOMPARE(
            send(message(QStringLiteral("inProgress"), QDateTime::currentMSecsSinceEpoch() - 60000).toForm(m_secret))
                .status,
            200);
        const QString before = book();
        const int rejected = rejections();
        const Answer a = send(body, verb);
        QCOMPARE(a.status, status);
        QCOMPARE(a.body.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(a.body.value(QStringLiteral("error")).toString().contains(reason),
            qPrintable(a.body.value(QStringLiteral("error")).toString()));
        QCOMPARE(book(), before);
        QCOMPARE(rejections(), rejected + 1);
    }

    void noSecretInTheKeychain()
    {
        setSecret({});
        const QString before = book();
        const Answer a = send(message(QStringLiteral("new")).toForm(m_secret));
        QCOMPARE(a.status, 503);
        QVERIFY(a.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("IPN secret")));
        QCOMPARE(book(), before);
        // Once staff store it, the next IPN is taken.
        setSecret(m_secret);
        QCOMPARE(send(message(QStringLiteral("new")).toForm(m_secret)).status, 200);
    }

    // Staff replace the secret in Settings: the very next IPN is checked against the new one.
    void replacedSecretTakesEffectAtOnce()
    {
        QCOMPARE(send(message(QStringLiteral("new")).toForm(m_secret)).status, 200);
        const QByteArray replaced = QByteArrayLiteral("NEW-SECRET-456");
        setSecret(replaced);
        const QString before = book();
        QCOMPARE(send(message(QStringLiteral("waitPayment")).toForm(m_secret)).status, 403);
        QCOMPARE(book(), before);
        QCOMPARE(send(message(QStringLiteral("waitPayment")).toForm(replaced)).status, 200);
    }

    void duplicateChangesNothing()
    {
        const QByteArray form = message(QStringLiteral("waitPayment")).toForm(m_secret);
        QCOMPARE(send(form).status, 200);
        const QString before = book();
        const Answer again = send(form);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("result")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(book(), before);
    }

    // Sent in order A (t1), B (t2); received B, A: the status stays B, and A is in the history.
    void olderNeverRollsBack()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(send(message(QStringLiteral("inProgressPayout"), now - 1000).toForm(m_secret)).status, 200);
        const Answer late = send(message(QStringLiteral("inProgress"), now - 5000).toForm(m_secret));
        QCOMPARE(late.status, 200);
        QCOMPARE(late.body.value(QStringLiteral("result")).toString(), QStringLiteral("older"));
        OrderStore orders(m_workspace->database());
        QCOMPARE(orders.byId(QString::fromLatin1(orderId))->status, OrderStatus::InProgressPayout);
        const auto history = orders.history(QString::fromLatin1(orderId));
        QCOMPARE(history.size(), 2);
        QVERIFY(history.last().comment.contains(QStringLiteral("not rolled back")));
        QCOMPARE(history.last().status, OrderStatus::InProgressPayout);
    }

    // Two IPNs with the same timestamp: the transition table decides, not which came first. An
    // order in the payout queue does not go back to waiting for payment; the site's word is
    // kept on the order and in its history for a person.
    void sameTimestampFollowsTheTransitionTable()
    {
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 1000;
        QCOMPARE(send(message(QStringLiteral("inProgressPayout"), at).toForm(m_secret)).status, 200);
        const Answer tie = send(message(QStringLiteral("waitPayment"), at).toForm(m_secret));
        QCOMPARE(tie.status, 200);
        QCOMPARE(tie.body.value(QStringLiteral("result")).toString(), QStringLiteral("not-applied"));
        OrderStore orders(m_workspace->database());
        const auto order = orders.byId(QString::fromLatin1(orderId));
        QCOMPARE(order->status, OrderStatus::InProgressPayout);
        QCOMPARE(order->siteStatus, QStringLiteral("waitPayment"));
        QVERIFY(orders.history(order->id).last().comment.contains(QStringLiteral("cannot follow")));
        // A later, legal status from the site is applied, and the note goes.
        QCOMPARE(send(message(QStringLiteral("done"), at + 1000).toForm(m_secret)).body.value(QStringLiteral("result")),
            QStringLiteral("updated"));
        QCOMPARE(orders.byId(order->id)->status, OrderStatus::Done);
        QCOMPARE(orders.byId(order->id)->siteStatus, QString());
    }

    // The checksum does not cover the recipient: an IPN whose wallet was replaced in transit
    // leaves the pinned one, keeps the new one beside it for a person, and says so.
    void swappedRecipientWaitsForAPerson()
    {
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 5000;
        IpnMessage first = message(QStringLiteral("waitPayment"), at);
        first.toValues.first().value = QStringLiteral("Z111111111111");
        QCOMPARE(send(first.toForm(m_secret)).body.value(QStringLiteral("result")), QStringLiteral("created"));
        OrderStore orders(m_workspace->database());
        QCOMPARE(orders.byId(QString::fromLatin1(orderId))->recipientSource, QStringLiteral("ipn"));
        IpnMessage second = message(QStringLiteral("inProgressPayout"), at + 1000);
        second.toValues.first().value = QStringLiteral("Z666666666666");
        const Answer a = send(second.toForm(m_secret));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("result")).toString(), QStringLiteral("recipient-waits"));
        auto order = orders.byId(QString::fromLatin1(orderId));
        QCOMPARE(order->status, OrderStatus::InProgressPayout);
        QCOMPARE(order->recipient(), QStringLiteral("Z111111111111"));
        QCOMPARE(order->proposedToValues.first().value, QStringLiteral("Z666666666666"));
        const QString note = orders.history(order->id).last().comment;
        QVERIFY2(note.contains(QStringLiteral("Z111111111111")) && note.contains(QStringLiteral("Z666666666666")),
            qPrintable(note));
        // The same swap again changes nothing more; a person accepts it, with a comment.
        IpnMessage third = second;
        third.timestamp = QString::number(at + 2000);
        QCOMPARE(send(third.toForm(m_secret)).body.value(QStringLiteral("result")), QStringLiteral("unchanged"));
        QString error;
        QVERIFY2(RecipientReview(m_workspace->database())
                     .decide(order->id, RecipientReview::Decision::Accept, QStringLiteral("admin"),
                         QStringLiteral("The client changed the wallet in the site's chat."), &error),
            qPrintable(error));
        order = orders.byId(order->id);
        QCOMPARE(order->recipient(), QStringLiteral("Z666666666666"));
        QCOMPARE(order->recipientSource, QStringLiteral("staff"));
        QVERIFY(!order->recipientWaitsForAPerson());
        QVERIFY(!RecipientReview(m_workspace->database())
                     .decide(order->id, RecipientReview::Decision::Keep, QStringLiteral("admin"), QStringLiteral("x"),
                         &error));
        QVERIFY(error.contains(QStringLiteral("No other recipient")));
    }

    // A newer IPN updates amounts and status, with the change in the history; an order that
    // reaches inProgressPayout is in the payout queue's filter at once.
    void updateReachesThePayoutQueue()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(send(message(QStringLiteral("inProgress"), now - 2000).toForm(m_secret)).status, 200);
        QSignalSpy taken(m_route.get(), &IpnRoute::taken);
        const Answer a
            = send(message(QStringLiteral("inProgressPayout"), now - 1000, QStringLiteral("317.40")).toForm(m_secret));
        QCOMPARE(a.body.value(QStringLiteral("result")).toString(), QStringLiteral("updated"));
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.first().at(1).toString(), QStringLiteral("inProgressPayout"));
        OrderFilter queue;
        queue.statuses = { OrderStatus::InProgressPayout };
        const auto page = OrderStore(m_workspace->database()).page(queue, {}, 10, 0);
        QVERIFY(page);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().outAmount.toString(), QStringLiteral("317.40"));
        const auto history = OrderStore(m_workspace->database()).history(QString::fromLatin1(orderId));
        QCOMPARE(history.last().oldStatus, OrderStatus::InProgress);
        QVERIFY(history.last().comment.contains(QStringLiteral("317.42 → 317.40")));
        QCOMPARE(history.last().actor, QStringLiteral("ipn"));
    }

    // A group commit's IPNs are taken as if one after another: a new order and its update in the
    // same group, a duplicate within the group and one of an IPN taken earlier, an update of an
    // order already in the book, and a second new order.
    void groupIsTakenAsOneByOne()
    {
        Database &db = m_workspace->database();
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 10000;
        const auto ipn = [&](const QString &id, qint64 uid, const QString &status, qint64 sent, const QString &hash) {
            IpnMessage m = message(status, sent);
            m.orderId = id;
            m.orderUid = QString::number(uid);
            m.hash = hash;
            return m;
        };
        const QString a = QStringLiteral("aa0000000000000000000001"), b = QStringLiteral("bb0000000000000000000002"),
                      c = QStringLiteral("cc0000000000000000000003");
        const IpnMessage earlier = ipn(b, 2, QStringLiteral("waitPayment"), at, QStringLiteral("h-b1"));
        QCOMPARE(IpnInbox(db).take(earlier), IpnInbox::Result::Created);

        const QList<IpnMessage> group = { ipn(a, 1, QStringLiteral("waitPayment"), at, QStringLiteral("h-a1")),
            ipn(a, 1, QStringLiteral("inProgressPayout"), at + 1000, QStringLiteral("h-a2")),
            ipn(a, 1, QStringLiteral("waitPayment"), at, QStringLiteral("h-a1")), earlier,
            ipn(b, 2, QStringLiteral("inProgressPayout"), at + 1000, QStringLiteral("h-b2")),
            ipn(c, 3, QStringLiteral("new"), at, QStringLiteral("h-c1")) };
        using R = IpnInbox::Result;
        {
            Transaction all(db);
            QVERIFY(all.isActive());
            QString error;
            QCOMPARE(IpnInbox(db).takeInTransaction(group, &error),
                QList<R>({ R::Created, R::Updated, R::Duplicate, R::Duplicate, R::Updated, R::Created }));
            QVERIFY(all.commit());
        }
        OrderStore orders(db);
        QCOMPARE(orders.byId(a)->status, OrderStatus::InProgressPayout);
        QCOMPARE(orders.byId(b)->status, OrderStatus::InProgressPayout);
        QCOMPARE(orders.byId(c)->status, OrderStatus::New);
        QCOMPARE(orders.history(a).size(), 2);
        QCOMPARE(orders.history(b).size(), 2);
        QCOMPARE(orders.history(c).size(), 1);
        QSqlQuery q;
        QVERIFY(db.exec(q, QStringLiteral("SELECT COUNT(*) FROM ipn_received")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }

    // IPNs that arrive while the writer is busy are written in one transaction (group commit).
    // One of them the book refuses only at COMMIT (a deferred foreign key, set up by this
    // test): that commit fails, none of its IPNs is answered 200 on it, and the others are
    // taken each on its own. Whatever was answered 200 is in the book; the refused IPN left
    // nothing behind.
    void failedGroupCommitAnswersNoneOfItsIpns()
    {
        Database &db = m_workspace->database();
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE test_parent (id INTEGER PRIMARY KEY)")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE test_child (parent INTEGER REFERENCES test_parent (id) "
                                       "DEFERRABLE INITIALLY DEFERRED)")));
        if (db.dialect().kind() == SqlDialect::Kind::PostgreSQL) {
            QVERIFY(db.exec(QStringLiteral(
                "CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.uid = 777 THEN "
                "INSERT INTO test_child VALUES (1); END IF; RETURN NEW; END $$")));
            QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER test_refused_at_commit AFTER INSERT ON orders FOR EACH ROW "
                                           "EXECUTE FUNCTION test_refuse()")));
        } else {
            QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER test_refused_at_commit AFTER INSERT ON orders "
                                           "WHEN NEW.uid = 777 BEGIN INSERT INTO test_child VALUES (1); END")));
        }
        // The writer is kept waiting for the book's lock, so that the IPNs queue up behind it.
        std::optional<Transaction> lock;
        lock.emplace(db);
        QVERIFY(lock->isActive());
        QList<QNetworkReply *> replies;
        QStringList ids;
        for (int i = 0; i < 6; ++i) { // as many as QNetworkAccessManager sends at once to one host
            IpnMessage m = message(QStringLiteral("new"));
            m.orderUid = i == 3 ? QStringLiteral("777") : QString::number(3000 + i);
            m.orderId = QString::number(0xa00000 + i, 16).rightJustified(24, u'0');
            ids << m.orderId;
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/ipn").arg(m_listener->port())));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            replies << m_network.post(request, m.toForm(m_secret));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_route->waiting(), 5, 8000); // the first one waits for the lock
        lock.reset(); // rolled back
        for (QNetworkReply *reply : replies)
            QVERIFY(reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(20000));
        OrderStore orders(db);
        for (int i = 0; i < replies.size(); ++i) {
            const int status = replies.at(i)->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QCOMPARE(status, i == 3 ? 503 : 200);
            QCOMPARE(bool(orders.byId(ids.at(i))), status == 200);
            replies.at(i)->deleteLater();
        }
        QSqlQuery q;
        QVERIFY(db.exec(q,
            QStringLiteral("SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM ipn_received), "
                           "(SELECT COUNT(*) FROM order_history), (SELECT COUNT(*) FROM test_child)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QCOMPARE(q.value(1).toInt(), 5);
        QCOMPARE(q.value(2).toInt(), 5);
        QCOMPARE(q.value(3).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIpn)
#include "test_ipn.moc"
