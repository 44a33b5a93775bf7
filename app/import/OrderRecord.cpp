#include "OrderRecord.h"
#include "contract/Translated.h"

#include "contract/CurrencyRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::OrderRecord", text);
}

// The file's name for a field, and the other names the merchant protocol uses for it.
const QList<QStringList> &names()
{
    static const QList<QStringList> list = {
        { QStringLiteral("id"), QStringLiteral("orderId") },
        { QStringLiteral("uid"), QStringLiteral("orderUID") },
        { QStringLiteral("status"), QStringLiteral("newStatus") },
        { QStringLiteral("inAmount") },
        { QStringLiteral("outAmount") },
        { QStringLiteral("xml_from") },
        { QStringLiteral("xml_to") },
        { QStringLiteral("toValues") },
        { QStringLiteral("routeId") },
        { QStringLiteral("partner") },
        { QStringLiteral("createdAt") },
        { QStringLiteral("updatedAt") },
    };
    return list;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// ISO 8601 with a zone, or unix milliseconds as the merchant protocol's timestamps are.
QDateTime parseTime(const QString &text)
{
    bool isNumber = false;
    const qint64 ms = text.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // A time without a zone is ambiguous: refuse it rather than guess the desk's zone.
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}

} // namespace

QStringList OrderRecord::fieldNames()
{
    QStringList list;
    for (const QStringList &n : names())
        list << n.first();
    return list;
}

QJsonObject OrderRecord::toJson(const Order &o)
{
    return QJsonObject { { QStringLiteral("id"), o.id }, { QStringLiteral("uid"), QString::number(o.uid) },
        { QStringLiteral("status"), OrderStatuses::code(o.status) },
        { QStringLiteral("inAmount"), o.inAmount.toString() }, { QStringLiteral("outAmount"), o.outAmount.toString() },
        { QStringLiteral("xml_from"), o.xmlFrom }, { QStringLiteral("xml_to"), o.xmlTo },
        { QStringLiteral("toValues"), Order::valuesToJson(o.toValues) }, { QStringLiteral("routeId"), o.routeId },
        { QStringLiteral("partner"), o.partner }, { QStringLiteral("createdAt"), isoTime(o.createdAt) },
        { QStringLiteral("updatedAt"), isoTime(o.updatedAt) } };
}

QStringList OrderRecord::toFields(const Order &o)
{
    return { o.id, QString::number(o.uid), OrderStatuses::code(o.status), o.inAmount.toString(), o.outAmount.toString(),
        o.xmlFrom, o.xmlTo,
        QString::fromUtf8(QJsonDocument(Order::valuesToJson(o.toValues)).toJson(QJsonDocument::Compact)), o.routeId,
        o.partner, isoTime(o.createdAt), isoTime(o.updatedAt) };
}

Order OrderRecord::fromFields(const QHash<QString, QString> &fields, const CurrencyRegistry &currencies,
    QStringList *problems, const Money &maxAmount)
{
    // Codes, numbers and times may carry stray spaces from a spreadsheet; free text (the route,
    // the partner) keeps its whitespace, so that export → import → export gives the same file.
    const auto raw = [&](int index) -> QString {
        for (const QString &name : names().at(index)) {
            if (fields.contains(name))
                return fields.value(name);
        }
        return {};
    };
    const auto field = [&](int index) -> QString { return raw(index).trimmed(); };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool known = false;
        for (const QStringList &n : names())
            known = known || n.contains(it.key());
        if (!known)
            *problems << tr("Unknown field \"%1\".").arg(it.key());
    }

    Order o;
    o.id = field(0).toLower();
    bool uidOk = false;
    o.uid = field(1).toLongLong(&uidOk);
    if (!uidOk)
        *problems << tr("The UID \"%1\" is not a number.").arg(field(1));

    const QString status = field(2);
    if (const auto s = OrderStatuses::fromCode(status))
        o.status = *s;
    else
        *problems << tr("Unknown status \"%1\".").arg(status);

    for (const auto &[index, target] : { std::pair { 3, &o.inAmount }, std::pair { 4, &o.outAmount } }) {
        QString why;
        if (const auto amount = Money::parse(field(index), &why))
            *target = *amount;
        else
            *problems << tr("%1 \"%2\": %3").arg(names().at(index).first(), field(index), why);
    }
    o.xmlFrom = field(5).toUpper();
    o.xmlTo = field(6).toUpper();

    const QString values = field(7);
    if (!values.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(values.toUtf8(), &parseError);
        if (!doc.isArray())
            *problems << tr("toValues must be a JSON array of {key, name, value}.");
        else
            o.toValues = Order::valuesFromJson(doc.array());
    }
    o.routeId = raw(8);
    o.partner = raw(9);

    const QString created = field(10);
    o.createdAt = created.isEmpty() ? QDateTime::currentDateTimeUtc() : parseTime(created);
    if (!o.createdAt.isValid())
        *problems << tr("createdAt \"%1\" is neither ISO 8601 with a zone nor unix milliseconds.").arg(created);
    const QString updated = field(11);
    o.updatedAt = updated.isEmpty() ? o.createdAt : parseTime(updated);
    if (!o.updatedAt.isValid())
        *problems << tr("updatedAt \"%1\" is neither ISO 8601 with a zone nor unix milliseconds.").arg(updated);

    if (uidOk && o.createdAt.isValid())
        *problems << o.problems(currencies, maxAmount);
    return o;
}

} // namespace pd
