#pragma once

#include "contract/CurrencyRegistry.h"
#include "merchant/IpnInbox.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;

namespace pd {

class Database;
class DatabaseThread;
class DeskListener;
class SecretStore;

// POST /ipn on the desk's listener: the exchange site telling the desk that an order's
// status changed (spec/001, spec/002). The checksum is checked against the desk's IPN secret,
// read once from the keychain, in constant time; then IpnInbox takes the IPN into the order
// book on a thread of its own, and the answer follows.
//
//   not POST → 405 · body over 64 KiB → 413 · not a complete IPN, unknown status, not UTF-8 →
//   400 · no IPN secret in the keychain → 503 · wrong or missing checksum → 403 · timestamp
//   outside the window (setting ipn.window_hours, 24 by default) or dated ahead of the desk's
//   clock by more than ipn.future_minutes (5) → 403 · amounts, currencies or recipient the
//   book refuses (Order::problems: positive, within precision and intake.max_amount, known XML
//   codes, no control characters) → 400 · taken → 200 {"ok":true,"result":"created|updated|
//   recipient-waits|unchanged|older|not-applied|payout-in-progress|duplicate"}.
//
// Every refusal is answered with its reason and written to the activity log
// ("ipn.rejected"); nothing else changes. The body is never logged.
class IpnRoute : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype maxBodyBytes = 64 * 1024;
    static constexpr const char *windowSetting = "ipn.window_hours";
    // How far ahead of the desk's clock an IPN may be dated (minutes, 5 by default).
    static constexpr const char *futureSetting = "ipn.future_minutes";
    static QString secretOwner() { return QStringLiteral("merchant"); }
    static QString secretKey() { return QStringLiteral("ipnSecret"); }

    IpnRoute(DeskListener &listener, Database &database, SecretStore &secrets, QObject *parent = nullptr);
    ~IpnRoute() override;

    // After the IPN secret was changed in the keychain: read it again before the next IPN.
    // Done by itself when the SecretStore it was given announces the change.
    void forgetSecret();
    // IPNs checked and waiting for the writer: the next group commit.
    int waiting() const;

signals:
    // An IPN was taken into the order book (the order list and payout queue refresh on it).
    void taken(const QString &orderId, const QString &status, pd::IpnInbox::Result result);
    // Once per request, when answered.
    void handled(int httpStatus);

private:
    using Answer = std::function<void(QHttpServerResponder::StatusCode, const QJsonObject &)>;
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void check(const QByteArray &body, const QString &from, const Answer &answer);
    void reject(
        const Answer &answer, QHttpServerResponder::StatusCode status, const QString &from, const QString &reason);
    void withSecret(std::function<void()> then);
    void readSecret();
    struct Queued {
        IpnMessage message;
        Answer answer;
    };
    struct Taken {
        IpnInbox::Result result;
        QString error;
    };
    // What the listener hands the writer: checked IPNs, and whether the writer is at work.
    struct Intake {
        QMutex mutex;
        QList<Queued> queue; // the next group commit
        bool writing = false;
    };
    void startWriter();
    static QList<Taken> write(Database &db, const QList<IpnMessage> &messages);
    void answer(const QList<Queued> &batch, const QList<Taken> &results);
    void readSettings();

    Database &m_db;
    SecretStore &m_secrets;
    std::unique_ptr<DatabaseThread> m_writer;
    std::optional<QByteArray> m_secret; // read once; empty when the keychain has none
    QString m_secretProblem;
    quint64 m_secretGeneration = 0; // counts changes, so that a read overtaken by one is redone
    QList<std::function<void()>> m_waitingForSecret;
    const std::shared_ptr<Intake> m_intake = std::make_shared<Intake>();
    int m_windowHours = 24;
    int m_futureMinutes = 5;
    Money m_maxAmount;
    QElapsedTimer m_settingsRead;
    const CurrencyRegistry m_currencies;
};

} // namespace pd
