#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <cstring>

class QIODevice;

namespace pd {

// Writes RFC 4180 CSV to any QIODevice (a file, a QSaveFile, stdout, a QBuffer in tests).
// What a spreadsheet would run as a formula (= + - @, a tab or a CR) gets an apostrophe before
// it, as OWASP's CSV injection advice says: at the start of the cell, and also after either
// separator or a line break inside it, because a spreadsheet that opens the file with the other
// separator (',' for ';') splits the cell there and would find a formula. An apostrophe in such
// a place gets one more, so that import takes off exactly what export added (unneutralised()).
// A cell holding either separator, a quote or a line break is quoted; amounts are written as
// stored.
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
    // A cell as read back from such a file: the apostrophes that neutralised it taken off.
    static QString unneutralised(const QString &cell);

    // The one place of the rules above: appends one cell, given and written as UTF-8, to
    // `line`. Every character the rules look at is ASCII, so the bytes need no decoding;
    // the export writes millions of cells through this without a QString in between.
    static void appendCell(QByteArray &line, QByteArrayView utf8, char delimiter, bool neutralise);
    // Appends at the end without QByteArray::append's general path (insert at any position,
    // aliasing checks), which was a tenth of an export's time: an export appends a few bytes
    // millions of times into a buffer it reserved once.
    static void appendBytes(QByteArray &out, QByteArrayView bytes)
    {
        const qsizetype at = out.size();
        if (out.capacity() < at + bytes.size())
            out.reserve(qMax(2 * out.capacity(), at + bytes.size()));
        out.resize(at + bytes.size());
        std::memcpy(out.data() + at, bytes.data(), size_t(bytes.size()));
    }
    static constexpr QByteArrayView byteOrderMark() { return QByteArrayView("\xEF\xBB\xBF", 3); }
    static constexpr QByteArrayView lineEnd() { return QByteArrayView("\r\n", 2); }

private:
    QIODevice *m_device;
    char m_delimiter;
};

} // namespace pd
