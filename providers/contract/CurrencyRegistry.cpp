#include "contract/CurrencyRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace pd {

namespace {

constexpr int kMaxPrecision = 18; // ETH and BEP20 tokens; nothing paid out goes finer

// The standard allows Latin letters, digits and '_' (the last for city
// suffixes such as CASHUSD_C_KIEV); anything else is a typo in the data.
bool isValidXmlCode(const QString &code)
{
    if (code.isEmpty())
        return false;
    for (QChar c : code) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

// Reads one string field of an entry; on failure fills *why and returns nullopt.
std::optional<QString> stringField(const QJsonObject &entry, const QString &key, bool mayBeEmpty, QString *why)
{
    const QJsonValue value = entry.value(key);
    if (value.isUndefined()) {
        *why = CurrencyRegistry::tr("missing field “%1”").arg(key);
        return std::nullopt;
    }
    if (!value.isString()) {
        *why = CurrencyRegistry::tr("field “%1” must be a string").arg(key);
        return std::nullopt;
    }
    QString text = value.toString();
    if (!mayBeEmpty && text.trimmed().isEmpty()) {
        *why = CurrencyRegistry::tr("field “%1” is empty").arg(key);
        return std::nullopt;
    }
    return text;
}

} // namespace

CurrencyRegistry CurrencyRegistry::builtIn()
{
    const QString path = QStringLiteral(":/payoutdesk/contract/currencies.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Built-in currency registry %s cannot be read: %s", qPrintable(path), qPrintable(file.errorString()));

    QString error;
    std::optional<CurrencyRegistry> registry = fromJson(file.readAll(), &error);
    if (!registry)
        qFatal("Built-in currency registry %s is broken: %s", qPrintable(path), qPrintable(error));
    if (registry->m_sources.isEmpty())
        qFatal("Built-in currency registry %s names no sources", qPrintable(path));
    return *std::move(registry);
}

std::optional<CurrencyRegistry> CurrencyRegistry::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<CurrencyRegistry> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The currency registry is not valid JSON: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("The currency registry must be a JSON object."));
    const QJsonObject root = document.object();

    CurrencyRegistry registry;

    // Optional here; builtIn() insists the shipped file names them.
    const QJsonValue sources = root.value(QStringLiteral("sources"));
    if (!sources.isUndefined()) {
        if (!sources.isArray())
            return fail(tr("“sources” must be an array of strings."));
        const QJsonArray list = sources.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().trimmed().isEmpty())
                return fail(tr("sources[%1] must be a non-empty string.").arg(i));
            registry.m_sources.append(list.at(i).toString());
        }
    }

    const QJsonValue currencies = root.value(QStringLiteral("currencies"));
    if (!currencies.isArray())
        return fail(tr("The currency registry needs a “currencies” array."));
    const QJsonArray entries = currencies.toArray();
    registry.m_currencies.reserve(entries.size());

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = tr("currencies[%1]").arg(i);
        if (!entries.at(i).isObject())
            return fail(tr("%1 must be an object.").arg(where));
        const QJsonObject entry = entries.at(i).toObject();
        QString why;

        const std::optional<QString> xml = stringField(entry, QStringLiteral("xml"), false, &why);
        if (!xml)
            return fail(tr("%1: %2.").arg(where, why));
        if (!isValidXmlCode(*xml))
            return fail(tr("%1: XML code “%2” may only hold Latin letters, digits and '_'.").arg(where, *xml));
        // From here on, name the entry by its code too: easier to find in the file.
        const QString named = QStringLiteral("%1 (%2)").arg(where, *xml);

        const std::optional<QString> code = stringField(entry, QStringLiteral("currency"), false, &why);
        if (!code)
            return fail(tr("%1: %2.").arg(named, why));
        const std::optional<QString> kindText = stringField(entry, QStringLiteral("kind"), false, &why);
        if (!kindText)
            return fail(tr("%1: %2.").arg(named, why));
        const std::optional<CurrencyKind> kind = currencyKindFromString(*kindText);
        if (!kind)
            return fail(
                tr("%1: unknown kind “%2” (expected crypto, card, emoney, bank or cash).").arg(named, *kindText));
        const std::optional<QString> network = stringField(entry, QStringLiteral("network"), true, &why);
        if (!network)
            return fail(tr("%1: %2.").arg(named, why));
        // Sending a token on the wrong chain loses it, so crypto must say which
        // chain; and a network on fiat means the entry is mistyped.
        if (*kind == CurrencyKind::Crypto && network->trimmed().isEmpty())
            return fail(tr("%1: a crypto currency needs a network.").arg(named));
        if (*kind != CurrencyKind::Crypto && !network->isEmpty())
            return fail(tr("%1: only crypto currencies have a network.").arg(named));
        const std::optional<QString> name = stringField(entry, QStringLiteral("name"), false, &why);
        if (!name)
            return fail(tr("%1: %2.").arg(named, why));

        const QJsonValue precisionValue = entry.value(QStringLiteral("precision"));
        if (precisionValue.isUndefined())
            return fail(tr("%1: missing field “precision”.").arg(named));
        // toInteger() answers only for whole numbers, so 2.5 falls to the default.
        const qint64 precision = precisionValue.isDouble() ? precisionValue.toInteger(-1) : -1;
        if (precision < 0 || precision > kMaxPrecision)
            return fail(tr("%1: precision must be a whole number from 0 to %2.").arg(named).arg(kMaxPrecision));

        const QString key = xml->toUpper();
        if (const auto seen = registry.m_indexByXml.constFind(key); seen != registry.m_indexByXml.cend())
            return fail(tr("%1: XML code duplicates currencies[%2].").arg(named).arg(*seen));

        registry.m_indexByXml.insert(key, registry.m_currencies.size());
        registry.m_currencies.append(Currency { *xml, *code, *kind, *network, static_cast<int>(precision), *name });
    }

    return registry;
}

std::optional<Currency> CurrencyRegistry::byXml(QStringView xml) const
{
    const auto found = m_indexByXml.constFind(xml.toString().toUpper());
    if (found == m_indexByXml.cend())
        return std::nullopt;
    return m_currencies.at(*found);
}

} // namespace pd
