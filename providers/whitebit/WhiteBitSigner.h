#pragma once

#include <QByteArray>

namespace pd {

// WhiteBIT's request signature (docs: api-reference/authentication): the JSON body, exactly as
// sent, carries "request" (the path) and "nonce"; X-TXC-PAYLOAD is the body in base64 and
// X-TXC-SIGNATURE the hex HMAC-SHA512 of that base64 text under the API secret. Webhooks are
// checked the same way over their raw body.
class WhiteBitSigner {
public:
    struct Headers {
        QByteArray payload; // X-TXC-PAYLOAD
        QByteArray signature; // X-TXC-SIGNATURE
    };
    static Headers sign(const QByteArray &body, const QByteArray &secret);
    // A webhook or request as received: the payload must be the body's base64 and the
    // signature its HMAC; compared in constant time.
    static bool verify(
        const QByteArray &body, const QByteArray &payload, const QByteArray &signature, const QByteArray &secret);
};

} // namespace pd
