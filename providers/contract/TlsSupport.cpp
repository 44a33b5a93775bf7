#include "TlsSupport.h"
#include "Translated.h"

#include <QSslSocket>
#include <openssl/crypto.h>

namespace pd {

QString TlsSupport::openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

QString TlsSupport::qtBackend()
{
    return QSslSocket::activeBackend();
}

QString TlsSupport::problem()
{
    const auto tr = [](const char *text) { return translated("pd::TlsSupport", text); };
    const QString backend = qtBackend();
    if (backend != QLatin1String("openssl")) {
        return tr("Qt's TLS backend is \"%1\", not OpenSSL, so no provider can be reached over HTTPS. "
                  "Install OpenSSL 3 (Debian's libssl3) and Qt's network module (libqt6network6).")
            .arg(backend.isEmpty() ? QStringLiteral("none") : backend);
    }
    if (!QSslSocket::supportsSsl()) {
        return tr("Qt's OpenSSL backend could not load OpenSSL, so no provider can be reached over HTTPS. "
                  "Install OpenSSL 3 (Debian's libssl3).");
    }
    return {};
}

} // namespace pd
