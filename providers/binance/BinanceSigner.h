#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pd {

// Binance's HMAC signature (binance-spot-api-docs rest-api.md, "SIGNED endpoints"): the hex
// HMAC-SHA256, under the secret key, of the query string followed directly by the request
// body (no separator), exactly as sent, with every non-ASCII character percent-encoded first.
class BinanceSigner {
public:
    // "key=value&key=value" in the order given; values percent-encoded (RFC 3986 unreserved
    // characters kept), so that what is signed is what goes on the wire.
    static QByteArray encode(const QList<QPair<QByteArray, QString>> &parameters);
    static QByteArray signature(const QByteArray &query, const QByteArray &body, const QByteArray &secret);
};

} // namespace pd
