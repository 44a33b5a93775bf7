#include "ClientLinksBox.h"
#include "IpnDeliveriesView.h"
#include "OrderDialog.h"
#include "QrCode.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The client's links on the order's window: the specification's scheme, Copy, the QR code; and
// the IPNs the desk sent, with their outcome.
class TestGuiLinks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    Order order(qint64 uid, const QString &secret)
    {
        Order o;
        o.uid = uid;
        o.id = QStringLiteral("5e00000000000000000000%1").arg(uid, 2, 10, QLatin1Char('0'));
        o.status = OrderStatus::WaitPayment;
        o.inAmount = *Money::parse(u"0.01");
        o.outAmount = *Money::parse(u"640.00");
        o.xmlFrom = QStringLiteral("BTC");
        o.xmlTo = QStringLiteral("USDTTRC20");
        o.secret = secret;
        o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
        return o;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        const Order with = order(14, QStringLiteral("dGqwF2M2eBPaSN1G5ljMS1cb")), without = order(15, QString());
        QVERIFY(OrderStore(m_workspace->database())
                    .add({ with, without },
                        { HistoryEntry::arrival(with.id, with.status, QStringLiteral("t"), QString()),
                            HistoryEntry::arrival(without.id, without.status, QStringLiteral("t"), QString()) },
                        &error));
        QVERIFY(m_workspace->database().exec(
            QStringLiteral(
                "INSERT INTO ipn_deliveries (order_id, status, sent_at, state, tries, http_status, error, updated_at) "
                "VALUES (?, 'waitPayment', 1, 'failed', 1, 502, 'Answered HTTP 502: bad gateway', 2)"),
            { with.id }));
    }

    void linksCopyAndQr()
    {
        DeskSettings(m_workspace->database())
            .setValue(QString::fromLatin1(DeskSettings::siteUrl), QStringLiteral("https://www.kryptoswap.io"));
        auto *dialog = new OrderDialog(*m_workspace, QStringLiteral("5e0000000000000000000014"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY(dialog->isLoaded());
        QVERIFY(dialog->clientLinks());
        QCOMPARE(dialog->clientLinks()->paymentLink(),
            QStringLiteral("https://www.kryptoswap.io/en/payment/14/dGqwF2M2eBPaSN1G5ljMS1cb"));
        QCOMPARE(dialog->clientLinks()->orderLink(),
            QStringLiteral("https://www.kryptoswap.io/en/order/14/dGqwF2M2eBPaSN1G5ljMS1cb"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog->clientLinks()->copyPaymentButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), dialog->clientLinks()->paymentLink());
        QApplication::clipboard()->clear();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), dialog->clientLinks()->paymentLink());

        QVERIFY(dialog->deliveries());
        QCOMPARE(dialog->deliveries()->rowCount(), 1);
        QCOMPARE(dialog->deliveries()->item(0, 3)->text(), QStringLiteral("502"));
        QVERIFY(dialog->deliveries()->item(0, 4)->text().contains(QStringLiteral("bad gateway")));

        QTest::mouseClick(dialog->clientLinks()->qrButton(), Qt::LeftButton);
        QWidget *qr = dialog->findChild<QWidget *>(QStringLiteral("QrDialog"));
        QVERIFY(qr);
        QVERIFY(QTest::qWaitForWindowExposed(qr));
        const QImage shown = qr->findChild<QLabel *>(QStringLiteral("QrImage"))->pixmap().toImage();
        QCOMPARE(shown.size(), QrCode::image(dialog->clientLinks()->paymentLink()).size());
        QVERIFY(shown.width() >= 200);
        QCOMPARE(shown.pixelColor(2, 2), QColor(Qt::white)); // the quiet zone
        QCOMPARE(shown.pixelColor(4 * 8 + 2, 4 * 8 + 2), QColor(Qt::black)); // a finder pattern's corner
        // A real scanner reads the link back (zbarimg, from Debian's zbar-tools).
        QTemporaryDir scans;
        const QString png = scans.filePath(QStringLiteral("qr.png"));
        QVERIFY(shown.save(png));
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), { QStringLiteral("-q"), QStringLiteral("--raw"), png });
        QVERIFY2(zbar.waitForFinished(20000), "zbarimg (zbar-tools) is needed to read the QR code back");
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), dialog->clientLinks()->paymentLink());
        if (const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS"); !shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/order-links.png"));
            qr->grab().save(shots + QStringLiteral("/qr.png"));
        }
        dialog->close();
    }

    void noSecretNoLinks()
    {
        auto *dialog = new OrderDialog(*m_workspace, QStringLiteral("5e0000000000000000000015"));
        QVERIFY(QSignalSpy(dialog, &OrderDialog::loaded).wait(20000));
        QVERIFY(!dialog->clientLinks());
        QVERIFY(!dialog->deliveries());
        delete dialog;
    }

    void noSiteAddressSaysSo()
    {
        DeskSettings(m_workspace->database()).setValue(QString::fromLatin1(DeskSettings::siteUrl), QString());
        auto *dialog = new OrderDialog(*m_workspace, QStringLiteral("5e0000000000000000000014"));
        QVERIFY(QSignalSpy(dialog, &OrderDialog::loaded).wait(20000));
        QVERIFY(dialog->clientLinks());
        QVERIFY(dialog->clientLinks()->paymentLink().isEmpty());
        QVERIFY(!dialog->clientLinks()->qrButton());
        bool told = false;
        for (QLabel *label : dialog->clientLinks()->findChildren<QLabel *>())
            told = told || label->text().contains(QStringLiteral("Settings"));
        QVERIFY(told);
        delete dialog;
    }
};

QTEST_MAIN(TestGuiLinks)
#include "test_gui_links.moc"
