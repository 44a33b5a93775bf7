#include "CsvWriter.h"

#include <QIODevice>

namespace pd {

void CsvWriter::writeByteOrderMark()
{
    m_device->write(byteOrderMark().data(), byteOrderMark().size());
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    return writeRow(cells, {});
}

bool CsvWriter::writeRow(const QStringList &cells, const QList<int> &exactCells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        appendCell(line, cells.at(i).toUtf8(), m_delimiter, !exactCells.contains(int(i)));
    }
    line += lineEnd();
    return m_device->write(line) == line.size();
}

QString CsvWriter::escaped(const QString &cell, char delimiter, bool neutralise)
{
    QByteArray text;
    appendCell(text, cell.toUtf8(), delimiter, neutralise);
    return QString::fromUtf8(text);
}

namespace {

// Where a spreadsheet may start a cell: the cell's start, and right after either separator or a
// line break inside it (a file opened with the other separator, or with quotes it does not
// honour mid-field, splits the cell there).
bool breaksCell(char c)
{
    return c == ',' || c == ';' || c == '\n' || c == '\r';
}

// What a spreadsheet runs at the start of a cell, and the apostrophe that says "text" (kept
// apart by one more, so that import can take off exactly what export added).
bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
}

} // namespace

void CsvWriter::appendCell(QByteArray &line, QByteArrayView utf8, char delimiter, bool neutralise)
{
    bool quote = false;
    bool formula = false;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        quote = quote || c == delimiter || breaksCell(c) || c == '"';
        formula = formula || (neutralise && startsFormula(c) && (i == 0 || breaksCell(utf8[i - 1])));
    }
    if (!quote && !formula) {
        appendBytes(line, utf8);
        return;
    }
    if (quote)
        line += '"';
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (neutralise && startsFormula(c) && (i == 0 || breaksCell(utf8[i - 1])))
            line += '\'';
        line += c;
        if (c == '"')
            line += '"';
    }
    if (quote)
        line += '"';
}

QString CsvWriter::unneutralised(const QString &cell)
{
    QString text;
    text.reserve(cell.size());
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const bool start = i == 0 || (cell.at(i - 1).unicode() < 0x80 && breaksCell(char(cell.at(i - 1).unicode())));
        if (start && cell.at(i) == u'\'')
            continue; // the apostrophe export added
        text += cell.at(i);
    }
    return text;
}

} // namespace pd
