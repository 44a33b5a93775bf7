#include "OrderImporter.h"
#include "contract/Translated.h"

#include "OrderRecord.h"
#include "OrderStream.h"
#include "storage/ActivityLog.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QBuffer>
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

} // namespace

void OrderImporter::problem(int line, const QString &message)
{
    ++m_problemCount;
    if (m_problems.size() < maxProblems)
        m_problems.append({ line, message });
}

bool OrderImporter::read(QIODevice &device, OrderStore &store, const std::function<bool(const Order &, int)> &accepted)
{
    m_maxAmount = DeskSettings(store.database()).maxAmount();
    m_problems.clear();
    m_problemCount = 0;
    m_storageError.clear();
    OrderStream stream(device);
    while (const auto record = stream.next()) {
        for (const QString &p : record->problems)
            problem(record->line, p);
        if (!record->problems.isEmpty())
            continue;
        QStringList problems;
        Order order = OrderRecord::fromFields(record->fields, m_currencies, &problems, m_maxAmount);
        order.recipientSource = QStringLiteral("import");
        if (!problems.isEmpty()) {
            for (const QString &p : std::as_const(problems))
                problem(record->line, p);
            continue;
        }
        // None already in the book (nor earlier in this file, when those are written already:
        // they are in the book too, in this transaction; check() compares what it holds).
        QString error;
        if (store.byId(order.id, &error) || store.byUid(order.uid, &error))
            problem(record->line, tr("Order %1 (UID %2) is already in the book.").arg(order.id).arg(order.uid));
        else if (!error.isEmpty()) {
            m_storageError = error; // not the file's fault: the book could not be read
            return false;
        } else if (!accepted(order, record->line))
            return false;
    }
    if (!stream.error().isEmpty())
        problem(stream.errorLine(), stream.error());
    std::stable_sort(
        m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return true;
}

bool OrderImporter::check(const QByteArray &data, const QString &fileName, OrderStore &store)
{
    m_fileName = QFileInfo(fileName).fileName();
    m_orders.clear();
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QSet<QString> ids;
    QSet<qint64> uids;
    const bool read = this->read(buffer, store, [&](const Order &order, int line) {
        // Twice in the same file: check() holds them all, so it tells them apart itself.
        if (ids.contains(order.id) || uids.contains(order.uid))
            problem(line, tr("Order %1 (UID %2) appears twice in the file.").arg(order.id).arg(order.uid));
        ids.insert(order.id);
        uids.insert(order.uid);
        m_orders.append(order);
        return true;
    });
    std::stable_sort(
        m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return read && m_problemCount == 0;
}

bool OrderImporter::import(OrderStore &store, ActivityLog &log, const QString &actor, QString *error)
{
    if (m_problemCount > 0)
        return false;
    const QString comment = tr("Imported from %1").arg(m_fileName);
    QList<HistoryEntry> arrivals;
    for (const Order &o : std::as_const(m_orders))
        arrivals.append(HistoryEntry::arrival(o.id, o.status, actor, comment));
    if (!store.add(m_orders, arrivals, error))
        return false;
    log.append(actor, QStringLiteral("import"), m_fileName,
        QCoreApplication::translate("OrderImporter", "%n order(s) imported", nullptr, int(m_orders.size())));
    return true;
}

OrderImporter::Outcome OrderImporter::importFrom(
    QIODevice &device, const QString &fileName, OrderStore &store, ActivityLog &log, const QString &actor)
{
    Outcome outcome;
    m_fileName = QFileInfo(fileName).fileName();
    Transaction transaction(store.database());
    if (!transaction.isActive()) {
        outcome.error = store.database().lastError();
        return outcome;
    }
    const QString comment = tr("Imported from %1").arg(m_fileName);
    int written = 0;
    QString writeError;
    const bool read = this->read(device, store, [&](const Order &order, int) {
        if (m_problemCount > 0)
            return true; // nothing is kept: only checked on, to report every bad row
        if (!store.addInTransaction(
                { order }, { HistoryEntry::arrival(order.id, order.status, actor, comment) }, &writeError))
            return false;
        ++written;
        return true;
    });
    if (!read || !writeError.isEmpty()) {
        outcome.error = !writeError.isEmpty() ? writeError : m_storageError;
        return outcome; // rolled back
    }
    if (m_problemCount > 0) {
        outcome.problems = m_problems;
        outcome.problemCount = m_problemCount;
        return outcome; // rolled back
    }
    if (!log.append(actor, QStringLiteral("import"), m_fileName,
            QCoreApplication::translate("OrderImporter", "%n order(s) imported", nullptr, written))
        || !transaction.commit()) {
        outcome.error = store.database().lastError();
        return outcome;
    }
    outcome.imported = written;
    return outcome;
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
    outcome = importer.importFrom(file, path, store, log, actor);
    if (outcome.problemCount > 0)
        log.append(actor, QStringLiteral("import.rejected"), QFileInfo(path).fileName(),
            tr("Import refused: %1 problem(s), the first at line %2.")
                .arg(outcome.problemCount)
                .arg(outcome.problems.first().line));
    return outcome;
}

} // namespace pd
