#pragma once

#include "FakeServer.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace pd::fakes {

// WhiteBIT's v4 main-account API as its documentation describes it (providers/whitebit/README.md):
// every call a POST whose body carries "request" (the path) and "nonce", base64 of the body in
// X-TXC-PAYLOAD and its HMAC-SHA512 in X-TXC-SIGNATURE; nonces strictly increasing per key,
// or with nonceWindow unique and within 5 s of the clock. A withdrawal answers 201 [] and
// settles later; a uniqueId taken before is refused with the documented 400.
class WhiteBitFake : public FakeServer {
    Q_OBJECT
public:
    struct Withdrawal {
        QString uniqueId;
        QString ticker;
        QString network;
        QString provider; // the fiat rail, e.g. VISAMASTER
        QString address;
        QString memo;
        Money amount;
        QJsonObject beneficiary;
        int status = 1; // history status code (1 pending … 3 successful, 4 canceled, 5, 18, 21)
        qint64 createdAt = 0;
    };

    explicit WhiteBitFake(QObject *parent = nullptr);

    QString provider() const override { return QStringLiteral("whitebit"); }
    QHash<QString, QString> config() const override;
    QHash<QString, QString> secrets() const override;
    QHash<QString, QString> recipient() const override;
    QStringList bookedReferences() const override;
    QString bookOutside(
        const QString &reference, const Money &amount, const QString &address, const QDateTime &at = {}) override;
    bool loseBooking(const QString &reference) override;
    int duplicateCreates() const override { return m_duplicates; }

    const QList<Withdrawal> &withdrawals() const { return m_withdrawals; }
    // New withdrawals settle to `status` after `ms` (negative: they stay pending until setStatus).
    void setSettling(int ms, int status = 3)
    {
        m_settleMs = ms;
        m_settleStatus = status;
    }
    bool setStatus(const QString &uniqueId, int status);
    int refusedSignatures() const { return m_refusedSignatures; }

    // What WhiteBIT posts to a webhook about a withdrawal: the raw body and its X-TXC-* headers,
    // signed with the webhook secret.
    std::pair<QByteArray, QHash<QByteArray, QByteArray>> webhook(const QString &uniqueId, const QString &method);

protected:
    std::optional<Answer> authenticate(const QHttpServerRequest &request) override;
    Answer serverError() const override;
    Answer rateLimited() const override;

private:
    Answer balanceCall(const QHttpServerRequest &request);
    Answer withdrawCall(const QHttpServerRequest &request);
    Answer historyCall(const QHttpServerRequest &request);
    QJsonObject record(const Withdrawal &w) const;
    Withdrawal *find(const QString &uniqueId);

    QList<Withdrawal> m_withdrawals;
    int m_duplicates = 0;
    int m_refusedSignatures = 0;
    int m_settleMs = 50;
    int m_settleStatus = 3;
    qint64 m_lastNonce = 0;
    QSet<qint64> m_windowNonces;
    qint64 m_webhookNonce = 0;
};

} // namespace pd::fakes
