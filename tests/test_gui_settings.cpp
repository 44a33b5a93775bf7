#include "MainWindow.h"
#include "ProviderRegistry.h"
#include "SecretEditor.h"
#include "SettingsDialog.h"
#include "contract/CurrencyRegistry.h"
#include "listener/IpnRoute.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "storage/ActivityLog.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <functional>

using namespace pd;

// Edit → Settings… on a fresh workspace, driven through its widgets under Xvfb: what OK
// writes to the book and the activity log, what Cancel and a refused write leave alone.
class TestGuiSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();

    static QString key(const char *name) { return QString::fromLatin1(name); }
    static inline const QString usdt = QStringLiteral("USDTTRC20");
    static inline const QString absent = QStringLiteral("<absent>");

    Database &db() { return m_workspace->database(); }
    QString stored(const QString &name) { return DeskSettings(db()).value(name, absent); }

    // Every row of desk_settings and the activity log, to prove nothing was written.
    QStringList bookState()
    {
        QStringList rows;
        QSqlQuery q;
        if (!db().exec(q, QStringLiteral("SELECT key, value FROM desk_settings ORDER BY key")))
            return { db().lastError() };
        while (q.next())
            rows << q.value(0).toString() + u'=' + q.value(1).toString();
        for (const ActivityLog::Entry &e : ActivityLog(db()).recent(1000))
            rows << QString::number(e.id) + u' ' + e.message;
        return rows;
    }

    std::unique_ptr<SettingsDialog> openDialog()
    {
        auto dialog = std::make_unique<SettingsDialog>(*m_workspace, *m_secrets, m_registry, m_currencies);
        QSignalSpy loaded(dialog.get(), &SettingsDialog::loaded);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        // The book's settings are read on its thread: nothing of them is offered before.
        if (!QTest::qWaitFor([&loaded] { return loaded.size() == 1; }, 5000) || !dialog->isLoaded())
            return nullptr;
        return dialog;
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void click(QPushButton *button) { QTest::mouseClick(button, Qt::LeftButton); }

    // A click on the box itself (its centre may lie past the end of its text).
    static void toggle(QCheckBox *box)
    {
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
    }

    // Runs `action`, which raises a message box; answers it as staff would and returns its
    // text (empty if none came).
    QString messageBoxText(const std::function<void()> &action)
    {
        QString text;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&text] {
            if (auto *message = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = message->text();
                if (QAbstractButton *yes = message->button(QMessageBox::Yes))
                    yes->click(); // a question: staff mean it
                else
                    message->accept();
            }
        });
        closer.start(50);
        action();
        return QTest::qWaitFor([&text] { return !text.isEmpty(); }, 5000) ? text : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
        QSettings().clear();
        QString error;
        m_workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
    }

    void cleanupTestCase()
    {
        SecretJob *job = m_secrets->remove(IpnRoute::secretOwner(), IpnRoute::secretKey());
        QSignalSpy(job, &SecretJob::finished).wait(20000);
    }

    void invalidInputDisablesOk()
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        // A fresh book: the listener's default address, nothing else set.
        QCOMPARE(dialog->addressEdit()->text(), key(DeskSettings::defaultListenAddress));
        QVERIFY(!dialog->listenerEnabledBox()->isChecked());
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->addressProblem()->isVisible());

        retype(dialog->addressEdit(), QStringLiteral("desk.example.com"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->addressProblem()->isVisible());
        QVERIFY(dialog->addressProblem()->text().contains(QStringLiteral("host:port")));
        QTest::keyClicks(dialog->addressEdit(), QStringLiteral(":80"));
        QVERIFY(!dialog->okButton()->isEnabled()); // a host name other than localhost
        retype(dialog->addressEdit(), QStringLiteral("0.0.0.0:9797"));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->addressProblem()->isVisible());

        QTest::keyClicks(dialog->publicUrlEdit(), QStringLiteral("ftp://desk.example.com"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->publicUrlProblem()->isVisible());
        retype(dialog->publicUrlEdit(), QStringLiteral("https://desk.example.com/pd"));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!dialog->publicUrlProblem()->isVisible());
        dialog->publicUrlEdit()->clear();
        QVERIFY(dialog->okButton()->isEnabled()); // optional

        // Enter with a bad address does not save either.
        const QStringList before = bookState();
        retype(dialog->addressEdit(), QStringLiteral("127.0.0.1"));
        QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(bookState(), before);
    }

    void cancelWritesNothing()
    {
        const QStringList before = bookState();
        const auto dialog = openDialog();
        QVERIFY(dialog);
        toggle(dialog->listenerEnabledBox());
        QVERIFY(dialog->listenerEnabledBox()->isChecked());
        retype(dialog->addressEdit(), QStringLiteral("127.0.0.1:9000"));
        QTest::keyClicks(dialog->publicAddressEdit(), QStringLiteral("203.0.113.7"));
        QTest::keyClick(dialog->defaultProviderBox(usdt), Qt::Key_Down);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        click(buttons->button(QDialogButtonBox::Cancel));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(bookState(), before);
    }

    void okWritesTheChangedKeys()
    {
        const QStringList before = bookState();
        const int entriesBefore = int(ActivityLog(db()).recent(1000).size());
        const auto dialog = openDialog();
        QVERIFY(dialog);
        // One row per currency some provider serves; the sandbox serves USDTTRC20 and CARDUAH.
        QVERIFY(dialog->defaultProviderBox(usdt));
        QVERIFY(dialog->defaultProviderBox(QStringLiteral("CARDUAH")));
        QSet<QString> served;
        int servingUsdt = 0;
        for (const Manifest &m : m_registry.manifests()) {
            served.unite(QSet<QString>(m.allowXml.begin(), m.allowXml.end()));
            servingUsdt += m.serves(usdt);
        }
        QCOMPARE(dialog->defaultsTable()->rowCount(), int(served.size()));
        QComboBox *box = dialog->defaultProviderBox(usdt);
        QCOMPARE(box->count(), 1 + servingUsdt); // "(first that serves it)" and each provider
        QCOMPARE(box->currentData().toString(), QString());
        QCOMPARE(box->currentText(), QStringLiteral("(first that serves it)"));

        // The wheel over a box without focus scrolls the table and leaves the box alone.
        QComboBox *btc = dialog->defaultProviderBox(QStringLiteral("BTC"));
        const QPointF inside(5, 5);
        QWheelEvent wheel(inside, btc->mapToGlobal(inside), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(btc, &wheel);
        QCOMPARE(btc->currentIndex(), 0);
        QVERIFY(dialog->defaultsTable()->verticalScrollBar()->value() > 0);

        toggle(dialog->listenerEnabledBox());
        retype(dialog->addressEdit(), QStringLiteral("127.0.0.1:9797"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentData().toString(), QStringLiteral("sandbox"));
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        click(dialog->okButton());
        // Closed once the book has them; OK is not offered twice meanwhile.
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(accepted.wait(5000));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(stored(key(DeskSettings::listenerEnabled)), QStringLiteral("1"));
        QCOMPARE(stored(key(DeskSettings::listenAddress)), QStringLiteral("127.0.0.1:9797"));
        QCOMPARE(stored(DeskSettings::payoutDefaultKey(usdt)), QStringLiteral("sandbox"));
        // Unchanged keys are not written.
        QCOMPARE(stored(key(DeskSettings::publicUrl)), absent);
        QCOMPARE(stored(key(DeskSettings::publicAddress)), absent);
        QCOMPARE(stored(DeskSettings::payoutDefaultKey(QStringLiteral("CARDUAH"))), absent);
        QCOMPARE(bookState().size(), before.size() + 3 + 3);

        // One activity entry per change, newest first, by whoever is at the desk.
        const auto entries = ActivityLog(db()).recent(1000);
        QCOMPARE(int(entries.size()), entriesBefore + 3);
        const QStringList subjects = { entries.at(2).subject, entries.at(1).subject, entries.at(0).subject };
        QCOMPARE(subjects,
            (QStringList { key(DeskSettings::listenerEnabled), key(DeskSettings::listenAddress),
                DeskSettings::payoutDefaultKey(usdt) }));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(entries.at(i).kind, QStringLiteral("desk.settings"));
            QCOMPARE(entries.at(i).actor, Workspace::currentStaff());
        }
        QCOMPARE(entries.at(1).message, QStringLiteral("listener.address set to \"127.0.0.1:9797\""));
        QCOMPARE(entries.at(0).message, QStringLiteral("payout.default.USDTTRC20 set to \"sandbox\""));
    }

    void reopenedDialogShowsTheStoredValues()
    {
        const QStringList before = bookState();
        {
            const auto dialog = openDialog();
            QVERIFY(dialog);
            QVERIFY(dialog->listenerEnabledBox()->isChecked());
            QCOMPARE(dialog->addressEdit()->text(), QStringLiteral("127.0.0.1:9797"));
            QCOMPARE(dialog->defaultProviderBox(usdt)->currentData().toString(), QStringLiteral("sandbox"));
            QCOMPARE(dialog->defaultProviderBox(QStringLiteral("BTC"))->currentData().toString(), QString());
            QVERIFY(dialog->okButton()->isEnabled());
            const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
            QTRY_VERIFY(dialog->ipnSecretEditor()->state() != SecretEditor::State::Reading
                && dialog->apiTokenEditor()->state() != SecretEditor::State::Reading);
            if (!shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/settings.png"));
            // OK with nothing changed writes nothing.
            click(dialog->okButton());
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        }
        QCOMPARE(bookState(), before);

        // Back to "the first that serves it": the default is removed (an empty value).
        const auto dialog = openDialog();
        QVERIFY(dialog);
        QComboBox *box = dialog->defaultProviderBox(usdt);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(box->currentIndex(), 0);
        click(dialog->okButton());
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored(DeskSettings::payoutDefaultKey(usdt)), QString());
        QCOMPARE(ActivityLog(db()).recent(1).first().message, QStringLiteral("payout.default.USDTTRC20 cleared"));
    }

    // A write the book refuses: the message box says so, and neither the settings before it
    // nor any activity entry is kept.
    void refusedWriteSavesNothing()
    {
        QVERIFY(db().exec(
            QStringLiteral("CREATE TRIGGER refuse_defaults BEFORE INSERT ON desk_settings "
                           "WHEN NEW.key LIKE 'payout.default.%' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        const QStringList before = bookState();
        const auto dialog = openDialog();
        QVERIFY(dialog);
        retype(dialog->addressEdit(), QStringLiteral("127.0.0.1:9898"));
        QTest::keyClicks(dialog->publicAddressEdit(), QStringLiteral("203.0.113.7"));
        QComboBox *box = dialog->defaultProviderBox(QStringLiteral("BTC"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);

        const QString shown = messageBoxText([&dialog] { click(dialog->okButton()); });
        QVERIFY2(shown.contains(QStringLiteral("refused by test")), qPrintable(shown));
        QVERIFY(dialog->isVisible()); // staff can fix it or cancel
        QCOMPARE(bookState(), before);
        QVERIFY(db().exec(QStringLiteral("DROP TRIGGER refuse_defaults")));

        // The same OK once the book accepts it.
        QTRY_VERIFY(dialog->okButton()->isEnabled());
        click(dialog->okButton());
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(stored(key(DeskSettings::listenAddress)), QStringLiteral("127.0.0.1:9898"));
        QCOMPARE(stored(DeskSettings::payoutDefaultKey(QStringLiteral("BTC"))), QStringLiteral("sandbox"));
    }

    // The IPN secret is typed into the dialog and goes to the keychain at once, never to the
    // book: the activity log says that it changed, not what it is. Cancel does not undo it
    // (the keychain has no transaction to join); Remove asks first.
    void ipnSecretGoesToTheKeychainOnly()
    {
        const QString secret = QStringLiteral("ipn-s3cr3t-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const auto dialog = openDialog();
        QVERIFY(dialog);
        SecretEditor *editor = dialog->ipnSecretEditor();
        QTRY_COMPARE(editor->state(), SecretEditor::State::NotSet);
        QVERIFY(editor->edit()->isEnabled());
        QVERIFY(!editor->removeButton()->isVisible());
        QCOMPARE(editor->edit()->echoMode(), QLineEdit::Password);

        QSignalSpy changed(editor, &SecretEditor::changed);
        QTest::keyClicks(editor->edit(), secret);
        QTest::keyClick(editor->edit(), Qt::Key_Return); // saves, and does not press OK
        QVERIFY(editor->edit()->text().isEmpty()); // no copy kept in the form
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
        QCOMPARE(editor->state(), SecretEditor::State::Stored);
        QVERIFY(!editor->edit()->isEnabled());
        QVERIFY(editor->replaceButton()->isVisible());

        SecretJob *read = m_secrets->read(IpnRoute::secretOwner(), IpnRoute::secretKey());
        QVERIFY(QSignalSpy(read, &SecretJob::finished).wait(20000));
        QCOMPARE(read->secret(), secret);
        // The activity entry is written on the book's thread.
        QTRY_COMPARE(
            ActivityLog(db()).recent(1).first().message, QStringLiteral("merchant/ipnSecret stored in the keychain"));
        QCOMPARE(ActivityLog(db()).recent(1).first().subject, QStringLiteral("merchant/ipnSecret"));
        QVERIFY(!bookState().join(u'\n').contains(secret));
        dialog->reject();

        // Reopened: said to be there, not shown; Remove asks, then the keychain has none.
        const auto again = openDialog();
        QVERIFY(again);
        SecretEditor *shown = again->ipnSecretEditor();
        QTRY_COMPARE(shown->state(), SecretEditor::State::Stored);
        QVERIFY(shown->edit()->text().isEmpty());
        const QString question = messageBoxText([shown] { click(shown->removeButton()); });
        QVERIFY2(question.contains(QStringLiteral("Every IPN is refused")), qPrintable(question));
        QTRY_COMPARE(shown->state(), SecretEditor::State::NotSet);
        SecretJob *gone = m_secrets->read(IpnRoute::secretOwner(), IpnRoute::secretKey());
        QVERIFY(QSignalSpy(gone, &SecretJob::finished).wait(20000));
        QCOMPARE(gone->outcome(), SecretJob::Outcome::NotFound);
        QTRY_COMPARE(ActivityLog(db()).recent(1).first().message,
            QStringLiteral("merchant/ipnSecret removed from the keychain"));
    }

    void geometryIsRemembered()
    {
        {
            const auto dialog = openDialog();
            QVERIFY(dialog);
            dialog->resize(760, 880);
            QTRY_COMPARE(dialog->size(), QSize(760, 880));
            dialog->reject();
        }
        const auto again = openDialog();
        QVERIFY(again);
        QCOMPARE(again->size(), QSize(760, 880));
        again->reject();
    }

    // Edit → Settings… with Ctrl+, from the main window, listed in Help → Keyboard shortcuts.
    void menuAndShortcut()
    {
        QNetworkAccessManager network;
        SecretStore secrets(m_workspace->id());
        ProviderHub hub(m_registry, db(), secrets, &network);
        PayoutEngine engine(db(), hub, m_currencies);
        MainWindow window(*m_workspace, m_currencies, hub, engine);
        window.show();
        window.activateWindow();
        QApplication::setActiveWindow(&window); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Settings…"))
                action = a;
        }
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->addressEdit()->text(), QStringLiteral("127.0.0.1:9898"));
        QCOMPARE(window.openSettings(), dialog); // the same one again
        const QPointer<SettingsDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(guard.isNull()); // deleted on close

        QApplication::setActiveWindow(&window); // back to the window: Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString shortcuts = messageBoxText([&window] { QTest::keyClick(&window, Qt::Key_F1); });
        QVERIFY2(shortcuts.contains(QStringLiteral("Settings…")), qPrintable(shortcuts));
        QVERIFY(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
    }
};

QTEST_MAIN(TestGuiSettings)
#include "test_gui_settings.moc"
