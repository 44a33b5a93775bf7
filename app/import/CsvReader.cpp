#include "CsvReader.h"

#include "domain/Order.h"

#include <QCoreApplication>
#include <csv.h>

namespace pd {

namespace {

void onField(void *data, size_t length, void *self)
{
    static_cast<CsvReader *>(self)->field(static_cast<const char *>(data), length);
}

void onRecord(int, void *self)
{
    static_cast<CsvReader *>(self)->record();
}

} // namespace

CsvReader::CsvReader(char delimiter, qsizetype maxFieldBytes)
    : m_parser(new csv_parser)
    , m_maxField(maxFieldBytes)
{
    csv_init(m_parser, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_delim(m_parser, static_cast<unsigned char>(delimiter));
    // libcsv trims spaces and tabs around unquoted fields by default: a partner's "  x  " is
    // what the export wrote and comes back as it was.
    csv_set_space_func(m_parser, [](unsigned char) { return 0; });
}

CsvReader::~CsvReader()
{
    csv_free(m_parser);
    delete m_parser;
}

void CsvReader::field(const char *data, size_t length)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(length));
    const auto text = Order::strictUtf8(bytes);
    m_open.utf8 = m_open.utf8 && text.has_value();
    m_open.fields << text.value_or(QString());
}

void CsvReader::record()
{
    m_records.append(std::exchange(m_open, {}));
}

bool CsvReader::feed(QByteArrayView piece, bool endsLine)
{
    if (m_first) {
        m_first = false;
        if (piece.startsWith("\xEF\xBB\xBF"))
            piece = piece.sliced(3);
    }
    if (m_lineStart)
        ++m_line;
    if (m_parser->pstate == 0 && m_lineStart) // libcsv's ROW_NOT_BEGUN: this line starts a record
        m_open.line = m_line;
    m_lineStart = endsLine;
    if (csv_parse(m_parser, piece.data(), static_cast<size_t>(piece.size()), onField, onRecord, this)
        != static_cast<size_t>(piece.size())) {
        m_error = QString::fromLatin1(csv_strerror(csv_error(m_parser)));
        m_errorLine = m_line;
        return false;
    }
    // A field that grows past the limit is refused before it is whole.
    if (qsizetype(m_parser->entry_pos) > m_maxField) {
        m_error = QCoreApplication::translate("CsvReader", "A field is longer than %1 bytes.").arg(m_maxField);
        m_errorLine = m_open.line;
        return false;
    }
    return true;
}

bool CsvReader::finish()
{
    if (csv_fini(m_parser, onField, onRecord, this) != 0) {
        m_error = QCoreApplication::translate("CsvReader", "A quoted field is not closed.");
        m_errorLine = m_open.line;
        return false;
    }
    return true;
}

bool CsvReader::read(const QByteArray &text)
{
    QByteArrayView rest(text);
    while (!rest.isEmpty()) {
        qsizetype end = rest.indexOf('\n');
        const bool line = end >= 0;
        end = line ? end + 1 : rest.size();
        if (!feed(rest.first(end), line))
            return false;
        rest = rest.sliced(end);
    }
    return finish();
}

} // namespace pd
