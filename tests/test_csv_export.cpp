#include "export/CsvExport.h"
#include "export/CsvExportJob.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The acceptance test of the CSV export: every cell of every export, as a real CSV parser
// (Python's csv module) reads it back, against what the database holds.
class TestCsvExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    using Table = QList<QStringList>;

    // Text a spreadsheet or a naive CSV writer gets wrong.
    static QStringList awkward()
    {
        return { QStringLiteral("plain"), QStringLiteral("comma, inside"), QStringLiteral("semi;colon"),
            QStringLiteral("say \"hello\""), QStringLiteral("\"quoted whole\""), QStringLiteral("two\nlines"),
            QStringLiteral("crlf\r\nlines"), QStringLiteral("Перевод Иванову, «срочно»"),
            QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+7 999 123-45-67"),
            QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tleading tab"),
            QStringLiteral("\rleading CR"), QStringLiteral("mid\ttab"), QStringLiteral("ends with CR\r"),
            QStringLiteral("'already quoted"), QString(), QStringLiteral("  spaces  "), QStringLiteral("=;\",\n-") };
    }

    // The rule as staff's spreadsheets need it: an apostrophe before what would run as a formula
    // at the start of the cell and after each ',', ';' or line break inside it.
    static QString neutralisedText(const QString &stored)
    {
        QString out;
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const bool start = i == 0 || QStringLiteral(",;\n\r").contains(stored.at(i - 1));
            if (start && formulaLike(stored.mid(i, 1)))
                out += u'\'';
            out += stored.at(i);
        }
        return out;
    }

    static bool formulaLike(const QString &cell)
    {
        return !cell.isEmpty()
            && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@'
                || cell.front() == u'\t' || cell.front() == u'\r' || cell.front() == u'\'');
    }

    static QString isoTime(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    Database &db() { return m_workspace->database(); }

    // Rows as the database holds them, times as ISO 8601 UTC (written by QDateTime, not by
    // the export's own formatter).
    Table dbRows(const QString &sql, const QList<int> &timeColumns, const QVariantList &values = {})
    {
        QSqlQuery q;
        if (!db().exec(q, sql, values))
            qFatal("%s", qPrintable(db().lastError()));
        Table rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (timeColumns.contains(i) ? isoTime(q.value(i).toLongLong()) : q.value(i).toString());
            rows << row;
        }
        return rows;
    }

    static QString ordersSql(const QString &where = {})
    {
        return QStringLiteral("SELECT id, uid, status, in_amount, out_amount, xml_from, xml_to, to_values, route_id, "
                              "partner, created_at, updated_at FROM orders %1 ORDER BY created_at DESC, id DESC")
            .arg(where);
    }

    static QString historySql(const QString &where = {})
    {
        return QStringLiteral("SELECT order_id, old_status, status, payout_status, order_note, comment, actor, at "
                              "FROM order_history %1 ORDER BY at, id")
            .arg(where);
    }

    // Parses the file with Python's csv module (strict), which must be the whole file.
    static Table parseWithPython(const QString &path, char delimiter, bool bom)
    {
        const QString script = QStringLiteral("import csv, json, sys\n"
                                              "with open(sys.argv[1], newline='', encoding=sys.argv[3]) as f:\n"
                                              "    rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))\n"
                                              "sys.stdout.write(json.dumps(rows))\n");
        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"), script, path, QString(QLatin1Char(delimiter)),
                bom ? QStringLiteral("utf-8-sig") : QStringLiteral("utf-8") });
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qWarning() << "python3 failed:" << python.errorString() << python.readAllStandardError();
        const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput());
        Table rows;
        for (const QJsonValue &row : doc.array()) {
            QStringList cells;
            for (const QJsonValue &cell : row.toArray())
                cells << cell.toString();
            rows << cells;
        }
        return rows;
    }

    // Every cell of the file against the database: formula-like cells carry the apostrophe
    // and equal the stored text without it; amounts are never touched.
    static bool sameCells(const Table &file, const QStringList &header, const Table &expected,
        const QList<int> &amountColumns, QString *why)
    {
        if (file.isEmpty() || file.first() != header) {
            *why = QStringLiteral("header: %1").arg(file.value(0).join(u'|'));
            return false;
        }
        if (file.size() - 1 != expected.size()) {
            *why = QStringLiteral("%1 rows, expected %2").arg(file.size() - 1).arg(expected.size());
            return false;
        }
        for (qsizetype r = 0; r < expected.size(); ++r) {
            const QStringList &got = file.at(r + 1);
            const QStringList &want = expected.at(r);
            if (got.size() != want.size()) {
                *why = QStringLiteral("row %1 has %2 cells").arg(r + 1).arg(got.size());
                return false;
            }
            for (qsizetype c = 0; c < want.size(); ++c) {
                const QString &stored = want.at(c);
                const QString wanted = amountColumns.contains(int(c)) ? stored : neutralisedText(stored);
                if (got.at(c) != wanted) {
                    *why = QStringLiteral("row %1 column %2 (%3): got [%4], stored [%5]")
                               .arg(r + 1)
                               .arg(c)
                               .arg(header.at(c), got.at(c), stored);
                    return false;
                }
            }
        }
        return true;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString target(const QString &name) const { return m_dir.filePath(name); }

    CsvExport::Outcome exportTo(const CsvExport::Options &options, const QString &path)
    {
        return CsvExport(db(), options).toFile(path);
    }

    struct Run {
        int code;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList &args, const QString &workspace = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
            QStringList { QStringLiteral("--workspace"), workspace.isEmpty() ? m_workspace->dir() : workspace } + args);
        if (!p.waitForFinished(120000))
            return { -1, {}, "timeout" };
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws")), &error);
        QVERIFY2(m_workspace, qPrintable(error));

        const QStringList text = awkward();
        const QStringList amounts
            = { QStringLiteral("-0.50"), QStringLiteral("317.420001"), QStringLiteral("-1000000.12345678"),
                  QStringLiteral("0.00000001"), QStringLiteral("+2.5"), QStringLiteral("-0") };
        const QStringList statuses = { QStringLiteral("done"), QStringLiteral("inProgressPayout"),
            QStringLiteral("new"), QStringLiteral("returned") };
        const QStringList currencies
            = { QStringLiteral("BTC"), QStringLiteral("USDTTRC20"), QStringLiteral("CARDRUB") };
        const qint64 base = 1795466757123; // 2026-11-23T20:45:57.123Z
        QVERIFY(db().exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 60; ++i) {
            const QString id = QStringLiteral("65a0000000000000%1").arg(i, 8, 16, QLatin1Char('0'));
            const QString at = text.at(i % text.size());
            const QJsonArray values = { QJsonObject { { QStringLiteral("key"), QStringLiteral("name") },
                { QStringLiteral("name"), text.at((i + 3) % text.size()) }, { QStringLiteral("value"), at } } };
            // Times: before 1970, across a leap day and a year end, with and without milliseconds.
            const qint64 created = i == 0 ? -86399999
                : i == 1                  ? 951782400000
                : i == 2                  ? 1798761599999
                                          : base - qint64(i) * 3600123;
            QVERIFY2(db().exec(
                         QStringLiteral("INSERT INTO orders (id, uid, status, in_amount, out_amount, xml_from, xml_to, "
                                        "to_values, route_id, partner, created_at, updated_at) "
                                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                         { id, 1000 + i, statuses.at(i % statuses.size()), amounts.at(i % amounts.size()),
                             amounts.at((i + 1) % amounts.size()), currencies.at(i % currencies.size()),
                             currencies.at((i + 1) % currencies.size()),
                             QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)),
                             text.at((i + 1) % text.size()), at, created, created + 1000 }),
                qPrintable(db().lastError()));
            for (int h = 0; h < 3; ++h) {
                QVERIFY(
                    db().exec(QStringLiteral("INSERT INTO order_history (order_id, old_status, status, payout_status, "
                                             "order_note, comment, actor, at) VALUES (?,?,?,?,?,?,?,?)"),
                        { id, h == 0 ? QVariant(QMetaType::fromType<QString>()) : QVariant(statuses.at(h)),
                            statuses.at((i + h) % statuses.size()), text.at((i + h + 5) % text.size()),
                            text.at((i + h + 7) % text.size()), text.at((i + h) % text.size()),
                            h == 2 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("Ольга"),
                            created + h * 60000 + 7 }));
            }
        }
        QVERIFY(db().exec(QStringLiteral("COMMIT")));
    }

    void isoTimeMatchesQDateTime()
    {
        QList<qint64> samples = { 0, -1, 1, -86400000, -86399999, 951782400000, 951868799999, 1795466757123,
            253402300799999 /* 9999-12-31T23:59:59.999Z */, -62135596800000 /* 0001-01-01 */ };
        QRandomGenerator random(42);
        for (int i = 0; i < 200000; ++i)
            samples << random.bounded(qint64(-62135596800000), qint64(253402300799999));
        for (qint64 ms : samples)
            QCOMPARE(CsvExport::isoTime(ms), isoTime(ms).toUtf8());
        QCOMPARE(CsvExport::isoTime(1795466757123), QByteArray("2026-11-23T20:45:57.123Z"));
        QCOMPARE(CsvExport::isoTime(1798761600000), QByteArray("2027-01-01T00:00:00.000Z"));
    }

    // Orders and history, with , and ;, with and without a BOM: every cell, through Python.
    void everyCellThroughPython_data()
    {
        QTest::addColumn<bool>("history");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("bom");
        for (bool history : { false, true })
            for (char delimiter : { ',', ';' })
                for (bool bom : { false, true })
                    QTest::addRow("%s %c %s", history ? "history" : "orders", delimiter, bom ? "bom" : "no bom")
                        << history << delimiter << bom;
    }
    void everyCellThroughPython()
    {
        QFETCH(bool, history);
        QFETCH(char, delimiter);
        QFETCH(bool, bom);
        CsvExport::Options options;
        options.what = history ? CsvExport::What::History : CsvExport::What::Orders;
        options.delimiter = delimiter;
        options.byteOrderMark = bom;
        const QString path = target(QStringLiteral("every-cell.csv"));
        QFile::remove(path);
        const CsvExport::Outcome outcome = exportTo(options, path);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
        QCOMPARE(outcome.rows, history ? 180 : 60);

        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(bytes.contains(QStringLiteral("Иванову").toUtf8())); // UTF-8, not a locale's encoding
        const Table expected = history ? dbRows(historySql(), { 7 }) : dbRows(ordersSql(), { 10, 11 });
        QString why;
        QVERIFY2(sameCells(parseWithPython(path, delimiter, bom), CsvExport::header(options.what), expected,
                     history ? QList<int> {} : QList<int> { 3, 4 }, &why),
            qPrintable(why));
        // The formula-like cells were there to be neutralised, and amounts were written raw.
        QVERIFY(bytes.contains("'=HYPERLINK") && bytes.contains("'@SUM") && bytes.contains("'-2+3"));
        if (!history)
            QVERIFY(
                bytes.contains(QByteArray(QByteArray(1, delimiter) + "-1000000.12345678" + QByteArray(1, delimiter))));

        // Read through Qt Sql (as on PostgreSQL) rather than SQLite's C API: the same bytes.
        CsvExport throughQtSql(db(), options);
        throughQtSql.setSqliteFastPath(false);
        const QString other = target(QStringLiteral("every-cell-qtsql.csv"));
        QVERIFY(throughQtSql.toFile(other).succeeded());
        QCOMPARE(readAll(other), bytes);
    }

    // The orders page's filters and a date range select the same rows as SQL written by hand.
    void filtersAndDateRange()
    {
        CsvExport::Options options;
        options.filter.statuses = { OrderStatus::Done, OrderStatus::Returned };
        options.filter.currency = QStringLiteral("BTC");
        const QString path = target(QStringLiteral("filtered.csv"));
        QVERIFY(exportTo(options, path).succeeded());
        const QString where
            = QStringLiteral("WHERE status IN ('done','returned') AND (xml_from = 'BTC' OR xml_to = 'BTC')");
        QString why;
        Table expected = dbRows(ordersSql(where), { 10, 11 });
        QVERIFY(!expected.isEmpty());
        QVERIFY2(
            sameCells(parseWithPython(path, ',', false), CsvExport::header(options.what), expected, { 3, 4 }, &why),
            qPrintable(why));

        options.what = CsvExport::What::History;
        QVERIFY(exportTo(options, path).succeeded());
        expected = dbRows(historySql(QStringLiteral("WHERE order_id IN (SELECT id FROM orders %1)").arg(where)), { 7 });
        QVERIFY2(sameCells(parseWithPython(path, ',', false), CsvExport::header(options.what), expected, {}, &why),
            qPrintable(why));

        // A date range: history entries written in it, orders created in it.
        const qint64 from = 1795466757123 - 20 * 3600123, to = 1795466757123 - 5 * 3600123;
        CsvExport::Options range;
        range.what = CsvExport::What::History;
        range.from = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
        range.to = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
        QVERIFY(exportTo(range, path).succeeded());
        expected = dbRows(historySql(QStringLiteral("WHERE at >= ? AND at < ?")), { 7 }, { from, to });
        QVERIFY(expected.size() > 10);
        QVERIFY2(sameCells(parseWithPython(path, ',', false), CsvExport::header(range.what), expected, {}, &why),
            qPrintable(why));
        range.what = CsvExport::What::Orders;
        QVERIFY(exportTo(range, path).succeeded());
        expected
            = dbRows(ordersSql(QStringLiteral("WHERE created_at >= ? AND created_at < ?")), { 10, 11 }, { from, to });
        QCOMPARE(expected.size(), 15);
        QVERIFY2(sameCells(parseWithPython(path, ',', false), CsvExport::header(range.what), expected, { 3, 4 }, &why),
            qPrintable(why));
    }

    // Cancelled, nothing appears under the name, and a file already there is left as it was.
    void cancelLeavesNoFile()
    {
        const QString path = target(QStringLiteral("cancelled.csv"));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        std::atomic<bool> cancel { true };
        CsvExport::Outcome outcome = CsvExport(db(), {}).toFile(path, &cancel);
        QVERIFY(outcome.cancelled);
        QVERIFY(!QFile::exists(path));

        // Mid-way: a book with enough rows for progress to be reported before the end.
        CsvExport::Options options;
        options.what = CsvExport::What::History;
        QVERIFY(db().exec(QStringLiteral("BEGIN")));
        QSqlQuery insert(db().connection());
        insert.prepare(
            QStringLiteral("INSERT INTO order_history (order_id, status, actor, at) VALUES (?, 'done', 'bulk', ?)"));
        for (int i = 0; i < 30000; ++i) {
            insert.bindValue(0, QStringLiteral("65a000000000000000000001"));
            insert.bindValue(1, qint64(1700000000000) + i);
            QVERIFY(insert.exec());
        }
        QVERIFY(db().exec(QStringLiteral("COMMIT")));
        cancel = false;
        qint64 seenTotal = 0, cancelledAt = 0;
        outcome = CsvExport(db(), options).toFile(path, &cancel, [&](qint64 done, qint64 total) {
            seenTotal = total;
            if (done > 0 && !cancel) {
                cancelledAt = done;
                cancel = true;
            }
        });
        QVERIFY(outcome.cancelled);
        QCOMPARE(seenTotal, 30180);
        QVERIFY(cancelledAt > 0 && cancelledAt < 30180);
        QCOMPARE(outcome.rows, cancelledAt);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before); // no temporary file left

        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("the export of yesterday\r\n");
        existing.close();
        cancel = false;
        outcome = CsvExport(db(), options).toFile(path, &cancel, [&](qint64 done, qint64) { cancel = done > 0; });
        QVERIFY(outcome.cancelled);
        QCOMPARE(readAll(path), QByteArray("the export of yesterday\r\n"));
        QFile::remove(path);

        // Through the job, on its own thread with its own connection, cancelled from here.
        CsvExportJob job(db(), options, path);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        // Direct: on the job's thread, so that it stops at the very next row.
        connect(
            &job, &CsvExportJob::progress, &job,
            [&job](qint64 done) {
                if (done > 0)
                    job.cancel();
            },
            Qt::DirectConnection);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.outcome().cancelled);
        // A reply like every other: finished once, not ok, with words for staff.
        QVERIFY(!job.ok() && !job.error().isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(db().exec(QStringLiteral("DELETE FROM order_history WHERE actor = 'bulk'")));
    }

    // The job runs the same export on its own thread and reports progress up to the total.
    void jobWritesTheSameFile()
    {
        CsvExport::Options options;
        options.what = CsvExport::What::History;
        options.delimiter = ';';
        const QString direct = target(QStringLiteral("direct.csv")), threaded = target(QStringLiteral("threaded.csv"));
        QVERIFY(exportTo(options, direct).succeeded());
        CsvExportJob job(db(), options, threaded);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.outcome().succeeded(), qPrintable(job.outcome().error));
        QVERIFY(job.ok() && job.isFinished() && !job.isRunning());
        QCOMPARE(job.outcome().rows, 180);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), 180);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 180);
        QCOMPARE(readAll(threaded), readAll(direct));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    // The staff's language changes what the screen shows, never the file: the same bytes with
    // Russian and Spanish number and date formats in force.
    void sameBytesInEveryLanguage()
    {
        CsvExport::Options options;
        options.what = CsvExport::What::Orders;
        const QString plain = target(QStringLiteral("plain.csv"));
        QVERIFY(exportTo(options, plain).succeeded());
        for (const char *name : { "ru_RU", "uk_UA", "es_ES" }) {
            QLocale::setDefault(QLocale(QString::fromLatin1(name)));
            const QString local = target(QStringLiteral("local-%1.csv").arg(QLatin1String(name)));
            QVERIFY(exportTo(options, local).succeeded());
            QCOMPARE(readAll(local), readAll(plain));
        }
        QLocale::setDefault(QLocale::c());
        QVERIFY(readAll(plain).contains(".")); // amounts keep the stored decimal point
    }

    // A path that cannot be written: a clear error naming it, and nothing left anywhere.
    void unwritablePathFails()
    {
        QFile blocker(target(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = target(QStringLiteral("not-a-folder/orders.csv"));
        const CsvExport::Outcome outcome = exportTo({}, path);
        QVERIFY(!outcome.succeeded());
        QVERIFY(!outcome.cancelled);
        QVERIFY2(outcome.error.contains(path), qPrintable(outcome.error));
        QVERIFY(!QFile::exists(path));

        const Run r = cli({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--what"),
            QStringLiteral("orders"), QStringLiteral("--output"), path });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("Nothing was written"), r.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    // payoutdesk-cli export csv writes exactly the bytes of the class, to a file or stdout.
    void cliWritesTheSameBytes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("what");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addRow("orders") << QStringList { QStringLiteral("--what"), QStringLiteral("orders") } << 0 << ','
                                << false << QStringList() << QString() << QDateTime() << QDateTime();
        QTest::addRow("history ; bom filtered") << QStringList { QStringLiteral("--what"), QStringLiteral("history"),
            QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--bom"), QStringLiteral("--status"),
            QStringLiteral("done"), QStringLiteral("--status"), QStringLiteral("new"), QStringLiteral("--currency"),
            QStringLiteral("usdttrc20") } << 1 << ';'
                                                << true << QStringList { QStringLiteral("done"), QStringLiteral("new") }
                                                << QStringLiteral("USDTTRC20") << QDateTime() << QDateTime();
        QTest::addRow("orders dates") << QStringList { QStringLiteral("--what"), QStringLiteral("orders"),
            QStringLiteral("--from"), QStringLiteral("2026-11-22"), QStringLiteral("--to"),
            QStringLiteral("2026-11-23") }
                                      << 0 << ',' << false << QStringList() << QString()
                                      << QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC)
                                      << QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
        QTest::addRow("history instants")
            << QStringList { QStringLiteral("--what"), QStringLiteral("history"), QStringLiteral("--from"),
                   QStringLiteral("2026-11-23T01:00:00+03:00"), QStringLiteral("--to"),
                   QStringLiteral("2026-11-23T12:00:00.500Z") }
            << 1 << ',' << false << QStringList() << QString() << QDateTime(QDate(2026, 11, 22), QTime(22, 0), Qt::UTC)
            << QDateTime(QDate(2026, 11, 23), QTime(12, 0, 0, 500), Qt::UTC);
    }
    void cliWritesTheSameBytes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, what);
        QFETCH(char, delimiter);
        QFETCH(bool, bom);
        QFETCH(QStringList, statuses);
        QFETCH(QString, currency);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        CsvExport::Options options;
        options.what = what ? CsvExport::What::History : CsvExport::What::Orders;
        options.delimiter = delimiter;
        options.byteOrderMark = bom;
        for (const QString &s : statuses)
            options.filter.statuses << *OrderStatuses::fromCode(s);
        options.filter.currency = currency;
        options.from = from;
        options.to = to;
        const QString mine = target(QStringLiteral("class.csv")), theirs = target(QStringLiteral("cli.csv"));
        const CsvExport::Outcome outcome = exportTo(options, mine);
        QVERIFY(outcome.succeeded());
        QVERIFY(outcome.rows > 0);

        Run r = cli(QStringList { QStringLiteral("export"), QStringLiteral("csv") } + args
            + QStringList { QStringLiteral("--output"), theirs });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains(QStringLiteral("Exported %1 row").arg(outcome.rows).toUtf8()));
        QCOMPARE(readAll(theirs), readAll(mine));

        r = cli(QStringList { QStringLiteral("export"), QStringLiteral("csv") } + args
            + QStringList { QStringLiteral("--output"), QStringLiteral("-") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, readAll(mine));
    }

    // How many cells of `csv` LibreOffice Calc takes as formulas when it opens the file with
    // `separator` (formulas evaluated, as a staff member's spreadsheet does); -1 if it could not.
    int formulasInLibreOffice(const QString &csv, char separator)
    {
        const QString out = m_dir.filePath(QStringLiteral("calc-%1").arg(int(separator)));
        QDir().mkpath(out);
        QProcess soffice;
        // Tokens: separator, text delimiter ("), UTF-8, first line, …, 13: evaluate formulas.
        soffice.start(QStringLiteral("soffice"),
            { QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
                QStringLiteral("--headless"), QStringLiteral("--norestore"),
                QStringLiteral("--infilter=CSV:%1,34,76,1,,1033,false,false,false,false,false,-1,true")
                    .arg(int(separator)),
                QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), out, csv });
        if (!soffice.waitForFinished(120000) || soffice.exitCode() != 0) {
            qWarning() << "soffice failed:" << soffice.readAllStandardError();
            return -1;
        }
        const QString xlsx = QDir(out).filePath(QFileInfo(csv).completeBaseName() + QStringLiteral(".xlsx"));
        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import re, sys, zipfile\n"
                               "sheet = zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode()\n"
                               "print(len(re.findall(r'<f[ >]', sheet)))\n"),
                xlsx });
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            return -1;
        return python.readAllStandardOutput().trimmed().toInt();
    }

    // The recipient-integrity issue, point 8: values a spreadsheet would run, exported with either
    // separator and opened in LibreOffice with either separator, are never a formula (the check
    // itself is proven able to see one); and export → import → export gives the same bytes,
    // apostrophes and whitespace included.
    void inertUnderEitherSeparatorAndSameAfterARoundTrip()
    {
        QString error;
        const QString from = m_dir.filePath(QStringLiteral("trip-from"));
        auto book = Workspace::open(from, &error);
        QVERIFY2(book, qPrintable(error));
        const QStringList partners
            = { QStringLiteral("x;=1+1;"), QStringLiteral("y,=2+2,"), QStringLiteral("=HYPERLINK(\"http://x\")"),
                  QStringLiteral("  leading and trailing  "), QStringLiteral("'quoted"), QStringLiteral("@SUM(A1)"),
                  QStringLiteral("a;b,c"), QStringLiteral("-3+4"), QStringLiteral("plain") };
        QList<Order> orders;
        QList<HistoryEntry> arrivals;
        for (int i = 0; i < partners.size(); ++i) {
            Order o;
            o.uid = 5000 + i;
            o.id = QStringLiteral("65d0000000000000%1").arg(i, 8, 16, QLatin1Char('0'));
            o.status = OrderStatus::Done;
            o.inAmount = *Money::parse(u"2.5");
            o.outAmount = *Money::parse(u"317.42");
            o.xmlFrom = QStringLiteral("ETH");
            o.xmlTo = QStringLiteral("WMZ");
            o.toValues = { { QStringLiteral("wallet"), QStringLiteral("=cmd|' /C calc'!A0"),
                QStringLiteral("Z12345678901") } };
            o.partner = partners.at(i);
            o.routeId = i % 2 ? QStringLiteral(";=1+1") : QString();
            o.createdAt = o.updatedAt = QDateTime::fromMSecsSinceEpoch(1795466757123 + i * 1000, Qt::UTC);
            orders << o;
            arrivals << HistoryEntry::arrival(o.id, o.status, QStringLiteral("test"), QString());
        }
        QVERIFY2(OrderStore(book->database()).add(orders, arrivals, &error), qPrintable(error));
        book.reset();

        // The check can see a formula: a raw one is counted.
        const QString canary = m_dir.filePath(QStringLiteral("canary.csv"));
        QFile raw(canary);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("a,b\r\n=1+1,x;=2+2\r\n");
        raw.close();
        QVERIFY(formulasInLibreOffice(canary, ',') >= 1);
        QVERIFY(formulasInLibreOffice(canary, ';') >= 1);

        for (const char delimiter : { ',', ';' }) {
            const QString d = QString(QLatin1Char(delimiter));
            const QString first = m_dir.filePath(QStringLiteral("trip-%1-first.csv").arg(int(delimiter)));
            const QString second = m_dir.filePath(QStringLiteral("trip-%1-second.csv").arg(int(delimiter)));
            const QStringList exportArgs = { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--what"),
                QStringLiteral("orders"), QStringLiteral("--delimiter"), d, QStringLiteral("--output") };
            Run r = cli(exportArgs + QStringList { first }, from);
            QVERIFY2(r.code == 0, r.err.constData());
            for (const char opened : { ',', ';' })
                QCOMPARE(formulasInLibreOffice(first, opened), 0);

            const QString to = m_dir.filePath(QStringLiteral("trip-to-%1").arg(int(delimiter)));
            r = cli({ QStringLiteral("--create"), QStringLiteral("orders"), QStringLiteral("import"), first }, to);
            QVERIFY2(r.code == 0, r.err.constData());
            r = cli(exportArgs + QStringList { second }, to);
            QVERIFY2(r.code == 0, r.err.constData());
            const QList<QByteArray> was = readAll(first).split('\n'), is = readAll(second).split('\n');
            for (qsizetype line = 0; line < qMin(was.size(), is.size()); ++line)
                QCOMPARE(is.at(line), was.at(line)); // the first line that differs, if any
            QCOMPARE(readAll(second), readAll(first));
        }
    }

    void cliUsage()
    {
        const QStringList base = { QStringLiteral("export"), QStringLiteral("csv") };
        QCOMPARE(cli(base + QStringList { QStringLiteral("--output"), QStringLiteral("-") }).code, 2); // no --what
        QCOMPARE(cli(base + QStringList { QStringLiteral("--what"), QStringLiteral("orders") }).code, 2); // no --output
        QCOMPARE(cli(base
                     + QStringList { QStringLiteral("--what"), QStringLiteral("orders"), QStringLiteral("--delimiter"),
                         QStringLiteral("|"), QStringLiteral("--output"), QStringLiteral("-") })
                     .code,
            2);
        QCOMPARE(cli(base
                     + QStringList { QStringLiteral("--what"), QStringLiteral("orders"), QStringLiteral("--from"),
                         QStringLiteral("2026-11-23T10:00:00"), QStringLiteral("--output"), QStringLiteral("-") })
                     .code,
            2); // a time without a zone
        QCOMPARE(cli(base
                     + QStringList { QStringLiteral("--what"), QStringLiteral("orders"), QStringLiteral("--status"),
                         QStringLiteral("paid"), QStringLiteral("--output"), QStringLiteral("-") })
                     .code,
            2);
        const Run help = cli(base + QStringList { QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--delimiter") && help.out.contains("--bom") && help.out.contains("Exit codes"));
        const Run top = cli({ QStringLiteral("--help") });
        QVERIFY(top.err.contains("export csv") || top.out.contains("export csv"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
