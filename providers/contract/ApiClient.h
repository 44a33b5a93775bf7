#pragma once

#include "ApiReply.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace pd {

// spec/000's api_query("POST:/path", data), once for every adapter: builds the request,
// lets the adapter sign the exact bytes that go out, applies the timeout, logs with timing
// when the provider's debug setting is on (keys and secrets redacted), and maps every
// outcome to ApiReply's typed error. Signing is the adapter's only say in it.
class ApiClient : public QObject {
    Q_OBJECT
public:
    // Exactly what is sent: the adapter signs these bytes and sets its headers.
    struct Outgoing {
        QByteArray method; // "GET", "POST"
        QByteArray pathAndQuery; // as on the request line, e.g. "/transaction?id=tx_1"
        QByteArray body; // empty for GET
        qint64 unixTime = 0; // seconds, taken once per request
        QByteArray nonce; // 16 random hex digits, new for every request
    };
    using Signer = std::function<void(QNetworkRequest &request, const Outgoing &outgoing)>;
    // Reads a provider's error body: {code, message}, or nothing if it is not one.
    using ErrorReader = std::function<std::optional<std::pair<QString, QString>>(const QJsonDocument &body)>;
    // Logs go to the category "payoutdesk.provider.<name>" (docs/DESIGN.md, "Conventions").
    ApiClient(QNetworkAccessManager *network, const QString &providerName, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setSigner(Signer signer) { m_signer = std::move(signer); }
    void setErrorReader(ErrorReader reader) { m_errorReader = std::move(reader); }
    void setDebug(bool on) { m_debug = on; }
    // Values that must never appear in a log line (API keys, secrets).
    void setRedacted(const QStringList &values) { m_redacted = values; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // "GET:/balance", "POST:/transfer". GET data goes into the query, POST data is the JSON body.
    ApiReply *query(const QString &methodAndPath, const QJsonObject &data = {});
    // Exactly these bytes: for providers whose signature goes into the query string itself
    // (Binance), so the adapter builds and signs the target before it is sent.
    ApiReply *send(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"));

    // For the log: `text` with every redacted value replaced.
    QString redact(QString text) const;

private:
    QNetworkAccessManager *m_network;
    QByteArray m_categoryName; // QLoggingCategory keeps a pointer to its name: it lives here
    std::unique_ptr<QLoggingCategory> m_category;
    QUrl m_base;
    Signer m_signer;
    ErrorReader m_errorReader;
    bool m_debug = false;
    QStringList m_redacted;
    int m_timeoutMs = 30000;
};

} // namespace pd
