#pragma once

#include <QByteArrayView>
#include <QStringList>

class QIODevice;

namespace pd {

// Writes RFC 4180 CSV to any QIODevice (a file, a QSaveFile, stdout, a QBuffer in tests).
// A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a CR) gets a
// leading apostrophe, as OWASP's CSV injection advice says; amounts are written as stored.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device, char delimiter = ',')
        : m_device(device)
        , m_delimiter(delimiter)
    {
    }

    void writeByteOrderMark();
    bool writeRow(const QStringList &cells);

    // `exactCells` holds the indexes of cells that are exact numbers (amounts), which may
    // start with '-' and are never neutralised.
    bool writeRow(const QStringList &cells, const QList<int> &exactCells);

    static QString escaped(const QString &cell, char delimiter, bool neutralise);

    // The one place of the rules above: appends one cell, given and written as UTF-8, to
    // `line`. Every character the rules look at is ASCII, so the bytes need no decoding;
    // the export writes millions of cells through this without a QString in between.
    static void appendCell(QByteArray &line, QByteArrayView utf8, char delimiter, bool neutralise);
    static constexpr QByteArrayView byteOrderMark() { return QByteArrayView("\xEF\xBB\xBF", 3); }
    static constexpr QByteArrayView lineEnd() { return QByteArrayView("\r\n", 2); }

private:
    QIODevice *m_device;
    char m_delimiter;
};

} // namespace pd
