#include "CryptomusSigner.h"

#include <QCryptographicHash>

namespace pd {

QByteArray CryptomusSigner::sign(const QByteArray &body, const QByteArray &apiKey)
{
    return QCryptographicHash::hash(QByteArray(body.toBase64()).append(apiKey), QCryptographicHash::Md5).toHex();
}

} // namespace pd
