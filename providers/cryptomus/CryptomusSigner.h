#pragma once

#include <QByteArray>

namespace pd {

// Cryptomus's request signature (doc.cryptomus.com, request format): md5 of the body's base64
// followed by the payout API key, as 32 lowercase hex digits, sent in the "sign" header with
// the merchant's uuid in "merchant". The body signed is the exact body sent.
class CryptomusSigner {
public:
    static QByteArray sign(const QByteArray &body, const QByteArray &apiKey);
};

} // namespace pd
