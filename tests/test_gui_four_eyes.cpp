// Issue 9, acceptance 3, under Xvfb on a team's PostgreSQL book: operator A approves a large
// payout → "awaiting second approval"; A cannot approve it again; operator B approves → it is
// sent once. Each desk is a window of its own, signed in with its own PostgreSQL login; the
// sandbox provider's ledger counts what was sent. Also: a viewer's window offers no action, and
// only an admin sees Edit → Staff….
#include "ApproveDialog.h"
#include "MainWindow.h"
#include "PayoutQueuePage.h"
#include "QueueView.h"
#include "SandboxDesk.h"
#include "StaffDialog.h"
#include "TestBook.h"
#include "payouts/PayoutRun.h"

#include "storage/Approvals.h"
#include "storage/PayoutLimits.h"
#include "storage/Staff.h"

#include <QAction>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;

namespace {

// Another staff member's desk on the same book: their own folder, login and window.
struct TeamDesk {
    const CurrencyRegistry currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry registry = ProviderRegistry::builtIn();
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<SecretStore> secrets;
    QNetworkAccessManager network;
    std::unique_ptr<ProviderHub> hub;
    std::unique_ptr<PayoutEngine> engine;
    std::unique_ptr<MainWindow> window;

    QString open(const QString &dir, const QUrl &book, const QString &password)
    {
        QString error;
        if (!Workspace::setBookUrl(dir, book, &error))
            return error;
        workspace = Workspace::open(dir, &error, password);
        if (!workspace)
            return error;
        // The book's id names its secrets in the keychain: every desk of the book finds them.
        secrets = std::make_unique<SecretStore>(workspace->id());
        hub = std::make_unique<ProviderHub>(registry, workspace->database(), *secrets, &network);
        engine = std::make_unique<PayoutEngine>(workspace->database(), *hub, currencies);
        window = std::make_unique<MainWindow>(*workspace, currencies, *hub, *engine);
        window->show();
        window->showPage(window->queuePage());
        return QTest::qWaitForWindowExposed(window.get()) ? QString() : QStringLiteral("the window was not shown");
    }

    // Approve the first row of the queue, confirmed; the run's outcome message.
    QString approveFirstRow()
    {
        PayoutQueuePage *queue = window->queuePage();
        if (!QueueView::refreshed(queue) || QueueView::rows(queue) == 0)
            return QStringLiteral("(the queue was not read)");
        queue->selectOrders({ queue->model()->index(0, 0).data(PayoutQueueModel::OrderIdRole).toString() });
        ApproveDialog::setNextAnswer(true);
        QString message = QStringLiteral("(no result)");
        // Read while the run lives: it is gone once the results are shown.
        QEventLoop wait;
        const auto read
            = QObject::connect(queue, &PayoutQueuePage::runFinished, queue, [&message, &wait](PayoutRun *run) {
                  message = run->outcomes().value(0).message;
                  wait.quit();
              });
        QTimer::singleShot(20000, &wait, &QEventLoop::quit);
        QTest::mouseClick(queue->approveButton(), Qt::LeftButton);
        wait.exec();
        QObject::disconnect(read);
        for (auto *box : window->findChildren<QMessageBox *>())
            box->close();
        return message;
    }

    // The row's state, its last attempt and its approvals, as one line.
    QString stateOfFirstRow() const
    {
        PayoutQueuePage *queue = window->queuePage();
        QueueView::refreshed(queue);
        return QStringList { QueueView::text(queue, 0, PayoutQueueModel::State),
            QueueView::text(queue, 0, PayoutQueueModel::LastAttempt),
            QueueView::text(queue, 0, PayoutQueueModel::Approvals) }
            .join(QStringLiteral(" — "));
    }

    int queueRows() const
    {
        QueueView::refreshed(window->queuePage());
        return QueueView::rows(window->queuePage());
    }
};

} // namespace

