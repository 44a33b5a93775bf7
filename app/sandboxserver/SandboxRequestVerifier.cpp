#include "SandboxRequestVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace pd {

namespace {

// Digits only, no sign, no spaces, at most 12 of them: "1700000000" and nothing looser.
bool parseSeconds(const QByteArray &text, qint64 *secs)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    bool ok = false;
    *secs = text.toLongLong(&ok);
    return ok;
}

} // namespace

SandboxRequestVerifier::SandboxRequestVerifier(QString apiKey, QByteArray apiSecret)
    : m_apiKey(std::move(apiKey))
    , m_apiSecret(std::move(apiSecret))
{
}

SandboxRequestVerifier::Verdict SandboxRequestVerifier::verify(const QByteArray &method, const QByteArray &pathAndQuery,
    const QByteArray &apiKey, const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &signature,
    const QByteArray &body, qint64 nowSecs)
{
    if (m_apiKey.isEmpty() || !constantTimeEquals(apiKey, m_apiKey.toUtf8()))
        return Verdict::UnknownKey;

    // The signature first, the clock second: a correctly signed old request is "stale", which is
    // what tells a replay after the window apart from a forgery.
    QByteArray message;
    message.reserve(method.size() + pathAndQuery.size() + timestamp.size() + nonce.size() + body.size() + 4);
    message.append(method).append('\n').append(pathAndQuery).append('\n').append(timestamp).append('\n');
    message.append(nonce).append('\n').append(body);
    if (!constantTimeEquals(signature, hmacHex(m_apiSecret, message)))
        return Verdict::BadSignature;

    qint64 signedAt = 0;
    if (!parseSeconds(timestamp, &signedAt) || std::abs(nowSecs - signedAt) > kWindowSecs)
        return Verdict::StaleTimestamp;

    forgetExpired(nowSecs);
    if (m_seen.contains(signature))
        return Verdict::ReplayedSignature;
    return Verdict::Accepted;
}

void SandboxRequestVerifier::accept(const QByteArray &signature, const QByteArray &timestamp, qint64 nowSecs)
{
    // A signature stays usable while its timestamp is inside the window, i.e. until timestamp + 60 s
    // (a clock ahead of ours signs up to 60 s into the future): remember it at least that long.
    qint64 signedAt = nowSecs;
    parseSeconds(timestamp, &signedAt);
    m_seen.insert(signature, std::max(nowSecs, signedAt) + kWindowSecs);
}

void SandboxRequestVerifier::forgetExpired(qint64 nowSecs)
{
    m_seen.removeIf([nowSecs](QHash<QByteArray, qint64>::iterator it) { return it.value() < nowSecs; });
}

QByteArray SandboxRequestVerifier::hmacHex(const QByteArray &secret, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex();
}

bool SandboxRequestVerifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // volatile keeps the compiler from turning the loop back into an early-exit memcmp.
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = diff | static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace pd
