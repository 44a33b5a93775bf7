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

void CsvWriter::appendCell(QByteArray &line, QByteArrayView utf8, char delimiter, bool neutralise)
{
    bool formula = false;
    if (neutralise && !utf8.isEmpty()) {
        const char first = utf8.front();
        formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
    bool quote = false;
    for (const char c : utf8) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        line += '"';
    if (formula)
        line += '\'';
    if (!quote) {
        line += utf8;
        return;
    }
    // Double every quote: copy the stretches between them whole.
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            line += utf8.sliced(from, i + 1 - from);
            line += '"';
            from = i + 1;
        }
    }
    line += utf8.sliced(from);
    line += '"';
}

} // namespace pd
