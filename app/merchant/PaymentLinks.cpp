#include "PaymentLinks.h"
#include "contract/Translated.h"

#include <QCoreApplication>

namespace pd {

std::optional<PaymentLinks> PaymentLinks::make(
    const QString &siteUrl, const QString &language, qint64 uid, const QString &secret, QString *why)
{
    const auto fail = [why](const char *text) -> std::optional<PaymentLinks> {
        if (why)
            *why = translated("pd::PaymentLinks", text);
        return std::nullopt;
    };
    if (secret.isEmpty() || uid <= 0)
        return fail(QT_TRANSLATE_NOOP("pd::PaymentLinks",
            "The order has no secret: it was not created through the exchange site's merchant API."));
    QUrl base(siteUrl.trimmed());
    if (!base.isValid() || base.host().isEmpty()
        || (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
        return fail(QT_TRANSLATE_NOOP(
            "pd::PaymentLinks", "Set the exchange site's address under Settings to get the client's links."));
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString lang = language.trimmed().isEmpty() ? QStringLiteral("en") : language.trimmed();
    const auto link = [&](const char *kind) {
        QUrl url = base;
        // Each part percent-encoded on its own, so a '/' or '?' in a secret stays inside it.
        url.setPath(path + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(lang)) + u'/' + QLatin1String(kind) + u'/'
                + QString::number(uid) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(secret)),
            QUrl::StrictMode);
        url.setQuery(QString());
        url.setFragment(QString());
        return url;
    };
    return PaymentLinks { link("payment"), link("order") };
}

} // namespace pd
