#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pd {

// JSON text exactly as PHP's json_encode($data, JSON_UNESCAPED_UNICODE) writes it: compact,
// members in their original order, UTF-8 left as it is, '/' written as "\/" (and U+2028/U+2029
// as \u2028/\u2029, which PHP escapes even then). Cryptomus signs that text, not the bytes it
// sends, so a webhook can only be checked by writing its members again the PHP way
// (doc.cryptomus.com/payouts/webhook). QJsonDocument cannot: it sorts keys and leaves '/' alone.
class PhpJsonEncoding {
public:
    using Members = QList<QPair<QString, QJsonValue>>;

    struct Signed {
        QByteArray data; // the body without its "sign" member, as PHP encodes it
        QByteArray sign;
    };

    // A JSON object's text with its "sign" member taken out and the rest encoded the PHP way;
    // nothing when the text is not a JSON object with a string "sign".
    static std::optional<Signed> withoutSign(const QByteArray &json);
    // Any JSON text encoded again the PHP way, keys in the order they came; nothing when it is
    // not JSON (or not UTF-8).
    static std::optional<QByteArray> reencode(const QByteArray &json);
    // An object of these members, in this order. Nested objects keep QJsonObject's order.
    static QByteArray encode(const Members &members);
};

} // namespace pd
