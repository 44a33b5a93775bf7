#pragma once

#include "FakeServer.h"
#include "cryptomus/PhpJsonEncoding.h"

#include <QMap>

namespace pd::fakes {

// Cryptomus's payouts API as its documentation describes it (providers/cryptomus/README.md):
// every call a POST of JSON with the merchant's uuid in `merchant` and md5(base64(body) + payout
// key) in `sign`, checked over the exact body received. A payout is booked from the merchant's
// balance with the fee on top (is_subtract), answered "process", and paid 50 ms later; a create
// with an order_id taken before is answered with that payout and books nothing.
class CryptomusFake : public FakeServer {
    Q_OBJECT
public:
    struct Payout {
        QString uuid;
        QString orderId;
        Money amount; // what the recipient gets
        Money merchantAmount; // what left the balance
        Money commission;
        QString currency;
        QString network;
        QString address;
        QString memo;
        QString callbackUrl;
        QString status = QStringLiteral("process");
        bool isFinal = false;
        QString txid;
        qint64 createdAtMs = 0;
    };

    explicit CryptomusFake(QObject *parent = nullptr);

    QString provider() const override { return QStringLiteral("cryptomus"); }
    QHash<QString, QString> config() const override;
    QHash<QString, QString> secrets() const override;
    QHash<QString, QString> recipient() const override;
    QStringList bookedReferences() const override;
    QString bookOutside(
        const QString &reference, const Money &amount, const QString &address, const QDateTime &at = {}) override;
    bool loseBooking(const QString &reference) override;
    int duplicateCreates() const override { return m_duplicates; }

    const QList<Payout> &payouts() const { return m_payouts; }
    // New payouts are paid after `ms` (negative: they stay "process" until setStatus).
    void setSettling(int ms) { m_settleMs = ms; }
    // Items per page of the payout history (Cryptomus decides it, not the client).
    void setPerPage(int n) { m_perPage = qMax(1, n); }
    // Forces a payout (by order_id or uuid) into any state; a failure that is final gives the money back.
    bool setStatus(const QString &id, const QString &status, bool isFinal, const QString &txid = {});
    int refusedSignatures() const { return m_refusedSignatures; }

    // A payout's webhook members in the documented order, without the sign.
    PhpJsonEncoding::Members webhookData(const QString &id) const;
    // The webhook exactly as Cryptomus posts it to url_callback: the data encoded the PHP way,
    // then "sign" last, computed over that text with the payout key.
    QByteArray webhook(const QString &id) const;
    // The same body with its sign computed over `text` instead: what a check that encodes the
    // data again `text`'s way (sorted keys, '/' unescaped) would take for genuine.
    QByteArray webhookSignedOver(const QString &id, const QByteArray &text) const;

protected:
    std::optional<Answer> authenticate(const QHttpServerRequest &request) override;
    Answer serverError() const override;
    Answer rateLimited() const override;

private:
    Answer balanceCall(const QHttpServerRequest &request);
    Answer payoutCall(const QHttpServerRequest &request);
    Answer infoCall(const QHttpServerRequest &request);
    Answer listCall(const QHttpServerRequest &request);
    QJsonObject result(const Payout &p) const;
    Payout *find(const QString &id);
    const Payout *find(const QString &id) const;

    QList<Payout> m_payouts;
    int m_duplicates = 0;
    int m_refusedSignatures = 0;
    int m_settleMs = 50;
    int m_perPage = 15;
};

} // namespace pd::fakes
