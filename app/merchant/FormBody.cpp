#include "FormBody.h"

#include <QUrl>

namespace pd {

namespace {

QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
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
                *bad = QString::fromUtf8(pair.left(40));
            return false;
        }
        pairs->append({ decode(pair.left(eq)), decode(pair.mid(eq + 1)) });
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
