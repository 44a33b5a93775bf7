#include "FakeExchangeSite.h"
#include "NewOrderDialog.h"
#include "merchant/OrderCreator.h"
#include "secrets/SecretStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The New order dialog, typed into and clicked like staff do, against the fake exchange site.
class TestGuiNewOrder : public QObject {
    Q_OBJECT

private slots:
    void typedInAndCreated()
    {
        const QString token = QStringLiteral("gui-token");
        FakeExchangeSite site(token);
        site.addRoute(QStringLiteral("64a0000000000000000000aa"),
            { QStringLiteral("BTC"), QStringLiteral("USDTTRC20"), *Money::parse(u"60000"), 6 });
        QVERIFY(site.listen());
        QTemporaryDir dir;
        QString error;
        auto workspace = Workspace::open(dir.path(), &error);
        QVERIFY2(workspace, qPrintable(error));
        DeskSettings(workspace->database())
            .setValue(QString::fromLatin1(ExchangeSiteClient::apiUrlSetting), site.baseUrl().toString());
        SecretStore secrets(workspace->id());
        SecretJob *job = secrets.write(ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey(), token);
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
        QNetworkAccessManager network;
        OrderCreator creator(workspace->database(), secrets, network);

        NewOrderDialog dialog(creator, QStringLiteral("alice"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *create = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("route")));
        QTest::keyClicks(dialog.routeEdit(), QStringLiteral("64a0000000000000000000aa"));
        QTest::keyClicks(dialog.amountEdit(), QStringLiteral("0.01"));
        dialog.toValuesTable()->item(0, 0)->setText(QStringLiteral("address"));
        dialog.toValuesTable()->setItem(
            0, 1, new QTableWidgetItem(QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")));
        QVERIFY(!create->isEnabled()); // no agreement yet
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("terms")));
        QTest::mouseClick(dialog.agreementBox(), Qt::LeftButton, {}, QPoint(5, dialog.agreementBox()->height() / 2));
        QVERIFY(dialog.agreementBox()->isChecked());
        QVERIFY2(create->isEnabled(), qPrintable(dialog.problemsLabel()->text()));
        if (const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/new-order.png"));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(accepted.wait(20000));
        QVERIFY(dialog.created());
        QCOMPARE(site.orders().size(), 1);
        QCOMPARE(site.orders().first().ipnUrl, QString()); // no IPN URL given: none sent, no secret kept
        const auto stored = OrderStore(workspace->database()).byId(dialog.created()->id);
        QVERIFY(stored);
        QCOMPARE(stored->outAmount.toString(), QStringLiteral("600.000000"));
        QCOMPARE(stored->secret, site.orders().first().order.secret);
        secrets.remove(ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey());
    }
};

QTEST_MAIN(TestGuiNewOrder)
#include "test_gui_new_order.moc"
