#pragma once

#include "contract/Provider.h"

#include <QList>
#include <QPair>

namespace pd {

// Binance's SAPI wallet withdrawals (README.md beside this file): crypto only, every call
// signed with HMAC-SHA256 over the query string, which carries all parameters, so that the
// signed bytes are the bytes on the wire. Binance returns its own withdrawal id; the desk's
// reference goes as `withdrawOrderId` and finds a payout whose answer was lost. Binance has no
// webhooks: every status is polled from the withdrawal history.
class BinanceProvider : public Provider {
    Q_OBJECT
public:
    // Query parameters in the order they are sent and signed.
    using Parameters = QList<QPair<QByteArray, QString>>;

    explicit BinanceProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    static Manifest builtInManifest();

    ProviderReply *balance() override;
    ProviderReply *transfer(const PayoutRequest &request) override;
    ProviderReply *status(const QString &transaction) override;
    ProviderReply *statusByReference(const QString &reference) override;
    std::optional<QString> webhookTransaction(
        const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const override;

    // "path?params&timestamp=…&recvWindow=…&signature=…", signed with the configured secret as
    // of `timestampMs` (ms since the epoch): exactly what goes on the request line.
    QByteArray signedTarget(const QString &path, Parameters parameters, qint64 timestampMs) const;
    // The history's withdrawal status code as the engine's state (README.md, "Status mapping").
    static PayoutStatus::State stateOf(int code);
    ProviderReply *statement(const QDateTime &from, const QDateTime &to) override;
    // What withdraw/history answers at most: 1,000 withdrawals a call, over at most 90 days.
    static constexpr int historyPage = 1000;
    static constexpr int historyWindowDays = 90;
    // Binance's network code for a currency of the desk's registry ("TRC20" → "TRX", …).
    static QString networkOf(const Currency &currency);

protected:
    void applyConfig() override;

private:
    ProviderReply *call(const QByteArray &method, const QString &path, const Parameters &parameters,
        std::function<void(ProviderReply *, const QJsonDocument &)> read);
    // One withdrawal looked up in the history, by `field` ("id" or "withdrawOrderId") = `wanted`.
    ProviderReply *lookUp(const Parameters &parameters, const QString &field, const QString &wanted);
    ProviderError explained(const ProviderError &raw) const;
};

} // namespace pd
