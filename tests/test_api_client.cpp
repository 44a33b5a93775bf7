#include "contract/ApiClient.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace pd;

namespace {

// HTTP/1.1 with keep-alive on 127.0.0.1, as a provider's API server is: it answers every
// request with {} and notes on which TCP connection (numbered as accepted) each came. A
// request that asks to close its connection has it closed after the answer.
class KeepAliveServer : public QObject {
    Q_OBJECT
public:
    struct Seen {
        QByteArray method;
        int connection = 0;
    };
    QList<Seen> seen;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int number = ++m_accepted;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, number] { serve(socket, number); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket *socket, int number)
    {
        QByteArray &in = m_buffers[socket];
        in += socket->readAll();
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = in.left(end).toLower();
            qsizetype length = 0;
            if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (in.size() < end + 4 + length)
                return;
            seen.append({ in.left(in.indexOf(' ')), number });
            const bool close = head.contains("connection: close");
            in.remove(0, end + 4 + length);
            socket->write(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                            "Content-Length: 2\r\n")
                + (close ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("")) + "\r\n{}");
            if (close) {
                socket->disconnectFromHost();
                m_buffers.remove(socket);
                return;
            }
        }
    }

    QTcpServer m_server;
    int m_accepted = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

// spec/000's api_query, as every adapter sends its calls.
class TestApiClient : public QObject {
    Q_OBJECT

private slots:
    // Look-ups share the manager's keep-alive connections; a request that may move money
    // (anything but GET) never rides on one of them, nor does another request ride on its
    // connection: a pooled connection the server is closing would fail it before it arrived.
    void moneyMovingCallsGetConnectionsOfTheirOwn()
    {
        KeepAliveServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ApiClient client(&network, QStringLiteral("test"));
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        for (const char *call : { "GET:/balance", "GET:/balance", "POST:/transfer", "GET:/status", "POST:/transfer",
                 "POST:/transfer", "GET:/balance" }) {
            ApiReply *reply = client.query(QString::fromLatin1(call), QJsonObject { { QStringLiteral("n"), 1 } });
            QSignalSpy finished(reply, &ApiReply::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
            reply->deleteLater();
        }
        QCOMPARE(server.seen.size(), 7);
        QHash<int, int> requestsOn;
        for (const auto &s : server.seen)
            ++requestsOn[s.connection];
        QSet<int> lookUpConnections;
        for (const auto &s : server.seen) {
            if (s.method == "POST")
                QCOMPARE(requestsOn.value(s.connection), 1);
            else
                lookUpConnections.insert(s.connection);
        }
        QCOMPARE(lookUpConnections.size(), 1); // the look-ups kept one connection alive
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_api_client.moc"
