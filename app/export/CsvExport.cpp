#include "CsvExport.h"
#include "contract/Translated.h"

#include "CsvWriter.h"
#include "import/OrderRecord.h"
#include "storage/Database.h"
#include "storage/OrderQuery.h"
#include "storage/SqliteRows.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::CsvExport", text);
}

// The columns read, in the header's order; which of them are times (unix milliseconds) and
// which are amounts (exact numbers, never neutralised), as bit masks of their indexes.
struct Shape {
    QString columns;
    quint32 times;
    quint32 amounts;
};

const Shape ordersShape = { QStringLiteral("id, uid, status, in_amount, out_amount, xml_from, xml_to, to_values, "
                                           "route_id, partner, created_at, updated_at"),
    (1u << 10) | (1u << 11), (1u << 3) | (1u << 4) };
const Shape historyShape
    = { QStringLiteral("order_id, old_status, status, payout_status, order_note, comment, actor, at"), 1u << 7, 0 };

constexpr qsizetype bufferSize = 1 << 20; // written to the device whenever it holds this much
constexpr qint64 progressEvery = 8192; // rows
// SQLite's page cache while the export reads: the history in time order visits the table's
// pages out of order, so each page the cache keeps is a read from the OS saved many times
// over. As large as the export's memory budget allows (idle + 64 MB, with the 1 MiB buffer):
// for a book of a million history rows most of the table then stays in it.
constexpr int exportCacheKiB = 56 * 1024;

} // namespace

CsvExport::CsvExport(Database &database, const Options &options)
    : m_database(database)
    , m_options(options)
{
    if (options.what == What::Orders) {
        // The date range narrows the filter's own dates, if it has any.
        OrderFilter filter = options.filter;
        if (options.from.isValid() && (!filter.from.isValid() || options.from > filter.from))
            filter.from = options.from;
        if (options.to.isValid() && (!filter.to.isValid() || options.to < filter.to))
            filter.to = options.to;
        const OrderQuery query(database.dialect(), filter, options.sort);
        m_sql = query.selectSql(ordersShape.columns);
        m_countSql = query.countSql();
        m_values = query.values();
        return;
    }
    QStringList conditions;
    if (!(options.filter == OrderFilter {})) {
        const OrderQuery query(database.dialect(), options.filter);
        conditions << QStringLiteral("order_id IN (%1)").arg(query.idsSql());
        m_values << query.values();
    }
    if (options.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        m_values << options.from.toMSecsSinceEpoch();
    }
    if (options.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        m_values << options.to.toMSecsSinceEpoch();
    }
    const QString where = conditions.isEmpty()
        ? QString()
        : QString(QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND ")));
    m_sql = QStringLiteral("SELECT %1 FROM order_history%2 ORDER BY at, id").arg(historyShape.columns, where);
    m_countSql = QStringLiteral("SELECT COUNT(*) FROM order_history") + where;
}

QStringList CsvExport::header(What what)
{
    if (what == What::Orders)
        return OrderRecord::fieldNames();
    return { QStringLiteral("orderId"), QStringLiteral("oldStatus"), QStringLiteral("status"),
        QStringLiteral("payoutStatus"), QStringLiteral("orderNote"), QStringLiteral("comment"), QStringLiteral("actor"),
        QStringLiteral("at") };
}

CsvExport::Outcome CsvExport::toFile(const QString &path, const std::atomic<bool> *cancel, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Outcome outcome;
        outcome.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return outcome;
    }
    Outcome outcome = write(&file, path, cancel, progress);
    if (!outcome.succeeded()) {
        file.cancelWriting(); // the temporary file goes; nothing appears under `path`
        return outcome;
    }
    if (!file.commit())
        outcome.error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return outcome;
}

CsvExport::Outcome CsvExport::toDevice(QIODevice *device, const std::atomic<bool> *cancel, const Progress &progress)
{
    return write(device, tr("the output"), cancel, progress);
}

