#pragma once

#include <QImage>
#include <QString>

namespace pd {

// A QR code (libqrencode, error correction M) as a black-on-white image: `scale` pixels per
// module and the 4-module quiet zone that scanners need. A null image if the text is too long.
class QrCode {
public:
    static QImage image(const QString &text, int scale = 8);
};

} // namespace pd
