#include "contract/ApiClient.h"
#include "contract/ApiReply.h"
#include "contract/TlsSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace pd;

// OpenSSL is the desk's TLS. On a machine where Qt's TLS backend is not OpenSSL, the desk says
// why no provider can be reached over HTTPS, and an HTTPS call fails with that reason before
// anything leaves. Qt's certificate-only backend stands in for such a machine: a backend is
// chosen once per process, before any TLS is used, so this suite chooses it first. (That the
// desk runs on OpenSSL here is test_gui_about's: --version and the About box.)
class TestTlsSupport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::availableBackends().contains(QStringLiteral("openssl")),
            "Qt's OpenSSL backend (libqt6network6) is installed");
        QVERIFY(QSslSocket::setActiveBackend(QStringLiteral("cert-only")));
    }

    void theLinkedOpenSslIsSaid()
    {
        QVERIFY2(TlsSupport::openSslVersion().startsWith(QStringLiteral("OpenSSL 3.")),
            qPrintable(TlsSupport::openSslVersion()));
    }

    void anotherBackendIsNamedWithWhatToInstall()
    {
        QCOMPARE(TlsSupport::qtBackend(), QStringLiteral("cert-only"));
        const QString problem = TlsSupport::problem();
        QVERIFY2(problem.contains(QStringLiteral("\"cert-only\", not OpenSSL")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("libssl3")), qPrintable(problem));
    }

    void anHttpsCallFailsBeforeAnythingLeaves()
    {
        // Where the provider would be: any connection to it would be counted.
        QTcpServer provider;
        QVERIFY(provider.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&provider, &QTcpServer::newConnection, this, [&connections] { ++connections; });

        QNetworkAccessManager network;
        ApiClient client(&network, QStringLiteral("tls-test"));
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(provider.serverPort())));
        ApiReply *reply
            = client.query(QStringLiteral("POST:/transfer"), { { QStringLiteral("amount"), QStringLiteral("1.00") } });
        QSignalSpy finished(reply, &ApiReply::finished);
        QCOMPARE(finished.count(), 0); // queued, never from inside the call that made it
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error().kind, ProviderError::Kind::Network);
        QVERIFY(!reply->error().requestSent); // so the engine knows the payout was not sent
        QCOMPARE(reply->error().message, TlsSupport::problem());
        QCOMPARE(connections, 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsSupport)
#include "test_tls_support.moc"
