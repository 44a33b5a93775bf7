#include "AmountText.h"

#include <QRegularExpression>

namespace pd {

QString AmountText::shown(const Money &amount, const QLocale &locale)
{
    return shown(amount.toString(), locale);
}

QString AmountText::list(const Balances &balances, const QLocale &locale)
{
    QStringList parts;
    for (auto it = balances.begin(); it != balances.end(); ++it)
        parts << shown(it.value(), locale) + u' ' + it.key();
    return parts.join(QStringLiteral(", "));
}

QString AmountText::shown(const QString &stored, const QLocale &locale)
{
    static const QRegularExpression decimal(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch m = decimal.match(stored);
    if (!m.hasMatch())
        return stored;
    const QString whole = m.captured(2);
    QString grouped;
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (group && i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole.at(i);
    }
    QString text = (m.captured(1).isEmpty() ? QString() : locale.negativeSign()) + grouped;
    if (m.hasCaptured(3))
        text += locale.decimalPoint() + m.captured(3);
    return text;
}

} // namespace pd
