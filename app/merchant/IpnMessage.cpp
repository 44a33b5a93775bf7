#include "IpnMessage.h"
#include "contract/Translated.h"

#include "FormBody.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::IpnMessage", text);
}

// Whole-string patterns: a plain '$' also matches before a final newline, so "317.42\n" passed
// as a decimal, and the inbox, which cannot read it as money, stored 0 (found by fuzzing).
QRegularExpression whole(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression decimal = whole(QStringLiteral("-?[0-9]{1,40}(\\.[0-9]{1,40})?"));
    return decimal.match(text).hasMatch();
}

constexpr int maxValues = 64; // recipient details: a handful in practice

} // namespace

std::optional<IpnMessage> IpnMessage::parse(const QByteArray &body, Problem *problem, QString *error)
{
    const auto fail = [&](Problem p, const QString &why) -> std::optional<IpnMessage> {
        if (problem)
            *problem = p;
        if (error)
            *error = why;
        return std::nullopt;
    };
    QHash<QString, QString> fields;
    QMap<int, OrderValue> bracketed; // toValues[i][key|name|value], by index
    static const QRegularExpression bracket = whole(QStringLiteral("toValues\\[([0-9]{1,3})\\]\\[(key|name|value)\\]"));
    FormBody::Pairs pairs;
    QString bad;
    if (!FormBody::parse(body, &pairs, &bad))
        return fail(Problem::Malformed, tr("The body is not a form: %1").arg(bad));
    for (const auto &[name, value] : std::as_const(pairs)) {
        const auto m = bracket.match(name);
        if (m.hasMatch()) {
            const int index = m.captured(1).toInt();
            if (index >= maxValues)
                return fail(Problem::BadValue, tr("toValues has more than %1 entries.").arg(maxValues));
            OrderValue &v = bracketed[index];
            const QString part = m.captured(2);
            (part == QLatin1String("key") ? v.key : part == QLatin1String("name") ? v.name : v.value) = value;
            continue;
        }
        if (fields.contains(name))
            return fail(Problem::Malformed, tr("The field %1 is given twice.").arg(name));
        fields.insert(name, value);
    }

    IpnMessage m;
    const struct {
        const char *name;
        QString *into;
    } required[] = { { "orderUID", &m.orderUid }, { "orderId", &m.orderId }, { "newStatus", &m.newStatus },
        { "inAmount", &m.inAmount }, { "outAmount", &m.outAmount }, { "xml_from", &m.xmlFrom }, { "xml_to", &m.xmlTo },
        { "timestamp", &m.timestamp } };
    for (const auto &field : required) {
        const QString value = fields.value(QString::fromLatin1(field.name));
        if (value.isEmpty())
            return fail(Problem::MissingField, tr("The field %1 is missing.").arg(QString::fromLatin1(field.name)));
        *field.into = value;
    }
    // A missing checksum is not a malformed IPN but an unsigned one: hashMatches() refuses it.
    m.hash = fields.value(QStringLiteral("hash"), fields.value(QStringLiteral("checksum")));

    bool number = false;
    if (m.orderUid.toLongLong(&number) <= 0 || !number)
        return fail(Problem::BadValue, tr("orderUID must be a positive number."));
    if (!Order::isObjectId(m.orderId))
        return fail(Problem::BadValue, tr("orderId must be a 24-character hexadecimal ObjectId."));
    if (!OrderStatuses::fromCode(m.newStatus))
        return fail(Problem::UnknownStatus,
            tr("The status \"%1\" is not one of the protocol's statuses.").arg(m.newStatus.left(40)));
    if (!isDecimal(m.inAmount) || !isDecimal(m.outAmount))
        return fail(Problem::BadValue, tr("inAmount and outAmount must be decimal numbers."));
    if (m.timestamp.toLongLong(&number) <= 0 || !number)
        return fail(Problem::BadValue, tr("timestamp must be unix time in milliseconds."));
    if (m.xmlFrom.size() > 32 || m.xmlTo.size() > 32)
        return fail(Problem::BadValue, tr("xml_from and xml_to must be currency codes."));

    if (fields.contains(QStringLiteral("toValues"))) {
        if (!bracketed.isEmpty())
            return fail(Problem::Malformed, tr("toValues is given both as JSON and in brackets."));
        QJsonParseError parseError;
        const QJsonDocument json
            = QJsonDocument::fromJson(fields.value(QStringLiteral("toValues")).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isArray())
            return fail(Problem::BadValue, tr("toValues is not a JSON array of {key, name, value}."));
        if (json.array().size() > maxValues)
            return fail(Problem::BadValue, tr("toValues has more than %1 entries.").arg(maxValues));
        m.toValues = Order::valuesFromJson(json.array());
        // JSON may escape half of a surrogate pair ("\ud800"): text that is not Unicode, which
        // cannot be stored or sent on as it came (found by fuzzing). A recipient detail is not
        // something to repair by guessing.
        for (const OrderValue &v : std::as_const(m.toValues)) {
            if (!v.key.isValidUtf16() || !v.name.isValidUtf16() || !v.value.isValidUtf16())
                return fail(
                    Problem::BadValue, tr("toValues holds text that is not valid Unicode (half of a surrogate pair)."));
        }
    } else {
        int expected = 0;
        for (auto it = bracketed.cbegin(); it != bracketed.cend(); ++it, ++expected) {
            if (it.key() != expected)
                return fail(Problem::BadValue, tr("toValues[%1] is missing.").arg(expected));
            m.toValues << it.value();
        }
    }
    if (problem)
        *problem = Problem::None;
    return m;
}