CsvExport::Outcome CsvExport::write(
    QIODevice *device, const QString &name, const std::atomic<bool> *cancel, const Progress &progress)
{
    Outcome outcome;
    const auto fail = [&](const QString &error) {
        outcome.error = error;
        return outcome;
    };
    // One snapshot for the count and the rows, so that the total is the rows written.
    QSqlDatabase connection = m_database.connection();
    const bool snapshot = connection.transaction();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            connection.rollback();
    });

    qint64 total = 0;
    {
        QSqlQuery count;
        if (!m_database.exec(count, m_countSql, m_values) || !count.next())
            return fail(tr("Cannot read the order book: %1").arg(m_database.lastError()));
        total = count.value(0).toLongLong();
    }
    if (progress)
        progress(0, total);

    const Shape &shape = m_options.what == What::Orders ? ordersShape : historyShape;
    const char delimiter = m_options.delimiter;
    QByteArray buffer;
    buffer.reserve(bufferSize + 64 * 1024);
    const auto flush = [&] {
        const bool written = device->write(buffer) == buffer.size();
        buffer.resize(0); // keeps the allocation
        return written;
    };
    if (m_options.byteOrderMark)
        buffer += CsvWriter::byteOrderMark();
    const QStringList header = CsvExport::header(m_options.what);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            buffer += delimiter;
        CsvWriter::appendCell(buffer, header.at(i).toUtf8(), delimiter, true);
    }
    buffer += CsvWriter::lineEnd();
    const int columns = int(header.size());

    // The loop over the rows, whichever way they are read: false if it stopped early
    // (cancelled, or the device refused the bytes; `outcome` says which).
    const auto writeRows = [&](auto next, auto integer, auto text) {
        while (next()) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                outcome.cancelled = true;
                return false;
            }
            for (int i = 0; i < columns; ++i) {
                if (i > 0)
                    buffer += delimiter;
                const quint32 bit = 1u << i;
                if (shape.times & bit)
                    appendIsoTime(buffer, integer(i));
                else
                    CsvWriter::appendCell(buffer, text(i), delimiter, !(shape.amounts & bit));
            }
            CsvWriter::appendBytes(buffer, CsvWriter::lineEnd());
            ++outcome.rows;
            if (buffer.size() >= bufferSize && !flush()) {
                outcome.error = tr("Cannot write %1: %2").arg(name, device->errorString());
                return false;
            }
            if (progress && outcome.rows % progressEvery == 0)
                progress(outcome.rows, total);
        }
        return true;
    };

    QString readError;
    bool read = false;
    if (m_sqliteFastPath && m_database.dialect().kind() == SqlDialect::Kind::SQLite) {
        // SQLite: the rows straight from its C API, no QVariant or QString per cell, and a
        // larger page cache while they are read (the history in time order visits the
        // table's pages out of order); both well within the export's memory budget.
        QSqlQuery pragma;
        const qint64 cacheSize = m_database.exec(pragma, QStringLiteral("PRAGMA cache_size")) && pragma.next()
            ? pragma.value(0).toLongLong()
            : 0;
        pragma = QSqlQuery();
        if (cacheSize != 0)
            m_database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-exportCacheKiB));
        const auto restoreCache = qScopeGuard([&] {
            if (cacheSize != 0)
                m_database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        });
        SqliteRows rows(connection, m_sql, m_values);
        if (!rows.isValid() && !rows.error().isEmpty())
            return fail(tr("Cannot read the order book: %1").arg(rows.error()));
        if (rows.isValid()) { // else not Qt's own SQLite driver: read through Qt Sql below
            if (!writeRows([&] { return rows.next(); }, [&](int i) { return rows.integer(i); },
                    [&](int i) { return rows.text(i); }))
                return outcome;
            readError = rows.error();
            read = true;
        }
    }
    if (!read) {
        QSqlQuery rows;
        if (!m_database.exec(rows, m_sql, m_values))
            return fail(tr("Cannot read the order book: %1").arg(m_database.lastError()));
        QByteArray cell;
        if (!writeRows([&] { return rows.next(); }, [&](int i) { return rows.value(i).toLongLong(); },
                [&](int i) {
                    cell = rows.value(i).toString().toUtf8();
                    return QByteArrayView(cell);
                }))
            return outcome;
        if (rows.lastError().type() != QSqlError::NoError)
            readError = rows.lastError().text();
    }
    if (!readError.isEmpty())
        return fail(tr("Cannot read the order book: %1").arg(readError));
    if (cancel && cancel->load(std::memory_order_relaxed)) { // cancelled after the last row, or with none
        outcome.cancelled = true;
        return outcome;
    }
    if (!flush())
        return fail(tr("Cannot write %1: %2").arg(name, device->errorString()));
    if (progress)
        progress(outcome.rows, total);
    return outcome;
}

QByteArray CsvExport::isoTime(qint64 msSinceEpoch)
{
    QByteArray out;
    appendIsoTime(out, msSinceEpoch);
    return out;
}

void CsvExport::appendIsoTime(QByteArray &out, qint64 ms)
{
    constexpr qint64 msPerDay = 86400000;
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const qint64 msOfDay = ms - days * msPerDay;
    // Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible
    // low-level date algorithms", civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) { // QDateTime's own spelling of the years outside four digits
        out += QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        return;
    }
    char text[24] = { '0', '0', '0', '0', '-', '0', '0', '-', '0', '0', 'T', '0', '0', ':', '0', '0', ':', '0', '0',
        '.', '0', '0', '0', 'Z' };
    const auto digits = [&text](int at, int count, qint64 value) {
        for (int i = at + count - 1; i >= at; --i) {
            text[i] = char('0' + value % 10);
            value /= 10;
        }
    };
    digits(0, 4, year);
    digits(5, 2, month);
    digits(8, 2, day);
    digits(11, 2, msOfDay / 3600000);
    digits(14, 2, msOfDay / 60000 % 60);
    digits(17, 2, msOfDay / 1000 % 60);
    digits(20, 3, msOfDay % 1000);
    CsvWriter::appendBytes(out, QByteArrayView(text, sizeof text));
}

} // namespace pd
