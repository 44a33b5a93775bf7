#include "FormBody.h"

#include "contract/Translated.h"
#include "domain/Order.h"

#include <QCoreApplication>
#include <QUrl>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::FormBody", text);
}

std::optional<QString> decode(QByteArray part)
{
    part.replace('+', ' ');
    return Order::strictUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

bool FormBody::parse(const QByteArray &body, Pairs *pairs, QString *bad)
{
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0) {
            if (bad)
                *bad = tr("\"%1\" has no name=value.")
                           .arg(Order::strictUtf8(pair.left(40)).value_or(QStringLiteral("?")));
            return false;
        }
        const auto name = decode(pair.left(eq));
        const auto value = decode(pair.mid(eq + 1));
        if (!name || !value) {
            if (bad)
                *bad = tr("The part \"%1\" is not UTF-8 text.")
                           .arg(name.value_or(QString::fromLatin1(pair.left(eq))).left(40));
            return false;
        }
        pairs->append({ *name, *value });
    }
    return true;
}

void FormBody::add(const QString &name, const QString &value)
{
    if (!m_body.isEmpty())
        m_body += '&';
    m_body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace pd
