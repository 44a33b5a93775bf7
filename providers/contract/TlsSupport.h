#pragma once

#include <QString>

namespace pd {

// OpenSSL is the desk's TLS: every HTTPS call to a provider goes through Qt's OpenSSL backend.
// Without it (no libssl3, or Qt on another backend) no real provider can be reached, so the
// desk says so at start and an HTTPS call fails with this reason before anything is sent.
class TlsSupport {
public:
    // The OpenSSL library this desk runs with, e.g. "OpenSSL 3.0.17 1 Jul 2025".
    static QString openSslVersion();
    // Qt's active TLS backend ("openssl" when all is well).
    static QString qtBackend();
    // Empty when Qt's backend is OpenSSL and it loads; otherwise why HTTPS cannot work, in the
    // staff's language.
    static QString problem();
};

} // namespace pd
