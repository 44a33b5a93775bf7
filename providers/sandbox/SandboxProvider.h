#pragma once

#include "contract/Provider.h"

namespace pd {

// The adapter of spec/000's contract exactly as written, for the sandbox server that ships
// with the desk (README.md beside this file is its API).
class SandboxProvider : public Provider {
    Q_OBJECT
public:
    explicit SandboxProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    static Manifest builtInManifest();

    ProviderReply *balance() override;
    ProviderReply *transfer(const PayoutRequest &request) override;
    ProviderReply *status(const QString &transaction) override;
    ProviderReply *statusByReference(const QString &reference) override;
    ProviderReply *recheck(const QString &transaction) override;
    ProviderReply *statement(const QDateTime &from, const QDateTime &to) override;
    std::optional<QString> webhookTransaction(
        const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const override;

    // HMAC-SHA256 of the request as the README defines it, lower-case hex.
    static QByteArray signature(const QByteArray &secret, const ApiClient::Outgoing &outgoing);

protected:
    void applyConfig() override;

private:
    ProviderReply *readTransaction(const QString &methodAndPath, const QJsonObject &data);
};

} // namespace pd
