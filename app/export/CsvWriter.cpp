#include "CsvWriter.h"

#include <QIODevice>

namespace pd {

void CsvWriter::writeByteOrderMark()
{
    m_device->write("\xEF\xBB\xBF");
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    return writeRow(cells, {});
}

bool CsvWriter::writeRow(const QStringList &cells, const QList<int> &exactCells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(m_delimiter);
        line += escaped(cells.at(i), m_delimiter, !exactCells.contains(int(i)));
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

QString CsvWriter::escaped(const QString &cell, char delimiter, bool neutralise)
{
    QString text = cell;
    if (neutralise && !text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            text.prepend(u'\'');
    }
    const bool quote = text.contains(QLatin1Char(delimiter)) || text.contains(u'"') || text.contains(u'\n')
                       || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + text + u'"';
}

} // namespace pd
