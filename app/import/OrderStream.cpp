#include "OrderStream.h"
#include "contract/Translated.h"

#include "domain/Order.h"
#include "export/CsvWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::OrderStream", text);
}

constexpr qint64 readSize = 64 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QHash<QString, QString> textFields(const QJsonObject &object, QStringList *problems)
{
    QHash<QString, QString> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            fields.insert(it.key(), v.toString());
        else if (v.isArray() || v.isObject())
            fields.insert(it.key(),
                QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                      .toJson(QJsonDocument::Compact)));
        else if (v.isDouble() && (it.key().contains(QLatin1String("Amount"))))
            // A JSON number is read as a double: the exact amount would already be lost.
            *problems << tr("%1 must be a string such as \"317.42\", so that it stays exact.").arg(it.key());
        else if (v.isDouble())
            fields.insert(it.key(), QString::number(v.toInteger()));
        else if (!v.isNull())
            *problems << tr("%1 has an unexpected type.").arg(it.key());
    }
    return fields;
}

} // namespace

OrderStream::OrderStream(QIODevice &device)
    : m_device(device)
{
}

OrderStream::~OrderStream() = default;

bool OrderStream::fail(const QString &why, int line)
{
    m_error = why;
    m_errorLine = line;
    return false;
}

void OrderStream::start()
{
    // The shape, from the first bytes that are not white space (after a BOM).
    QByteArray head = m_device.peek(4096);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isSpace(head.at(i)))
        ++i;
    if (i >= head.size()) {
        m_shape = Shape::Csv; // empty: said so below
        return;
    }
    m_shape = head.at(i) == '[' ? Shape::JsonArray : head.at(i) == '{' ? Shape::JsonLines : Shape::Csv;
}

std::optional<OrderStream::Record> OrderStream::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    if (m_shape == Shape::Unknown)
        start();
    switch (m_shape) {
    case Shape::JsonArray:
        return nextJsonArray();
    case Shape::JsonLines:
        return nextJsonLine();
    default:
        return nextCsv();
    }
}

OrderStream::Record OrderStream::fromJson(const QByteArray &bytes, int line)
{
    Record r;
    r.line = line;
    if (!Order::strictUtf8(bytes)) {
        r.problems << tr("The order is not UTF-8 text.");
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        r.problems << (parseError.error != QJsonParseError::NoError
                ? tr("Not a JSON order object: %1.").arg(parseError.errorString())
                : tr("Each element must be an order object."));
        return r;
    }
    r.fields = textFields(doc.object(), &r.problems);
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
        if (it.value().size() > maxFieldBytes)
            r.problems << tr("%1 is longer than %2 characters.").arg(it.key()).arg(maxFieldBytes);
    }
    return r;
}

// A small scanner that knows strings and nesting cuts the top-level array into its elements,
// reading the file a piece at a time; each element is parsed on its own.
std::optional<OrderStream::Record> OrderStream::nextJsonArray()
{
    QByteArray element;
    int elementLine = m_line;
    while (!m_ended) {
        if (m_at >= m_chunk.size()) {
            const bool first = m_chunk.isNull();
            m_chunk = m_device.read(readSize);
            m_at = first && m_chunk.startsWith("\xEF\xBB\xBF") ? 3 : 0;
            if (m_chunk.isEmpty()) {
                fail(tr("The JSON array is not closed."), m_line);
                return std::nullopt;
            }
        }
        const char c = m_chunk.at(m_at++);
        if (c == '\n')
            ++m_line;
        if (m_depth == 0) { // before the array opens
            if (c == '[')
                m_depth = 1;
            continue;
        }
        if (m_inString) {
            element += c;
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (m_depth == 1) { // between the array's elements
            if (c == ',' || c == ']') {
                m_ended = c == ']';
                if (element.trimmed().isEmpty()) {
                    if (c == ',')
                        fail(tr("An element of the JSON array is empty."), m_line);
                    return std::nullopt;
                }
                return fromJson(element, elementLine);
            }
            if (isSpace(c) && element.isEmpty())
                continue;
        }
        if (element.isEmpty())
            elementLine = m_line;
        element += c;
        if (c == '"')
            m_inString = true;
        else if (c == '{' || c == '[')
            ++m_depth;
        else if (c == '}' || c == ']')
            --m_depth;
        if (element.size() > maxOrderBytes) {
            fail(tr("An order is longer than %1 bytes.").arg(maxOrderBytes), elementLine);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<OrderStream::Record> OrderStream::nextJsonLine()
{
    while (!m_device.atEnd()) {
        const int line = m_line++;
        const QByteArray text = m_device.readLine(maxOrderBytes + 2);
        if (!text.endsWith('\n') && !m_device.atEnd()) {
            fail(tr("An order is longer than %1 bytes.").arg(maxOrderBytes), line);
            return std::nullopt;
        }
        if (text.trimmed().isEmpty())
            continue;
        return fromJson(text, line);
    }
    return std::nullopt;
}

std::optional<OrderStream::Record> OrderStream::nextCsv()
{
    while (m_ready.isEmpty() && !m_csvDone) {
        if (!m_csv) {
            // Spreadsheets in many locales save with ';': take whichever the header uses.
            const QByteArray head = m_device.peek(maxFieldBytes);
            const QByteArray header = head.left(head.indexOf('\n'));
            m_csv = std::make_unique<CsvReader>(header.count(';') > header.count(',') ? ';' : ',', maxFieldBytes);
        }
        const QByteArray piece = m_device.readLine(readSize);
        if (piece.isEmpty()) {
            m_csvDone = true;
            if (!m_csv->finish()) {
                fail(m_csv->error(), m_csv->errorLine());
                return std::nullopt;
            }
        } else if (!m_csv->feed(piece, piece.endsWith('\n'))) {
            fail(m_csv->error(), m_csv->errorLine());
            return std::nullopt;
        }
        for (CsvReader::Record &r : m_csv->take()) {
            if (m_columns.isEmpty()) {
                for (const QString &c : r.fields)
                    m_columns << c.trimmed();
                continue;
            }
            m_ready << std::move(r);
        }
    }
    if (m_ready.isEmpty()) {
        if (m_columns.isEmpty())
            fail(tr("The file is empty."), 1);
        return std::nullopt;
    }
    const CsvReader::Record r = m_ready.takeFirst();
    Record out;
    out.line = r.line;
    if (!r.utf8)
        out.problems << tr("The line is not UTF-8 text.");
    if (r.fields.size() != m_columns.size()) {
        out.problems << tr("%1 fields where the header has %2.").arg(r.fields.size()).arg(m_columns.size());
        return out;
    }
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        out.fields.insert(m_columns.at(c), CsvWriter::unneutralised(r.fields.at(c)));
    return out;
}

} // namespace pd
