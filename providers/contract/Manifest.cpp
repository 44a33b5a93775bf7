#include "Manifest.h"
#include "contract/Translated.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::Manifest", text);
}

// The keys of a JSON object in the order the file wrote them: QJsonObject sorts its keys,
// and the form should follow the manifest's order.
QStringList keysInFileOrder(const QByteArray &json, const QString &objectName, const QJsonObject &object)
{
    QStringList ordered;
    const qsizetype at = json.indexOf(QByteArray('"' + objectName.toUtf8() + '"'));
    const qsizetype open = at < 0 ? -1 : json.indexOf('{', at);
    const qsizetype close = open < 0 ? -1 : json.indexOf('}', open);
    if (open >= 0 && close > open) {
        const QByteArray body = json.mid(open, close - open);
        QList<std::pair<qsizetype, QString>> found;
        for (const QString &key : object.keys())
            found.append({ body.indexOf(QByteArray('"' + key.toUtf8() + '"')), key });
        std::sort(found.begin(), found.end());
        for (const auto &[position, key] : found)
            ordered << key;
        return ordered;
    }
    return object.keys();
}

} // namespace

std::optional<Manifest> Manifest::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Manifest> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("The manifest is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    Manifest m;
    m.type = o.value(QStringLiteral("type")).toString();
    m.name = o.value(QStringLiteral("name")).toString();
    m.title = o.value(QStringLiteral("title")).toString();
    m.icon = o.value(QStringLiteral("icon")).toString();
    m.defaultConfig = o.value(QStringLiteral("default_config")).toObject();
    m.pollIntervalSeconds = o.value(QStringLiteral("poll_interval_seconds")).toInt(60);
    m.pollAtStart = o.value(QStringLiteral("call_when_init")).toBool(true);
    m.resendSameReference = o.value(QStringLiteral("resend_same_reference")).toBool(false);
    m.fields = o.value(QStringLiteral("fields")).toObject();
    for (const QJsonValue &key : o.value(QStringLiteral("optional_config")).toArray())
        m.optionalConfig << key.toString();
    for (const QJsonValue &xml : o.value(QStringLiteral("allow_XML")).toArray())
        m.allowXml << xml.toString().toUpper();
    if (m.type != QLatin1String("payout"))
        return fail(tr("The manifest's type must be \"payout\"."));
    if (m.name.isEmpty() || m.title.isEmpty())
        return fail(tr("The manifest needs a name and a title."));
    if (m.pollIntervalSeconds < 5)
        return fail(tr("poll_interval_seconds must be at least 5."));

    const QJsonObject required = o.value(QStringLiteral("required_config")).toObject();
    const QJsonObject labels = o.value(QStringLiteral("config_labels")).toObject();
    QList<ConfigKey> secrets;
    for (const QString &key : keysInFileOrder(json, QStringLiteral("required_config"), required)) {
        const int kind = required.value(key).toInt();
        if (kind != 1 && kind != 2)
            return fail(tr("required_config.%1 must be 1 (shown) or 2 (secret).").arg(key));
        ConfigKey k { key, ConfigKey::Kind(kind), labels.value(key).toString(key) };
        (kind == 2 ? secrets : m.requiredConfig).append(k);
    }
    m.requiredConfig += secrets;
    return m;
}

std::optional<Manifest> Manifest::fromResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the manifest %1.").arg(path);
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

Manifest Manifest::builtIn(const QString &name)
{
    QString error;
    const auto manifest = fromResource(QStringLiteral(":/payoutdesk/providers/%1/manifest.json").arg(name), &error);
    if (!manifest)
        qFatal("The %s manifest shipped with the desk is broken: %s", qPrintable(name), qPrintable(error));
    return *manifest;
}

bool Manifest::serves(QStringView xml) const
{
    return allowXml.contains(xml.toString().toUpper());
}

std::optional<ConfigKey> Manifest::configKey(QStringView key) const
{
    for (const ConfigKey &k : requiredConfig) {
        if (k.key == key)
            return k;
    }
    return std::nullopt;
}

QStringList Manifest::secretKeys() const
{
    QStringList keys;
    for (const ConfigKey &k : requiredConfig) {
        if (k.kind == ConfigKey::Kind::Secret)
            keys << k.key;
    }
    return keys;
}

} // namespace pd
