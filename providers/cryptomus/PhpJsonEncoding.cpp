#include "PhpJsonEncoding.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <nlohmann/json.hpp>

namespace pd {

namespace {

// ordered_json keeps the members in the order they were read or inserted, as PHP arrays do.
using Json = nlohmann::ordered_json;

Json fromQt(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        // QJsonValue keeps 10 as a double: PHP writes an integer as an integer.
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9.0e15)
            return static_cast<qint64>(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString().toStdString();
    case QJsonValue::Array: {
        Json array = Json::array();
        for (const QJsonValue &v : value.toArray())
            array.push_back(fromQt(v));
        return array;
    }
    case QJsonValue::Object: {
        Json object = Json::object();
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            object[it.key().toStdString()] = fromQt(it.value());
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return nullptr;
}

std::optional<QByteArray> phpText(const Json &json)
{
    std::string text;
    try {
        text = json.dump(); // compact, UTF-8 unescaped (ensure_ascii is off)
    } catch (const Json::exception &) {
        return std::nullopt; // a string that is not UTF-8: PHP would refuse it too
    }
    QByteArray out = QByteArray::fromStdString(text);
    // A '/' can only stand inside a string in JSON text: every one of them is escaped.
    out.replace("/", "\\/");
    out.replace("\xE2\x80\xA8", "\\u2028");
    out.replace("\xE2\x80\xA9", "\\u2029");
    return out;
}

Json parsed(const QByteArray &json)
{
    return Json::parse(json.begin(), json.end(), nullptr, false); // discarded instead of throwing
}

} // namespace

std::optional<PhpJsonEncoding::Signed> PhpJsonEncoding::withoutSign(const QByteArray &json)
{
    Json data = parsed(json);
    if (data.is_discarded() || !data.is_object())
        return std::nullopt;
    const auto sign = data.find("sign");
    if (sign == data.end() || !sign->is_string())
        return std::nullopt;
    Signed result;
    result.sign = QByteArray::fromStdString(sign->get<std::string>());
    data.erase(sign);
    const auto text = phpText(data);
    if (!text)
        return std::nullopt;
    result.data = *text;
    return result;
}

std::optional<QByteArray> PhpJsonEncoding::reencode(const QByteArray &json)
{
    const Json data = parsed(json);
    if (data.is_discarded())
        return std::nullopt;
    return phpText(data);
}

QByteArray PhpJsonEncoding::encode(const Members &members)
{
    Json object = Json::object();
    for (const auto &[key, value] : members)
        object[key.toStdString()] = fromQt(value);
    return phpText(object).value_or(QByteArrayLiteral("{}")); // QString always converts to valid UTF-8
}

} // namespace pd