QByteArray IpnMessage::checksum(const QString &orderId, const QString &newStatus, const QString &inAmount,
    const QString &outAmount, const QString &xmlFrom, const QString &xmlTo, const QString &timestamp,
    const QByteArray &secret)
{
    const QByteArray text
        = QStringList { orderId, newStatus, inAmount, outAmount, xmlFrom, xmlTo, timestamp }.join(u':').toUtf8() + ':'
        + secret;
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

QByteArray IpnMessage::expectedHash(const QByteArray &secret) const
{
    return checksum(orderId, newStatus, inAmount, outAmount, xmlFrom, xmlTo, timestamp, secret);
}

bool IpnMessage::hashMatches(const QByteArray &secret) const
{
    const QByteArray expected = expectedHash(secret);
    const QByteArray given = hash.toLatin1().toLower();
    if (secret.isEmpty() || given.size() != expected.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return difference == 0;
}

QByteArray IpnMessage::toForm(const QByteArray &secret) const
{
    FormBody form;
    const auto add
        = [&form](const QByteArray &name, const QString &value) { form.add(QString::fromLatin1(name), value); };
    add("orderUID", orderUid);
    add("orderId", orderId);
    add("newStatus", newStatus);
    add("inAmount", inAmount);
    add("outAmount", outAmount);
    add("xml_from", xmlFrom);
    add("xml_to", xmlTo);
    add("timestamp", timestamp);
    for (int i = 0; i < toValues.size(); ++i) {
        const QByteArray prefix = QByteArray("toValues[" + QByteArray::number(i) + "]");
        add(prefix + "[key]", toValues.at(i).key);
        add(prefix + "[name]", toValues.at(i).name);
        add(prefix + "[value]", toValues.at(i).value);
    }
    add("hash", QString::fromLatin1(expectedHash(secret)));
    return form.bytes();
}

Order IpnMessage::order() const
{
    Order o;
    o.id = orderId.toLower();
    o.uid = orderUid.toLongLong();
    o.status = OrderStatuses::fromCode(newStatus).value_or(OrderStatus::New);
    o.inAmount = Money::parse(inAmount).value_or(Money());
    o.outAmount = Money::parse(outAmount).value_or(Money());
    o.xmlFrom = xmlFrom;
    o.xmlTo = xmlTo;
    o.toValues = toValues;
    return o;
}

IpnMessage IpnMessage::about(const Order &order, const QString &status, qint64 timestampMs)
{
    IpnMessage m;
    m.orderUid = QString::number(order.uid);
    m.orderId = order.id;
    m.newStatus = status;
    m.inAmount = order.inAmount.toString();
    m.outAmount = order.outAmount.toString();
    m.xmlFrom = order.xmlFrom;
    m.xmlTo = order.xmlTo;
    m.timestamp = QString::number(timestampMs);
    m.toValues = order.toValues;
    return m;
}

} // namespace pd
