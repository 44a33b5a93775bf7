#include "AboutDialog.h"
#include "contract/TlsSupport.h"
#include "workspace/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace pd;

// Help → About PayoutDesk: the build details it shows are those of the binary staff run
// (`payoutdesk --version` says the same), and Copy puts all of them on the clipboard.
class TestGuiAbout : public QObject {
    Q_OBJECT

    static QString shown(const QTableWidget *table, const QString &label)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == label)
                return table->item(row, 1)->text();
        }
        return {};
    }

private slots:
    void versionCommitAndCopy()
    {
        const QString gui = qEnvironmentVariable("PAYOUTDESK_GUI");
        QVERIFY2(!gui.isEmpty(), "run it through ctest, which says where payoutdesk is");
        QProcess version;
        version.start(gui, { QStringLiteral("--version") });
        QVERIFY(version.waitForFinished(20000));
        const QStringList lines = QString::fromUtf8(version.readAllStandardOutput()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        const QString line = lines.first();
        QCOMPARE(line, BuildInfo::versionLine(QStringLiteral("payoutdesk")));
        // Then the OpenSSL the desk runs with, and Qt's TLS backend, which is OpenSSL.
        QCOMPARE(lines.at(1), TlsSupport::openSslVersion() + QStringLiteral(" (Qt's TLS backend: openssl)"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("OpenSSL 3.")), qPrintable(lines.at(1)));
        QCOMPARE(TlsSupport::problem(), QString());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^payoutdesk \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{12}|unknown)\\)$"))
                .match(line)
                .hasMatch(),
            qPrintable(line));

        AboutDialog dialog(QStringLiteral("/srv/desk/workspace"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(shown(dialog.detailsTable(), QStringLiteral("Version")), BuildInfo::version());
        QCOMPARE(shown(dialog.detailsTable(), QStringLiteral("Commit")), BuildInfo::commit());
        QVERIFY(line.contains(shown(dialog.detailsTable(), QStringLiteral("Commit"))));
        QCOMPARE(shown(dialog.detailsTable(), QStringLiteral("Qt (running)")), QString::fromLatin1(qVersion()));
        QVERIFY(!shown(dialog.detailsTable(), QStringLiteral("SQLite")).isEmpty());
        QCOMPARE(shown(dialog.detailsTable(), QStringLiteral("OpenSSL")), TlsSupport::openSslVersion());
        QCOMPARE(shown(dialog.detailsTable(), QStringLiteral("TLS backend")), QStringLiteral("openssl"));
        QCOMPARE(shown(dialog.detailsTable(), QStringLiteral("Workspace")), QStringLiteral("/srv/desk/workspace"));

        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, dialog.supportText());
        // What the binary says of itself is in the ticket: "0.1.0 (commit abc…)".
        QVERIFY2(copied.contains(line.section(u' ', 1)), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("Workspace: /srv/desk/workspace")));

        const QString shots = qEnvironmentVariable("PAYOUTDESK_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/about.png"));
    }
};

QTEST_MAIN(TestGuiAbout)
#include "test_gui_about.moc"
