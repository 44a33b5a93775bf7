#include "TestOrders.h"
#include "export/CsvWriter.h"
#include "import/OrderRecord.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// payoutdesk-cli as ops and scripts use it: a black box with arguments, output and exit codes.
class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_workspace;

    struct Run {
        int code;
        QByteArray out;
        QByteArray err;
    };

    Run cli(QStringList args, bool withWorkspace = true)
    {
        if (withWorkspace)
            args = QStringList { QStringLiteral("--workspace"), m_workspace } + args;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path()); // --demo writes under the user's data folder
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PAYOUTDESK_CLI"), args);
        if (!p.waitForFinished(120000))
            return { -1, {}, "timeout" };
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_home.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    }

    static QByteArray csvOf(int count, int badLine = 0)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.writeRow(OrderRecord::fieldNames());
        for (int i = 1; i <= count; ++i) {
            Order o = testorders::make(i, i % 2 ? OrderStatus::Done : OrderStatus::InProgressPayout);
            QStringList fields = OrderRecord::toFields(o);
            if (i + 1 == badLine)
                fields[6] = QStringLiteral("NOTACURRENCY");
            csv.writeRow(fields, { 3, 4 });
        }
        return buffer.data();
    }

private slots:
    // `providers list` names what a provider still needs, and not the keys it may go without.
    void providersListSaysWhatIsMissing()
    {
        QCOMPARE(cli({ QStringLiteral("init"), m_workspace }, false).code, 0);
        const Run r = cli({ QStringLiteral("providers"), QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        const qsizetype at = out.indexOf(QLatin1String("\nwhitebit "));
        QVERIFY2(at >= 0, r.out.constData());
        const QString whitebit = out.mid(at + 1).section(u'\n', 0, 12);
        const QString missing = whitebit.section(QStringLiteral("missing: "), 1).section(u'\n', 0, 0);
        QVERIFY2(missing.contains(QLatin1String("apiKey")) && missing.contains(QLatin1String("apiSecret")),
            qPrintable(whitebit));
        QVERIFY2(!missing.contains(QLatin1String("webhook")), qPrintable(whitebit));
    }

    // settings set payout.default.XML: the provider must pay that currency; list shows it.
    void settingsSetsTheDefaultProvider()
    {
        QCOMPARE(cli({ QStringLiteral("init"), m_workspace }, false).code, 0);
        const QString key = QStringLiteral("payout.default.USDTTRC20");
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), key, QStringLiteral("whitebit") }).code, 0);
        QVERIFY(cli({ QStringLiteral("settings"), QStringLiteral("list") })
                    .out.contains((key + QStringLiteral("\twhitebit\n")).toUtf8()));
        const Run wrong = cli({ QStringLiteral("settings"), QStringLiteral("set"),
            QStringLiteral("payout.default.CARDUAH"), QStringLiteral("binance") });
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains("does not pay"), wrong.err.constData());
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("listener.address"),
                         QStringLiteral("0.0.0.0:1") })
                     .code,
            2);
        QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), key }).code, 0); // no default
        QVERIFY(!cli({ QStringLiteral("settings"), QStringLiteral("list") }).out.contains("whitebit"));
    }

    void init()
    {
        m_workspace = m_home.filePath(QStringLiteral("ws-") + QString::fromLatin1(QTest::currentTestFunction()));
        const Run made = cli({ QStringLiteral("init"), m_workspace }, false);
        QVERIFY2(made.code == 0, made.err.constData()); // created, or there from the row before
    }

    // A mistyped folder is refused with what to do, and nothing is created there.
    void mistypedWorkspaceCreatesNothing()
    {
        const QString typo = m_workspace + QStringLiteral("/typo");
        const Run r = cli({ QStringLiteral("--workspace"), typo, QStringLiteral("payout"), QStringLiteral("approve"),
                              QStringLiteral("--all") },
            false);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("no workspace") && r.err.contains("init"), r.err.constData());
        QVERIFY(!QFileInfo::exists(typo));
        // init makes one; a second init changes nothing; --create makes one on the way.
        QCOMPARE(cli({ QStringLiteral("init"), typo }, false).code, 0);
        const Run again = cli({ QStringLiteral("init"), typo }, false);
        QVERIFY(again.code == 0 && again.out.contains("already"));
        const QString other = m_workspace + QStringLiteral("/other");
        QCOMPARE(cli({ QStringLiteral("--workspace"), other, QStringLiteral("--create"), QStringLiteral("orders"),
                         QStringLiteral("list") },
                     false)
                     .code,
            0);
        QVERIFY(QFileInfo::exists(other + QStringLiteral("/payoutdesk.sqlite")));
    }

    void helpEverywhere_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("top") << QStringList { QStringLiteral("--help") } << QStringLiteral("orders import");
        QTest::addRow("list") << QStringList { QStringLiteral("orders"), QStringLiteral("list"),
            QStringLiteral("--help") }
                              << QStringLiteral("--status");
        QTest::addRow("show") << QStringList { QStringLiteral("orders"), QStringLiteral("show"),
            QStringLiteral("--help") }
                              << QStringLiteral("UID");
        QTest::addRow("import") << QStringList { QStringLiteral("orders"), QStringLiteral("import"),
            QStringLiteral("--help") }
                                << QStringLiteral("line number");
    }
    void helpEverywhere()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(args, false);
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out + r.err);
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Exit codes")));
    }

    // The usage is made from the command table: a group's --help lists its subcommands only, and
    // a group without one says which there are.
    void usageFromTheTable()
    {
        const Run group = cli({ QStringLiteral("orders"), QStringLiteral("--help") }, false);
        QCOMPARE(group.code, 0);
        QVERIFY2(group.out.contains("orders recipient ORDER accept|keep") && !group.out.contains("payout approve"),
            group.out.constData());
        const Run none = cli({ QStringLiteral("payout") }, false);
        QCOMPARE(none.code, 2);
        QVERIFY2(
            none.err.contains(
                "\"payout\" needs a subcommand: approve, hold, release, reject, retry, mark-paid, status or poll."),
            none.err.constData());
        const Run unknown = cli({ QStringLiteral("staff"), QStringLiteral("fire") }, false);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("Unknown subcommand \"staff fire\"."), unknown.err.constData());
        const Run all = cli({ QStringLiteral("--help") }, false);
        for (const char *line : { "  init DIR ", "  serve [--listen HOST:PORT]", "  staff remove LOGIN " })
            QVERIFY2(all.err.contains(line), line);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({ QStringLiteral("payout") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("paid") })
                     .code,
            2);
        QCOMPARE(
            cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") })
                .code,
            2);
        QCOMPARE(cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--bogus") }).code, 2);
        QCOMPARE(cli({ QStringLiteral("orders"), QStringLiteral("import") }).code, 2);
    }

    // The acceptance case: one bad row at line 500 → nothing imported, line 500 named, non-zero exit.
    void importBadRowAtLine500()
    {
        const QString file = writeFile(QStringLiteral("bad.csv"), csvOf(700, 500));
        const Run r = cli({ QStringLiteral("orders"), QStringLiteral("import"), file });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(":500: "), r.err.constData());
        QVERIFY(r.err.contains("NOTACURRENCY"));
        QVERIFY(r.err.contains("Nothing was imported"));
        const Run list = cli(
            { QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void importListShow()
    {
        const QString file = writeFile(QStringLiteral("good.csv"), csvOf(250));
        const Run r = cli({ QStringLiteral("orders"), QStringLiteral("import"), file });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Imported 250"));

        Run list = cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0") });
        QCOMPARE(list.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(all.size(), 250);
        QCOMPARE(all.first().toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("250")); // newest first
        QCOMPARE(all.first().toObject().value(QStringLiteral("outAmount")).toString(), QStringLiteral("317.420001"));

        list = cli(
            { QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0") });
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 125);
        list = cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--limit"), QStringLiteral("10") });
        QCOMPARE(list.out.count('\n'), 11);
        QVERIFY(list.out.startsWith("id,uid,status,inAmount,outAmount"));
        list = cli(
            { QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("42") });
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("TQrY8tryqsYVCYS3MFbtffiPp2ccyn0042"));

        const Run show = cli({ QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("42") });
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(testorders::make(42).id.toLatin1()));
        QVERIFY(show.out.contains("Imported from good.csv"));
        const Run json = cli({ QStringLiteral("orders"), QStringLiteral("show"), testorders::make(42).id,
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("history")).toArray().size(), 1);
        QCOMPARE(cli({ QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("99999") }).code, 3);

        // A second import of the same file is refused whole.
        QCOMPARE(cli({ QStringLiteral("orders"), QStringLiteral("import"), file }).code, 4);
    }

    // Issue 18: the queue's actions from the command line, each with its exit code.
    void payoutActions()
    {
        // UIDs 2, 4 and 6 wait for their payout; 1, 3, 5 are paid out.
        QCOMPARE(
            cli({ QStringLiteral("orders"), QStringLiteral("import"), writeFile(QStringLiteral("q.csv"), csvOf(6)) })
                .code,
            0);
        const auto countOf = [this](const QString &status) {
            return QJsonDocument::fromJson(
                cli({ QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"), status,
                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"),
                        QStringLiteral("0") })
                    .out)
                .array()
                .size();
        };
        const auto payout
            = [this](const QStringList &args) { return cli(QStringList { QStringLiteral("payout") } + args); };
        QCOMPARE(payout({ QStringLiteral("hold"), QStringLiteral("2") }).code, 2); // no reason
        Run r = payout({ QStringLiteral("hold"), QStringLiteral("2"), QStringLiteral("--reason"),
            QStringLiteral("client asked") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("2  done  Held."), r.out.constData());
        QCOMPARE(countOf(QStringLiteral("hold")), 1);
        r = payout(
            { QStringLiteral("hold"), QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("again") });
        QCOMPARE(r.code, 1); // already on hold: refused, and says why
        QVERIFY2(r.out.contains("refused"), r.out.constData());
        QCOMPARE(payout({ QStringLiteral("release"), QStringLiteral("2") }).code, 0);
        QCOMPARE(countOf(QStringLiteral("hold")), 0);
        QCOMPARE(countOf(QStringLiteral("inProgressPayout")), 3);

        QCOMPARE(payout({ QStringLiteral("reject"), QStringLiteral("4"), QStringLiteral("--reason"),
                            QStringLiteral("duplicate") })
                     .code,
            0);
        QCOMPARE(countOf(QStringLiteral("returned")), 1);
        QCOMPARE(payout({ QStringLiteral("reject"), QStringLiteral("4"), QStringLiteral("--reason"),
                            QStringLiteral("twice") })
                     .code,
            1);
        QCOMPARE(payout({ QStringLiteral("retry"), QStringLiteral("6") }).code, 1); // its payout did not fail
        QCOMPARE(payout({ QStringLiteral("mark-paid"), QStringLiteral("6") }).code, 2); // no reference
        r = payout({ QStringLiteral("mark-paid"), QStringLiteral("6"), QStringLiteral("--reference"),
            QStringLiteral("BANK-1") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("BANK-1"), r.out.constData());
        QCOMPARE(countOf(QStringLiteral("done")), 4);
        QCOMPARE(
            payout({ QStringLiteral("hold"), QStringLiteral("99999"), QStringLiteral("--reason"), QStringLiteral("x") })
                .code,
            3);
    }

    // --demo opens its own workspace, filled once from a fixed seed, every status present.
    void demoWorkspace()
    {
        const Run r = cli(
            { QStringLiteral("--demo"), QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0") },
            false);
        QCOMPARE(r.code, 0);
        const QJsonArray orders = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(orders.size(), 600);
        QSet<QString> statuses, currencies;
        for (const QJsonValue &v : orders) {
            statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
            currencies.insert(v.toObject().value(QStringLiteral("xml_to")).toString());
        }
        QCOMPARE(statuses.size(), 10);
        QVERIFY(currencies.size() >= 12);
        const Run again = cli(
            { QStringLiteral("--demo"), QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("0") },
            false);
        QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 600); // not filled twice
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
