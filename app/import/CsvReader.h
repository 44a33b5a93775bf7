#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

struct csv_parser;

namespace pd {

// RFC 4180 reading through libcsv, with the line each record starts on, so that a bad row can be
// named by the line staff see in their editor. Fed piece by piece, it holds one record at a time
// and no field longer than a limit, so a file of any size reads in flat memory.
class CsvReader {
public:
    struct Record {
        int line = 0;
        QStringList fields;
        bool utf8 = true; // every field is UTF-8 text
    };

    explicit CsvReader(char delimiter = ',', qsizetype maxFieldBytes = 64 * 1024);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next piece of the file, in order; `endsLine` when it ends with its line's '\n'. False on
    // malformed CSV (an unterminated or stray quote) or a field over the limit: error() says where.
    bool feed(QByteArrayView piece, bool endsLine);
    // After the last piece: false when a quoted field is still open.
    bool finish();
    // The records completed so far, handed over.
    QList<Record> take() { return std::exchange(m_records, {}); }

    // The whole text at once (UTF-8, an optional BOM).
    bool read(const QByteArray &text);
    const QList<Record> &records() const { return m_records; }

    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    // For libcsv's callbacks.
    void field(const char *data, size_t length);
    void record();

private:
    csv_parser *m_parser;
    qsizetype m_maxField;
    QList<Record> m_records;
    Record m_open; // the record being read
    int m_line = 0; // lines fed so far
    bool m_lineStart = true; // the next piece starts a line
    bool m_first = true;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace pd