class TestGuiFourEyes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (!TestBook::onPostgres())
            QSKIP("PostgreSQL only: run as test_gui_four_eyes under ctest (it starts the server)");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void twoPeopleApproveALargePayout()
    {
        // The admin's desk: the book, the sandbox provider, the staff and the threshold.
        QString error;
        const QUrl book = TestBook::freshDatabase(&error);
        QVERIFY2(!book.isEmpty(), qPrintable(error));
        const QString ownerDir = m_dir.filePath(QStringLiteral("owner"));
        QVERIFY(Workspace::setBookUrl(ownerDir, book, &error));
        SandboxDesk owner;
        QCOMPARE(owner.open(ownerDir), QString());
        owner.server.setBalance(QStringLiteral("USDT"), *Money::parse(u"5000.00"));
        Database &db = owner.workspace->database();
        const QString suffix = u'_' + book.path().mid(1);
        const QString alice = QStringLiteral("alice") + suffix, bob = QStringLiteral("bob") + suffix,
                      vera = QStringLiteral("vera") + suffix, password = QStringLiteral("pd-four-eyes");
        for (const QString &login : { alice, bob, vera })
            QVERIFY2(db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password)),
                qPrintable(db.lastError()));
        Staff staff(db);
        QVERIFY(staff.set({ alice, QStringLiteral("Alice"), Staff::Role::Operator }, db.login(), &error));
        QVERIFY(staff.set({ bob, QStringLiteral("Bob"), Staff::Role::Operator }, db.login(), &error));
        QVERIFY(staff.set({ vera, QStringLiteral("Vera"), Staff::Role::Viewer }, db.login(), &error));
        QVERIFY(PayoutLimits(db).set({ QString::fromLatin1(PayoutLimits::everyProvider), QStringLiteral("USDTTRC20"),
                                         PayoutLimits::Kind::SecondApproval, QStringLiteral("100") },
            db.login(), &error));
        const QStringList ids = owner.addWaitingOrders(1); // 10.25: below the threshold
        const QString large = owner.addWaitingOrders(15, 600).last(); // 150.25: above it
        QVERIFY(!ids.isEmpty() && !large.isEmpty());
        QVERIFY(
            TestBook::changeOrders(db, QStringLiteral("status = 'returned'"), QStringLiteral("id <> ?"), { large }));
        // one row in the queue

        // The admin sees Edit → Staff…; the dialog lists the team.
        MainWindow ownerWindow(*owner.workspace, owner.currencies, *owner.hub, *owner.engine);
        QVERIFY(ownerWindow.staffAction()->isVisible());
        StaffDialog staffDialog(*owner.workspace, &ownerWindow);
        QSignalSpy staffLoaded(&staffDialog, &StaffDialog::loaded);
        QTRY_COMPARE(staffLoaded.size(), 1); // read on the book's thread
        QCOMPARE(staffDialog.table()->rowCount(), 4);
        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty()) {
            staffDialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&staffDialog));
            staffDialog.grab().save(shots + QStringLiteral("/staff.png"));
            staffDialog.hide();
        }

        // Operator A approves: recorded, nothing sent, the queue says it waits for a second person.
        TeamDesk a;
        QCOMPARE(a.open(m_dir.filePath(QStringLiteral("alice")),
                     QUrl(book.toString().replace(QStringLiteral("payoutdesk@"), alice + u'@')), password),
            QString());
        QCOMPARE(a.workspace->member().role, Staff::Role::Operator);
        QVERIFY(!a.window->staffAction()->isVisible());
        QCOMPARE(a.queueRows(), 1);
        const QString first = a.approveFirstRow();
        QVERIFY2(first.contains(QStringLiteral("another staff member")), qPrintable(first));
        QCOMPARE(owner.server.ledger().size(), 0);
        QVERIFY2(a.stateOfFirstRow().contains(QStringLiteral("awaiting a second approval")),
            qPrintable(a.stateOfFirstRow()));
        QVERIFY(a.stateOfFirstRow().contains(QStringLiteral("Alice"))); // by the name the team knows
        if (!shots.isEmpty())
            a.window->grab().save(shots + QStringLiteral("/four-eyes.png"));

        // A again: refused, still one approval, still nothing sent.
        const QString again = a.approveFirstRow();
        QVERIFY2(again.contains(QStringLiteral("already")), qPrintable(again));
        QCOMPARE(Approvals(db).waiting().value(large), QStringList { alice });
        QCOMPARE(owner.server.ledger().size(), 0);

        // A viewer's window shows the queue and offers nothing to do with it.
        TeamDesk v;
        QCOMPARE(v.open(m_dir.filePath(QStringLiteral("vera")),
                     QUrl(book.toString().replace(QStringLiteral("payoutdesk@"), vera + u'@')), password),
            QString());
        QCOMPARE(v.queueRows(), 1);
        QVERIFY(v.window->queuePage()->approveButton()->isHidden());
        QVERIFY(v.window->findChild<QLabel *>(QStringLiteral("signedIn"))->text().contains(QStringLiteral("Viewer")));

        // Operator B approves: sent, once.
        TeamDesk b;
        QCOMPARE(b.open(m_dir.filePath(QStringLiteral("bob")),
                     QUrl(book.toString().replace(QStringLiteral("payoutdesk@"), bob + u'@')), password),
            QString());
        QVERIFY(b.stateOfFirstRow().contains(QStringLiteral("Alice")));
        const QString second = b.approveFirstRow();
        QVERIFY2(second.startsWith(QStringLiteral("Paid")), qPrintable(second));
        QCOMPARE(owner.server.ledger().size(), 1);
        QCOMPARE(OrderStore(db).byId(large)->status, OrderStatus::Done);
        QCOMPARE(b.queueRows(), 0);
        // Both approvals are in the order's history, each with its approver.
        QStringList approvers;
        for (const HistoryEntry &h : OrderStore(db).history(large)) {
            if (h.comment.contains(QStringLiteral("approv"), Qt::CaseInsensitive))
                approvers << h.actor;
        }
        QCOMPARE(approvers, (QStringList { alice, bob }));
        // A's window, refreshed, has nothing left to approve; the ledger still holds one payout.
        QCOMPARE(a.queueRows(), 0);
        QCOMPARE(owner.server.ledger().size(), 1);

        owner.secrets->remove(QStringLiteral("sandbox"), QStringLiteral("apiSecret"));
        for (TeamDesk *desk : { &a, &b, &v }) {
            desk->window.reset();
            desk->engine.reset();
            desk->hub.reset();
            desk->workspace.reset();
        }
        for (const QString &login : { alice, bob, vera }) {
            db.exec(QStringLiteral("DROP OWNED BY %1").arg(login));
            db.exec(QStringLiteral("DROP ROLE %1").arg(login));
        }
    }
};

QTEST_MAIN(TestGuiFourEyes)
#include "test_gui_four_eyes.moc"
