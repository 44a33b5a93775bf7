#include "Order.h"
#include "contract/Translated.h"

#include "contract/CurrencyRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QVariant>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::Order", text);
}

} // namespace

QString Order::recipient() const
{
    static const QStringList recipientKeys = { QStringLiteral("address"), QStringLiteral("wallet"),
        QStringLiteral("card"), QStringLiteral("account"), QStringLiteral("phone"), QStringLiteral("email") };
    for (const QString &hint : recipientKeys) {
        for (const OrderValue &v : toValues) {
            if (v.key.contains(hint, Qt::CaseInsensitive) && !v.value.isEmpty())
                return v.value;
        }
    }
    for (const OrderValue &v : toValues) {
        if (!v.value.isEmpty())
            return v.value;
    }
    return {};
}

Money Order::defaultMaxAmount()
{
    return *Money::parse(u"1000000000"); // far above any real payout, far below a typo's 10^40
}

QStringList Order::problems(const CurrencyRegistry &currencies, const Money &maxAmount) const
{
    QStringList found;
    if (!isObjectId(id))
        found << tr("The order id \"%1\" is not a 24-character hexadecimal ObjectId.").arg(id.left(40));
    if (uid <= 0)
        found << tr("The order UID must be a positive number.");
    const auto checkSide = [&](const QString &code, const Money &amount, const QString &side) {
        if (amount.isNegative() || amount.isZero())
            found << tr("The %1 amount %2 is not positive.").arg(side, amount.toString());
        else if (amount > maxAmount)
            found << tr("The %1 amount %2 is above the book's maximum of %3.")
                         .arg(side, amount.toString(), maxAmount.toString());
        const auto currency = currencies.byXml(code);
        if (!currency) {
            found << tr("The %1 currency \"%2\" is not a known XML code.").arg(side, code.left(40));
            return;
        }
        if (amount.rounded(currency->precision) != amount)
            found << tr("The %1 amount %2 has more decimals than %3 allows (%4).")
                         .arg(side, amount.toString(), currency->xml)
                         .arg(currency->precision);
    };
    checkSide(xmlFrom, inAmount, tr("incoming"));
    checkSide(xmlTo, outAmount, tr("outgoing"));
    if (!createdAt.isValid())
        found << tr("The order has no creation time.");
    found << valueProblems(toValues);
    return found;
}

QStringList Order::valueProblems(const QList<OrderValue> &values)
{
    QStringList found;
    // A tab, a newline or a NUL in an address or card number changes what is paid, or where,
    // in whatever reads it next (a provider, a CSV, a terminal): refused, not cleaned up.
    const auto clean = [](const QString &text) {
        if (!text.isValidUtf16())
            return false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
                return false;
        }
        return true;
    };
    for (const OrderValue &v : values) {
        if (v.key.isEmpty())
            found << tr("A recipient field has no key.");
        if (!clean(v.key) || !clean(v.name) || !clean(v.value))
            found << tr("The recipient field \"%1\" holds a control character or text that is not valid Unicode.")
                         .arg(clean(v.key) ? v.key.left(40) : QStringLiteral("?"));
    }
    found.removeDuplicates();
    return found;
}

std::optional<QString> Order::strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool Order::isObjectId(QStringView text)
{
    if (text.size() != 24)
        return false;
    for (QChar c : text) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

QString Order::newObjectId(const QDateTime &at)
{
    const quint32 seconds = static_cast<quint32>(at.toSecsSinceEpoch());
    QString id = QStringLiteral("%1").arg(seconds, 8, 16, QLatin1Char('0'));
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 4; ++i)
        id += QStringLiteral("%1").arg(random->generate() & 0xffff, 4, 16, QLatin1Char('0'));
    return id;
}

QJsonArray Order::valuesToJson(const QList<OrderValue> &values)
{
    QJsonArray array;
    for (const OrderValue &v : values)
        array.append(QJsonObject { { QStringLiteral("key"), v.key }, { QStringLiteral("name"), v.name },
            { QStringLiteral("value"), v.value } });
    return array;
}

namespace {

// A detail as the client typed it. Sites that send a phone or card number as a JSON number
// mean its digits: integers keep every digit (Qt keeps them as 64-bit integers, not doubles).
QString detailText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return QString::number(number.toLongLong());
        return QString::number(value.toDouble(), 'g', 17);
    }
    default:
        return {};
    }
}

} // namespace

QList<OrderValue> Order::valuesFromJson(const QJsonArray &array)
{
    QList<OrderValue> values;
    for (const QJsonValue &item : array) {
        const QJsonObject o = item.toObject();
        values.append({ detailText(o.value(QStringLiteral("key"))), detailText(o.value(QStringLiteral("name"))),
            detailText(o.value(QStringLiteral("value"))) });
    }
    return values;
}

} // namespace pd
