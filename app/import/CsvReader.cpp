#include "CsvReader.h"

#include <QCoreApplication>
#include <csv.h>

namespace pd {

namespace {

struct Collector {
    QList<CsvReader::Record> *records;
    QStringList fields;
    int rowStart = 0;
};

void onField(void *data, size_t length, void *self)
{
    auto *c = static_cast<Collector *>(self);
    c->fields << QString::fromUtf8(static_cast<const char *>(data), static_cast<qsizetype>(length));
}

void onRecord(int, void *self)
{
    auto *c = static_cast<Collector *>(self);
    c->records->append({ c->rowStart, c->fields });
    c->fields.clear();
}

} // namespace

bool CsvReader::read(const QByteArray &text, char delimiter)
{
    m_records.clear();
    m_error.clear();
    m_errorLine = 0;
    QByteArrayView rest(text);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);

    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    // libcsv trims spaces and tabs around unquoted fields by default: a partner's "  x  " is
    // what the export wrote and comes back as it was.
    csv_set_space_func(&parser, [](unsigned char) { return 0; });
    Collector collector { &m_records, {}, 0 };
    int line = 0;
    bool ok = true;
    // Fed a line at a time: a line that starts while no record is open starts a record.
    while (!rest.isEmpty() && ok) {
        ++line;
        qsizetype end = rest.indexOf('\n');
        end = end < 0 ? rest.size() : end + 1;
        if (parser.pstate == 0) // libcsv's ROW_NOT_BEGUN
            collector.rowStart = line;
        const QByteArrayView chunk = rest.first(end);
        if (csv_parse(&parser, chunk.data(), static_cast<size_t>(chunk.size()), onField, onRecord, &collector)
            != static_cast<size_t>(chunk.size())) {
            m_error = QString::fromLatin1(csv_strerror(csv_error(&parser)));
            m_errorLine = line;
            ok = false;
        }
        rest = rest.sliced(end);
    }
    if (ok && csv_fini(&parser, onField, onRecord, &collector) != 0) {
        m_error = QCoreApplication::translate("CsvReader", "A quoted field is not closed.");
        m_errorLine = collector.rowStart;
        ok = false;
    }
    csv_free(&parser);
    return ok;
}

} // namespace pd
