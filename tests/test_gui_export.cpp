#include "ExportDialog.h"
#include "ExportProgress.h"
#include "MainWindow.h"
#include "OrderTableModel.h"
#include "OrdersPage.h"
#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"
#include "export/CsvExportJob.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "storage/OrderStore.h"
#include "workspace/DemoOrders.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;

// File → Export to CSV… on the demo book, driven as staff drive it, under Xvfb.
class TestGuiExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderHub> m_hub;

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    static qint64 lines(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().count("\r\n") : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        OrderStore store(m_workspace->database());
        QVERIFY(DemoOrders::fillIfEmpty(store, m_currencies, &error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, m_workspace->database(), *m_secrets, &m_network);
    }

    // The menu entry, the dialog with the page's filter, the export, the status bar.
    void exportFromTheMenu()
    {
        PayoutEngine engine(m_workspace->database(), *m_hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, *m_hub, engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QComboBox *status = window.ordersPage()->statusBox();
        status->setCurrentIndex(status->findData(int(OrderStatus::Done)));
        QTRY_COMPARE(window.ordersPage()->filter().statuses, QList<OrderStatus> { OrderStatus::Done });

        const QList<QAction *> file = window.menuBar()->actions().constFirst()->menu()->actions();
        qsizetype at = -1;
        for (qsizetype i = 0; i < file.size(); ++i) {
            if (file.at(i)->text() == QStringLiteral("&Export to CSV…"))
                at = i;
        }
        QVERIFY(at > 0);
        QCOMPARE(file.at(at - 1)->text(), QStringLiteral("&Import orders…"));
        QCOMPARE(file.at(at)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

        const QString path = m_dir.filePath(QStringLiteral("done-history.csv"));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QVERIFY(dialog->pageFilterButton()->isChecked());
            QVERIFY2(dialog->pageFilterButton()->text().contains(OrderStatuses::title(OrderStatus::Done)),
                qPrintable(dialog->pageFilterButton()->text()));
            QVERIFY(dialog->pathEdit()->text().endsWith(QStringLiteral(".csv")));
            dialog->historyButton()->setChecked(true);
            QVERIFY(dialog->pathEdit()->text().contains(QStringLiteral("history-")));
            dialog->delimiterBox()->setCurrentIndex(1);
            dialog->bomBox()->setChecked(true);
            dialog->pathEdit()->setText(path);
            screenshot(dialog, QStringLiteral("export"));
            const CsvExport::Options options = dialog->options();
            QCOMPARE(options.what, CsvExport::What::History);
            QCOMPARE(options.delimiter, ';');
            QVERIFY(options.byteOrderMark);
            QCOMPARE(options.filter.statuses, QList<OrderStatus> { OrderStatus::Done });
            dialog->accept();
        });
        file.at(at)->trigger();
        QVERIFY(seen);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported ")), 20000);

        // Every history entry of the done orders, and the message says how many.
        CsvExport::Options options;
        options.what = CsvExport::What::History;
        options.filter.statuses = { OrderStatus::Done };
        const QString expected = m_dir.filePath(QStringLiteral("expected.csv"));
        options.delimiter = ';';
        options.byteOrderMark = true;
        const CsvExport::Outcome outcome = CsvExport(m_workspace->database(), options).toFile(expected);
        QVERIFY(outcome.rows > 0);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("%1 row").arg(outcome.rows)),
            qPrintable(window.statusBar()->currentMessage()));
        QFile a(path), b(expected);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    // The progress dialog as staff see it on a long export, then the export itself.
    void progressDialog()
    {
        QWidget parent;
        parent.resize(900, 600);
        parent.show();
        CsvExport::Options options;
        options.from = QDate(2020, 1, 1).startOfDay();
        options.to = QDate::currentDate().addDays(10).startOfDay();
        const QString path = m_dir.filePath(QStringLiteral("range.csv"));
        auto *progress = new ExportProgress(m_workspace->database(), options, path, &parent);
        QSignalSpy exported(progress, &ExportProgress::exported);
        emit progress->job()->progress(412345, 1000000); // what a long export shows part-way
        progress->show();
        QVERIFY(QTest::qWaitForWindowExposed(progress));
        QVERIFY(progress->labelText().contains(QStringLiteral("of")));
        QCOMPARE(progress->value(), 412345);
        screenshot(progress, QStringLiteral("export-progress"));
        progress->start();
        QVERIFY(exported.wait(20000));
        OrderFilter inRange;
        inRange.from = options.from;
        inRange.to = options.to;
        const qint64 expected = OrderStore(m_workspace->database()).count(inRange);
        QVERIFY(expected > 0);
        QCOMPARE(exported.constFirst().at(0).toLongLong(), expected);
        QCOMPARE(lines(path), expected + 1);
    }

    // Cancel: the job stops and no file is written.
    void cancelWritesNothing()
    {
        QWidget parent;
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        auto *progress = new ExportProgress(m_workspace->database(), {}, path, &parent);
        QSignalSpy cancelled(progress, &ExportProgress::cancelledExport);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        progress->start();
        QVERIFY(cancelled.wait(20000));
        QVERIFY(!QFile::exists(path));
    }

    // An unwritable path: a message saying so, and nothing written.
    void failureIsShown()
    {
        QWidget parent;
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_dir.filePath(QStringLiteral("a-file/orders.csv"));
        auto *progress = new ExportProgress(m_workspace->database(), {}, path, &parent);
        QSignalSpy failed(progress, &ExportProgress::failed);
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text() + u'\n' + box->informativeText();
                box->accept();
            }
        });
        poll.start(20);
        progress->start();
        QVERIFY(failed.wait(20000));
        QVERIFY2(shown.contains(path) && shown.contains(QStringLiteral("no file was written")), qPrintable(shown));
        QVERIFY(failed.constFirst().at(0).toString().contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestGuiExport)
#include "test_gui_export.moc"
