#include "BinanceSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QString>

namespace pd {

QByteArray BinanceSigner::encode(const QList<QPair<QByteArray, QString>> &parameters)
{
    QByteArray query;
    for (const auto &[key, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += key;
        query += '=';
        query += value.toUtf8().toPercentEncoding();
    }
    return query;
}

QByteArray BinanceSigner::signature(const QByteArray &query, const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(QByteArray(query).append(body), secret, QCryptographicHash::Sha256).toHex();
}

} // namespace pd
