#include "Blocklist.h"

#include "ActivityLog.h"
#include "Database.h"
#include "Transaction.h"
#include "contract/Translated.h"
#include "import/CsvReader.h"

#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::Blocklist", text);
}

} // namespace

QList<Blocklist::Entry> Blocklist::all()
{
    QList<Entry> list;
    QSqlQuery q;
    if (m_db.exec(q,
            QStringLiteral(
                "SELECT value, reason, added_by, added_at FROM blocked_recipients ORDER BY added_at DESC, value"))) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC) });
    }
    return list;
}

bool Blocklist::add(const QString &value, const QString &reason, const QString &actor, QString *error)
{
    const QString v = BlockedRecipients::normalized(value);
    if (v.isEmpty()) {
        if (error)
            *error = tr("An empty value cannot be blocked.");
        return false;
    }
    Transaction transaction(m_db);
    QSqlQuery q;
    const bool done = transaction.isActive()
        && m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM blocked_recipients WHERE value = ?"), { v }) && q.next()
        && (q.value(0).toInt() > 0
            || (m_db.exec(QStringLiteral(
                              "INSERT INTO blocked_recipients (value, reason, added_by, added_at) VALUES (?,?,?,?)"),
                    { v, reason.trimmed(), actor, QDateTime::currentMSecsSinceEpoch() })
                && ActivityLog(m_db).append(
                    actor, QStringLiteral("blocklist"), v, QStringLiteral("%1 blocked: %2").arg(v, reason.trimmed()))))
        && transaction.commit();
    if (!done && error)
        *error = m_db.lastError();
    return done;
}

bool Blocklist::remove(const QString &value, const QString &actor, QString *error)
{
    const QString v = BlockedRecipients::normalized(value);
    Transaction transaction(m_db);
    const bool done = transaction.isActive()
        && m_db.exec(QStringLiteral("DELETE FROM blocked_recipients WHERE value = ?"), { v })
        && ActivityLog(m_db).append(actor, QStringLiteral("blocklist"), v, QStringLiteral("%1 unblocked").arg(v))
        && transaction.commit();
    if (!done && error)
        *error = m_db.lastError();
    return done;
}

bool Blocklist::importCsv(const QByteArray &csv, const QString &actor, int *added, QString *error)
{
    CsvReader reader;
    if (!reader.read(csv)) {
        if (error)
            *error = tr("Line %1: %2").arg(reader.errorLine()).arg(reader.error());
        return false;
    }
    Transaction transaction(m_db); // all or nothing: the adds below nest as savepoints
    if (!transaction.isActive()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    const int before = int(all().size());
    for (const CsvReader::Record &r : reader.records()) {
        const QString value = r.fields.value(0);
        if (r.line == 1 && value.trimmed().compare(QLatin1String("value"), Qt::CaseInsensitive) == 0)
            continue; // the header
        if (BlockedRecipients::normalized(value).isEmpty()) {
            if (error)
                *error = tr("Line %1: no address or card number.").arg(r.line);
            return false;
        }
        if (!add(value, r.fields.value(1), actor, error))
            return false;
    }
    if (added)
        *added = int(all().size()) - before;
    if (!transaction.commit()) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

std::optional<QString> Blocklist::refusal(const QStringList &recipientValues)
{
    // Only the order's own values are looked up: a claim reads a row or two, not the list.
    QHash<QString, QString> found;
    for (const QString &raw : recipientValues) {
        const QString v = BlockedRecipients::normalized(raw);
        if (v.isEmpty())
            continue;
        QSqlQuery q;
        if (!m_db.exec(q, QStringLiteral("SELECT reason FROM blocked_recipients WHERE value = ?"), { v }))
            return tr("The blocklist cannot be read: %1").arg(m_db.lastError());
        if (q.next())
            found.insert(v, q.value(0).toString());
    }
    return BlockedRecipients::refusalIn(found, recipientValues);
}

QHash<QString, QString> Blocklist::reasons()
{
    QHash<QString, QString> list;
    QSqlQuery q;
    if (m_db.exec(q, QStringLiteral("SELECT value, reason FROM blocked_recipients"))) {
        while (q.next())
            list.insert(q.value(0).toString(), q.value(1).toString());
    }
    return list;
}

QHash<QString, int> Blocklist::ordersSharing(const QStringList &recipients)
{
    QHash<QString, int> counts;
    if (recipients.isEmpty())
        return counts;
    QSqlQuery q;
    QVariantList values;
    for (const QString &r : recipients)
        values << r;
    if (m_db.exec(q,
            QStringLiteral(
                "SELECT recipient, COUNT(DISTINCT id) FROM orders WHERE recipient IN (%1) GROUP BY recipient")
                .arg(QStringList(recipients.size(), QStringLiteral("?")).join(u',')),
            values)) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

} // namespace pd
