#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pd {

// application/x-www-form-urlencoded, as the merchant protocol sends it: '+' is a space and
// then percent-decoding on the way in (QUrlQuery keeps '+', right for URLs, wrong for forms);
// every byte but unreserved ones percent-encoded on the way out.
class FormBody {
public:
    using Pairs = QList<QPair<QString, QString>>;
    // False, with a sentence naming the offending part in `bad`, when a part has no name=value
    // or decodes to bytes that are not UTF-8 (refused, never repaired into U+FFFD).
    static bool parse(const QByteArray &body, Pairs *pairs, QString *bad = nullptr);
    void add(const QString &name, const QString &value);
    QByteArray bytes() const { return m_body; }

private:
    QByteArray m_body;
};

} // namespace pd
