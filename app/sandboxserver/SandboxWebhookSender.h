#pragma once

#include "SandboxPayout.h"

#include <QByteArray>
#include <QObject>

class QNetworkAccessManager;

namespace pd {

// Tells the desk that a payout settled: POST {"id","status","reference"} to the payout's webhook URL
// with X-TIMESTAMP and X-SIGNATURE = hex HMAC-SHA256(secret, TIMESTAMP \n BODY). Sent once; a
// desk that misses it finds the status by polling, as spec/000's cron does.
class SandboxWebhookSender : public QObject {
    Q_OBJECT

public:
    explicit SandboxWebhookSender(QByteArray apiSecret, QObject *parent = nullptr);

    void send(const SandboxPayout &payout);

signals:
    // httpStatus is 0 when no HTTP answer came back (refused, timed out, …).
    void delivered(const QString &transactionId, int httpStatus);

private:
    QByteArray m_apiSecret;
    QNetworkAccessManager *m_network;
};

} // namespace pd
