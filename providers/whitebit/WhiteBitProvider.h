#pragma once

#include "contract/NonceCounter.h"
#include "contract/Provider.h"

#include <memory>

namespace pd {

// WhiteBIT's v4 main-account API (README.md beside this file): crypto withdrawals and card
// payouts (VISAMASTER), every call a signed POST whose JSON body carries the path and a nonce.
// The desk's idempotency key is the `uniqueId`; WhiteBIT returns no payout id, so the
// uniqueId is the transaction too, and every status is read from the history by it.
class WhiteBitProvider : public Provider {
    Q_OBJECT
public:
    explicit WhiteBitProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    static Manifest builtInManifest();

    ProviderReply *balance() override;
    ProviderReply *transfer(const PayoutRequest &request) override;
    ProviderReply *status(const QString &transaction) override;
    ProviderReply *statusByReference(const QString &reference) override;
    ProviderReply *statement(const QDateTime &from, const QDateTime &to) override;
    // What main-account/history lists at most: 500 records a page, offset + limit ≤ 10,000.
    static constexpr int historyPage = 500;
    static constexpr int historyDepth = 10000;
    std::optional<QString> webhookTransaction(
        const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const override;
    std::optional<qint64> webhookNonce(const QByteArray &body) const override;

    // The body of a signed call: the endpoint's fields plus "request" and "nonce".
    QJsonObject signedBody(const QString &path, QJsonObject fields);
    // The history's withdrawal status code, as the engine's state (README.md, "Status mapping").
    static PayoutStatus::State stateOf(int code);

protected:
    void applyConfig() override;

private:
    ProviderReply *call(const QString &path, const QJsonObject &fields,
        std::function<void(ProviderReply *, const QJsonDocument &)> read);
    ProviderError explained(const ProviderError &raw) const;

    std::unique_ptr<NonceCounter> m_nonce;
};

} // namespace pd
