#pragma once

#include "ProviderFake.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerResponder;
class QTcpSocket;

namespace pd::fakes {

// What every provider's fake shares: QHttpServer on 127.0.0.1, the provider's own checks on
// each call before anything happens, latency, and the injected faults. A fault strikes an
// authenticated call only, the way a provider's own trouble would: a 500 or a rate limit
// before anything is booked; a timeout, a malformed answer or a dropped connection after.
class FakeServer : public ProviderFake {
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Answer(const QHttpServerRequest &)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    bool listen() override;
    QUrl baseUrl() const override;
    void setFault(Fault fault, int count = 1, bool transfersOnly = true) override;
    void setLatency(int milliseconds) override { m_latencyMs = std::max(0, milliseconds); }
    // Closes each connection this long after its last answer (negative: keeps it open), never
    // saying so in a "Connection: close" header.
    void setIdleClose(int milliseconds) { m_idleCloseMs = milliseconds; }

    static Answer json(int status, const QJsonValue &value);

    // The account's balances by the provider's currency code; fund() gives it USDT.
    void fund(const Money &amount) override { setBalance(QStringLiteral("USDT"), amount); }
    void setBalance(const QString &currency, const Money &amount) { m_balances.insert(currency, amount); }
    Money balance(const QString &currency) const { return m_balances.value(currency); }

protected:
    // `books`: the endpoint creates payouts (the one transfersOnly faults aim at).
    void route(const QString &path, QHttpServerRequest::Method method, Handler handler, bool books = false);
    // The provider's checks of key, signature, nonce or timestamp: a refusal, or nothing.
    virtual std::optional<Answer> authenticate(const QHttpServerRequest &request) = 0;
    // The provider's own shape of a server error and of a rate limit.
    virtual Answer serverError() const = 0;
    virtual Answer rateLimited() const = 0;

    QMap<QString, Money> m_balances;

private:
    void respond(QHttpServerResponder &&responder, const Answer &answer, Fault fault);
    Fault takeFault(bool books);

    QHttpServer *m_http;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    int m_idleCloseMs = -1;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    bool m_faultOnBookingOnly = true;
    // Answers a timeout never sends; dropped when their connection goes away.
    QHash<QTcpSocket *, std::shared_ptr<QHttpServerResponder>> m_held;
};

} // namespace pd::fakes
