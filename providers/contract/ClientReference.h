#pragma once

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QString>

namespace pd {

// The desk's idempotency key ("pd-<order id>-<n>") as a provider's client reference: kept as it
// is when it fits the provider's length and characters (letters, digits, '_' and '-'), otherwise
// a digest of it, the same every time, so that a look-up after a timeout asks for exactly what
// the create sent.
class ClientReference {
public:
    static QString fit(const QString &reference, int maxLength)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+$"));
        if (reference.size() <= maxLength && plain.match(reference).hasMatch())
            return reference;
        const QByteArray digest = QCryptographicHash::hash(reference.toUtf8(), QCryptographicHash::Sha256).toHex();
        return QString(QStringLiteral("pd-") + QString::fromLatin1(digest)).left(maxLength);
    }
};

} // namespace pd
