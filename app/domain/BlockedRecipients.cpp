#include "BlockedRecipients.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

QString BlockedRecipients::normalized(const QString &value)
{
    QString v = value.trimmed().toLower();
    // A card number is written with spaces or dashes as often as without.
    static const QRegularExpression cardLike(QStringLiteral("^[0-9][0-9 -]{10,}[0-9]$"));
    if (cardLike.match(v).hasMatch())
        v.remove(u' ').remove(u'-');
    return v;
}

// The words keep the context they were first translated in (pd::Blocklist).
std::optional<QString> BlockedRecipients::refusalIn(
    const QHash<QString, QString> &reasons, const QStringList &recipientValues)
{
    for (const QString &raw : recipientValues) {
        const auto it = reasons.constFind(normalized(raw));
        if (it != reasons.constEnd())
            return QCoreApplication::translate(
                "pd::Blocklist", "The recipient %1 is on the blocklist (%2): nothing is sent.")
                .arg(raw.trimmed(), *it);
    }
    return std::nullopt;
}

} // namespace pd
