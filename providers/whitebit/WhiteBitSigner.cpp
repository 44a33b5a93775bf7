#include "WhiteBitSigner.h"

#include "contract/ConstantTime.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace pd {

WhiteBitSigner::Headers WhiteBitSigner::sign(const QByteArray &body, const QByteArray &secret)
{
    const QByteArray payload = body.toBase64();
    return { payload, QMessageAuthenticationCode::hash(payload, secret, QCryptographicHash::Sha512).toHex() };
}

bool WhiteBitSigner::verify(
    const QByteArray &body, const QByteArray &payload, const QByteArray &signature, const QByteArray &secret)
{
    const Headers expected = sign(body, secret);
    return ConstantTime::equal(expected.payload, payload)
        && ConstantTime::equal(expected.signature, signature.toLower());
}

} // namespace pd
