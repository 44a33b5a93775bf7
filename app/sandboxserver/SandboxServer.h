#pragma once

#include "SandboxLedger.h"
#include "SandboxRequestVerifier.h"
#include "contract/Money.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

namespace pd {

class SandboxWebhookSender;

// The sandbox payout provider's server (providers/sandbox/README.md is its contract): spec/000's
// API over signed HTTP, a ledger that counts what it was asked to pay, an approval mode whose
// payouts settle later, webhooks to the desk, and faults injected on demand. Runs on the thread
// that owns it; everything is asynchronous (latency and settling are QTimers).
class SandboxServer : public QObject {
    Q_OBJECT

public:
    struct Credentials {
        QString apiKey;
        QByteArray apiSecret;
    };

    // What the next API calls suffer (README "Faults").
    enum class Fault { None, Http500, Timeout, Malformed, DropAfterBooking, RateLimited };

    explicit SandboxServer(Credentials credentials, QObject *parent = nullptr);
    ~SandboxServer() override;

    // port 0 = any free port. Returns false (and logs why) when it cannot listen.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // "http://127.0.0.1:<port>", no trailing slash

    // A currency is known to /transfer once it has a balance (zero counts).
    void setBalance(const QString &currency, const Money &amount);
    Money balance(const QString &currency) const; // zero for an unknown currency
    QJsonObject balances() const; // {"USDT":"1000.00", …}

    QJsonArray ledger() const; // every payout booked, in order (README *Transaction* objects)
    // A payout booked directly at the provider, not through the API (a staff member in the
    // provider's cabinet): DONE at once. Its id; empty when the ledger refused it.
    // `at`: when (invalid: now).
    QString bookDirectly(const QString &reference, const Money &amount, const QString &currency, const QString &to,
        const QDateTime &at = {});
    // Takes a booked payout off the books (a lost booking); false when none has that reference.
    bool lose(const QString &reference) { return m_ledger.lose(reference); }
    int duplicateCount() const; // refused second transfers, all references together
    QJsonObject duplicates() const; // {"pd-…": n} per reference

    // Approval mode: transfers answer ok:2 and stay PENDING. settleAfterMs < 0 settles only through
    // settle() / POST /control/settle; otherwise each payout settles to `outcome` after the delay.
    void setApproval(bool enabled, int settleAfterMs = -1, const QString &outcome = QStringLiteral("DONE"));
    bool approvalEnabled() const { return m_approval; }
    // PENDING → "DONE" | "CANCELED" now. False when the id is unknown, not pending or the status is
    // not one of those two.
    bool settle(const QString &transactionId, const QString &status);

    void setLatency(int milliseconds); // delays every API answer (not /control)
    int latency() const { return m_latencyMs; }
    // Applies to the next `count` authenticated API calls, or, with `onlyPath` (e.g. "/transfer"),
    // to the next `count` calls of that path only.
    void setFault(Fault fault, int count = 1, const QString &onlyPath = {});
    Fault pendingFault() const { return m_faultCount > 0 ? m_fault : Fault::None; }
    int pendingFaultCount() const { return m_faultCount; }

    // The most payouts GET /payouts answers at once (README "Endpoints").
    static constexpr int maxPayoutsPage = 100;

    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString &name);

signals:
    void payoutBooked(const QString &transactionId);
    void payoutSettled(const QString &transactionId, const QString &status);
    void webhookDelivered(const QString &transactionId, int httpStatus); // 0: no HTTP answer

private:
    struct Answer {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QJsonObject json;
    };
    using Handler = Answer (SandboxServer::*)(const QHttpServerRequest &);

    void route(const QString &path, const QByteArray &method, Handler handler, bool control);
    void handleApi(Handler handler, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleControl(Handler handler, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void respond(QHttpServerResponder &&responder, const Answer &answer, Fault fault, int delayMs);
    void hold(QHttpServerResponder &&responder);
    Fault takeFault(const QString &path);
    SandboxLedger::SettleResult settlePayout(const QString &transactionId, const QString &status);

    static Answer refusal(SandboxRequestVerifier::Verdict verdict);
    static Answer error(QHttpServerResponder::StatusCode status, const QString &code, const QString &message);

    // API (signed): SandboxServerApi.cpp
    Answer balanceCall(const QHttpServerRequest &request);
    Answer transferCall(const QHttpServerRequest &request);
    Answer transactionCall(const QHttpServerRequest &request);
    Answer payoutsOneCall(const QHttpServerRequest &request);
    Answer payoutsCall(const QHttpServerRequest &request);
    Answer transactionAnswer(const SandboxPayout *payout) const;

    // Control (loopback, unsigned): SandboxServerControl.cpp
    Answer ledgerControl(const QHttpServerRequest &request);
    Answer balancesControl(const QHttpServerRequest &request);
    Answer approvalControl(const QHttpServerRequest &request);
    Answer settleControl(const QHttpServerRequest &request);
    Answer faultsControl(const QHttpServerRequest &request);
    QJsonObject approvalJson() const;
    QJsonObject faultsJson() const;

    SandboxRequestVerifier m_verifier;
    SandboxLedger m_ledger;
    SandboxWebhookSender *m_webhooks;
    QHttpServer *m_http;
    QHostAddress m_address;
    quint16 m_port = 0;

    bool m_approval = false;
    int m_settleAfterMs = -1;
    QString m_outcome = QStringLiteral("DONE");

    int m_latencyMs = 0;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    QString m_faultPath;

    // Answers the `timeout` fault never sends; dropped when their connection goes away.
    QHash<QTcpSocket *, std::shared_ptr<QHttpServerResponder>> m_held;
};

} // namespace pd
