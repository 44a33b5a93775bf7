#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// RFC 4180 reading through libcsv, with the line each record starts on, so that a bad
// row can be named by the line staff see in their editor.
class CsvReader {
public:
    struct Record {
        int line = 0;
        QStringList fields;
    };

    // Reads the whole text (UTF-8, an optional BOM). On malformed CSV (an unterminated
    // quote, a stray quote in strict mode) returns false and says where.
    bool read(const QByteArray &text, char delimiter = ',');

    const QList<Record> &records() const { return m_records; }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    QList<Record> m_records;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace pd
