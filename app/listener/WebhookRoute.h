#pragma once

#include <QHttpServerResponder>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServerRequest;

namespace pd {

class Database;
class DeskListener;
class PayoutEngine;
class ProviderHub;

// POST /webhook/<provider> on the desk's listener: a provider saying that a payout changed
// (spec/000's url_final). A webhook is a hint, never the truth: its signature is checked by
// the provider's adapter, the attempt is found by the provider's transaction id, and the
// payout is re-read from the provider (PayoutEngine::recheck) before anything changes. The
// answer comes after that re-read is recorded.
//
//   not POST → 405 · unknown provider → 404 · body over 64 KiB → 413 · adapter not configured
//   or disabled → 503 · bad signature → 400 · a transaction that is not ours → 200 "ignored" ·
//   an attempt already paid or failed (a replay, a duplicate) → 200, nothing changes ·
//   otherwise → 200 with the attempt's state after the re-read.
//
// Everything refused, and every unknown transaction, is written to the activity log
// ("webhook.rejected") with its reason; the body never is.
class WebhookRoute : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 64 * 1024;

    WebhookRoute(DeskListener &listener, Database &database, ProviderHub &providers, PayoutEngine &engine,
        QObject *parent = nullptr);

signals:
    // Once per request, when it has been answered (or the client left first). `transaction`
    // is empty when the webhook was refused before it named one.
    void handled(const QString &provider, const QString &transaction, int httpStatus);

private:
    struct Call;
    void handle(const QString &provider, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void verify(const std::shared_ptr<Call> &call);
    void reject(const std::shared_ptr<Call> &call, QHttpServerResponder::StatusCode status, const QString &reason);

    Database &m_db;
    ProviderHub &m_providers;
    PayoutEngine &m_engine;
};

} // namespace pd
