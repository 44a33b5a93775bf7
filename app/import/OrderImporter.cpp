#include "OrderImporter.h"
#include "contract/Translated.h"

#include "CsvReader.h"
#include "OrderRecord.h"
#include "export/CsvWriter.h"
#include "storage/ActivityLog.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::OrderImporter", text);
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    return 1 + static_cast<int>(QByteArrayView(data).first(qMin(offset, data.size())).count('\n'));
}

// The line on which each element of a top-level JSON array starts. QJsonDocument keeps no
// positions, so a small scan that knows strings and nesting finds them.
QList<int> arrayElementLines(const QByteArray &data)
{
    QList<int> lines;
    int depth = 0, line = 1;
    bool inString = false, escaped = false, expectElement = false;
    for (char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectElement && depth == 1 && c != ']') {
            lines << line;
            expectElement = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth == 1 && c == '[')
                expectElement = true;
        } else if (c == '}' || c == ']')
            --depth;
        else if (c == ',' && depth == 1)
            expectElement = true;
    }
    return lines;
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

bool OrderImporter::check(const QByteArray &data, const QString &fileName, OrderStore &store)
{
    m_fileName = QFileInfo(fileName).fileName();
    m_orders.clear();
    m_lines.clear();
    m_problems.clear();
    m_storageError.clear();
    m_maxAmount = DeskSettings(store.database()).maxAmount();
    // Text is UTF-8 or refused: a byte that is not would become U+FFFD in what is paid.
    if (!Order::strictUtf8(data)) {
        int line = 1;
        for (const QByteArray &text : data.split('\n')) {
            if (!Order::strictUtf8(text))
                break;
            ++line;
        }
        m_problems.append({ line, tr("The line is not UTF-8 text.") });
        return false;
    }
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty())
        m_problems.append({ 1, tr("The file is empty.") });
    else if (trimmed.startsWith('[') || trimmed.startsWith('{') || trimmed.startsWith("\xEF\xBB\xBF{"))
        readJson(data);
    else
        readCsv(data);

    // Each order once, and none already in the book.
    QSet<QString> ids;
    QSet<qint64> uids;
    for (int i = 0; i < m_orders.size(); ++i) {
        const Order &o = m_orders.at(i);
        if (ids.contains(o.id) || uids.contains(o.uid))
            m_problems.append(
                { m_lines.at(i), tr("Order %1 (UID %2) appears twice in the file.").arg(o.id).arg(o.uid) });
        ids.insert(o.id);
        uids.insert(o.uid);
        QString error;
        if (store.byId(o.id, &error) || store.byUid(o.uid, &error))
            m_problems.append({ m_lines.at(i), tr("Order %1 (UID %2) is already in the book.").arg(o.id).arg(o.uid) });
        else if (!error.isEmpty()) {
            // Not the file's fault: the book could not be read.
            m_storageError = error;
            return false;
        }
    }
    std::stable_sort(
        m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return m_problems.isEmpty();
}

void OrderImporter::readJson(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        const QList<int> lines = arrayElementLines(data);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int line = i < lines.size() ? lines.at(i) : 1;
            if (!array.at(i).isObject()) {
                m_problems.append({ line, tr("Each element must be an order object.") });
                continue;
            }
            QStringList problems;
            const auto fields = textFields(array.at(i).toObject(), &problems);
            for (const QString &p : problems)
                m_problems.append({ line, p });
            addRecord(line, fields);
        }
        return;
    }
    if (parseError.error != QJsonParseError::NoError && !data.trimmed().startsWith('{')) {
        m_problems.append({ lineAt(data, parseError.offset), tr("Not valid JSON: %1.").arg(parseError.errorString()) });
        return;
    }
    // One JSON object per line (JSON Lines).
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QJsonDocument line = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (!line.isObject()) {
            m_problems.append({ i + 1, tr("Not a JSON order object: %1.").arg(parseError.errorString()) });
            continue;
        }
        QStringList problems;
        const auto fields = textFields(line.object(), &problems);
        for (const QString &p : problems)
            m_problems.append({ i + 1, p });
        addRecord(i + 1, fields);
    }
}

void OrderImporter::readCsv(const QByteArray &data)
{
    CsvReader reader;
    // Spreadsheets in many locales save with ';': take whichever the header uses.
    const QByteArray header = data.left(data.indexOf('\n'));
    const char delimiter = header.count(';') > header.count(',') ? ';' : ',';
    if (!reader.read(data, delimiter)) {
        m_problems.append({ reader.errorLine(), reader.error() });
        return;
    }
    const auto &records = reader.records();
    if (records.isEmpty())
        return;
    const QStringList columns = records.first().fields;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const auto &record = records.at(r);
        if (record.fields.size() != columns.size()) {
            m_problems.append({ record.line,
                tr("%1 fields where the header has %2.").arg(record.fields.size()).arg(columns.size()) });
            continue;
        }
        QHash<QString, QString> fields;
        for (qsizetype c = 0; c < columns.size(); ++c)
            fields.insert(columns.at(c).trimmed(), CsvWriter::unneutralised(record.fields.at(c)));
        addRecord(record.line, fields);
    }
}

void OrderImporter::addRecord(int line, const QHash<QString, QString> &fields)
{
    QStringList problems;
    Order order = OrderRecord::fromFields(fields, m_currencies, &problems, m_maxAmount);
    order.recipientSource = QStringLiteral("import");
    for (const QString &p : problems)
        m_problems.append({ line, p });
    if (problems.isEmpty()) {
        m_orders.append(order);
        m_lines.append(line);
    }
}

OrderImporter::Outcome OrderImporter::importFile(
    const Workspace &workspace, const QString &path, const CurrencyRegistry &currencies, const QString &actor)
{
    Outcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return outcome;
    }
    const auto database = workspace.openConnection(QStringLiteral("import"), &outcome.error);
    if (!database)
        return outcome;
    OrderStore store(*database);
    ActivityLog log(*database);
    OrderImporter importer(currencies);
    if (!importer.check(file.readAll(), path, store)) {
        if (!importer.storageError().isEmpty()) {
            outcome.error = importer.storageError();
            return outcome;
        }
        outcome.problems = importer.problems();
        log.append(actor, QStringLiteral("import.rejected"), QFileInfo(path).fileName(),
            tr("Import refused: %1 problem(s), the first at line %2.")
                .arg(outcome.problems.size())
                .arg(outcome.problems.first().line));
        return outcome;
    }
    if (importer.import(store, log, actor, &outcome.error))
        outcome.imported = int(importer.orders().size());
    return outcome;
}

bool OrderImporter::import(OrderStore &store, ActivityLog &log, const QString &actor, QString *error)
{
    if (!m_problems.isEmpty())
        return false;
    const QString comment = tr("Imported from %1").arg(m_fileName);
    QList<HistoryEntry> arrivals;
    for (const Order &o : m_orders)
        arrivals.append(HistoryEntry::arrival(o.id, o.status, actor, comment));
    if (!store.add(m_orders, arrivals, error))
        return false;
    log.append(actor, QStringLiteral("import"), m_fileName,
        QCoreApplication::translate("OrderImporter", "%n order(s) imported", nullptr, int(m_orders.size())));
    return true;
}

} // namespace pd
