#pragma once

#include "CsvReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace pd {

// The orders of a file as they come, one record at a time, in the shapes `orders import` takes:
// a JSON array of objects, one JSON object per line, or CSV with a header row (',' or ';', the
// header's choice). Memory stays flat whatever the file's size: no more than one order is held,
// no field may pass maxFieldBytes and no order maxOrderBytes.
class OrderStream {
public:
    static constexpr qsizetype maxFieldBytes = 64 * 1024; // an address, a name, toValues
    static constexpr qsizetype maxOrderBytes = 1024 * 1024;

    explicit OrderStream(QIODevice &device);
    ~OrderStream();

    struct Record {
        int line = 0; // where it starts
        QHash<QString, QString> fields; // as text, by the file's names
        QStringList problems; // found while reading it (bad JSON, a number for an amount, …)
    };
    // The next order; nullopt at the end, or when the file cannot be read on (error()).
    std::optional<Record> next();
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    enum class Shape { Unknown, JsonArray, JsonLines, Csv };
    void start();
    std::optional<Record> nextJsonArray();
    std::optional<Record> nextJsonLine();
    std::optional<Record> nextCsv();
    Record fromJson(const QByteArray &bytes, int line);
    bool fail(const QString &why, int line);

    QIODevice &m_device;
    Shape m_shape = Shape::Unknown;
    int m_line = 1;
    // JSON array: the scanner's state between reads
    QByteArray m_chunk;
    qsizetype m_at = 0;
    int m_depth = 0;
    bool m_inString = false, m_escaped = false, m_ended = false;
    // CSV
    std::unique_ptr<CsvReader> m_csv;
    QStringList m_columns;
    QList<CsvReader::Record> m_ready;
    bool m_csvDone = false;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace pd
