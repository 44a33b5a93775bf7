#pragma once

#include "PhpJsonEncoding.h"
#include "contract/Provider.h"

#include <QTimeZone>
#include <functional>

namespace pd {

// Cryptomus's payouts API (README.md beside this file): crypto payouts from the merchant's
// balance, every call a POST of JSON signed with md5(base64(body) + payout key). The desk's
// idempotency key is the `order_id` (Cryptomus answers a create with a taken order_id with the
// payout it already has); the payout's `uuid` is the transaction.
class CryptomusProvider : public Provider {
    Q_OBJECT
public:
    // Cryptomus's look-up takes order ids of at most 32 characters (doc.cryptomus.com, /payouts/payout-information).
    static constexpr int orderIdLength = 32;

    explicit CryptomusProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    static Manifest builtInManifest();

    ProviderReply *balance() override;
    ProviderReply *transfer(const PayoutRequest &request) override;
    ProviderReply *status(const QString &transaction) override;
    ProviderReply *statusByReference(const QString &reference) override;
    ProviderReply *statement(const QDateTime &from, const QDateTime &to) override;
    // Cryptomus's dates (created_at, date_from, date_to) are in UTC+3 (doc.cryptomus.com, /payouts/payout-history).
    static QTimeZone timeZone();
    std::optional<QString> webhookTransaction(
        const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const override;

    // The desk's network as Cryptomus names it ("TRC20" → "TRON"); empty when the desk knows no name for it.
    static QString networkOf(const Currency &currency);
    // A payout's status and is_final as the engine's state (README.md, "Status mapping").
    static PayoutStatus::State stateOf(const QString &status, bool isFinal);

protected:
    void applyConfig() override;

private:
    using Read = std::function<void(ProviderReply *, const QJsonValue &result)>;
    // Handles an error itself (true) before it is told to staff, e.g. "not found" to a look-up.
    using Refusal = std::function<bool(ProviderReply *, const ProviderError &)>;
    ProviderReply *call(const QString &path, const PhpJsonEncoding::Members &fields, Read read, Refusal refusal = {});
    ProviderReply *info(const PhpJsonEncoding::Members &fields, const QString &reference);
    ProviderError explained(const ProviderError &raw) const;
};

} // namespace pd
