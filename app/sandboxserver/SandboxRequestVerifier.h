#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pd {

// Checks the README's request signature: X-API-KEY, X-TIMESTAMP (unix seconds) and X-SIGNATURE =
// lower-case hex HMAC-SHA256(secret, METHOD \n PATH_AND_QUERY \n TIMESTAMP \n BODY), within ±60 s of
// the server's clock, each signature accepted once.
class SandboxRequestVerifier {
public:
    enum class Verdict { Accepted, UnknownKey, BadSignature, StaleTimestamp, ReplayedSignature };

    static constexpr qint64 kWindowSecs = 60;

    SandboxRequestVerifier(QString apiKey, QByteArray apiSecret);

    // Does not remember anything: the caller calls accept() once it takes the call, so that a
    // call refused before doing any work (an injected http500) can be sent again unchanged.
    Verdict verify(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &apiKey,
        const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &signature, const QByteArray &body,
        qint64 nowSecs);
    void accept(const QByteArray &signature, const QByteArray &timestamp, qint64 nowSecs);

    // Lower-case hex HMAC-SHA256; shared with the webhook signing.
    static QByteArray hmacHex(const QByteArray &secret, const QByteArray &message);
    // Compares in time that depends on the lengths only, never on where the bytes differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

    const QByteArray &secret() const { return m_apiSecret; }

private:
    void forgetExpired(qint64 nowSecs);

    QString m_apiKey;
    QByteArray m_apiSecret;
    QHash<QByteArray, qint64> m_seen; // signature → unix second after which it can be forgotten
};

} // namespace pd
