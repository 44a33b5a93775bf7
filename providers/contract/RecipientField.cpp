#include "RecipientField.h"

#include "RecipientValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

namespace {

QString translated(const QJsonValue &value, const QString &language)
{
    if (!value.isObject())
        return value.toString();
    const QJsonObject texts = value.toObject();
    const QString text = texts.value(language).toString();
    return text.isEmpty() ? texts.value(QStringLiteral("en")).toString() : text;
}

} // namespace

RecipientField RecipientField::fromJson(const QJsonObject &o, const QString &language)
{
    RecipientField f;
    f.id = o.value(QStringLiteral("_id")).toString();
    f.name = translated(o.value(QStringLiteral("name")), language);
    f.placeholder = translated(o.value(QStringLiteral("placeholder")), language);
    f.regexp = o.value(QStringLiteral("regexp")).toString();
    f.regexpError = translated(o.value(QStringLiteral("regexp_error")), language);
    f.required = o.value(QStringLiteral("required")).toBool(true);
    f.check = o.value(QStringLiteral("check")).toString();
    return f;
}

std::optional<QString> RecipientField::problem(const Currency &currency, const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty()) {
        if (required)
            return QCoreApplication::translate("RecipientField", "%1 is required.").arg(name);
        return std::nullopt;
    }
    if (!regexp.isEmpty()) {
        const QRegularExpression re(QStringLiteral("\\A(?:%1)\\z").arg(regexp));
        if (!re.match(v).hasMatch())
            return regexpError.isEmpty()
                ? QCoreApplication::translate("RecipientField", "%1 is not in the expected form.").arg(name)
                : regexpError;
    }
    RecipientValidator::Check c = RecipientValidator::Check::None;
    if (check == QLatin1String("address"))
        c = RecipientValidator::checkFor(currency);
    else if (check == QLatin1String("card"))
        c = RecipientValidator::Check::CardNumber;
    return RecipientValidator::problem(c, v);
}

} // namespace pd
