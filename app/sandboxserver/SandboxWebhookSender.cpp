#include "SandboxWebhookSender.h"

#include "SandboxLog.h"
#include "SandboxRequestVerifier.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace pd {

namespace {
constexpr int kWebhookTimeoutMs = 10000; // a desk that does not answer in 10 s is not waited for
}

SandboxWebhookSender::SandboxWebhookSender(QByteArray apiSecret, QObject *parent)
    : QObject(parent)
    , m_apiSecret(std::move(apiSecret))
    , m_network(new QNetworkAccessManager(this))
{
}

void SandboxWebhookSender::send(const SandboxPayout &payout)
{
    const QByteArray body = QJsonDocument(QJsonObject {
                                              { QStringLiteral("id"), payout.id },
                                              { QStringLiteral("status"), payout.status },
                                              { QStringLiteral("reference"), payout.reference },
                                          })
                                .toJson(QJsonDocument::Compact);
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QByteArray message = timestamp;
    message.append('\n').append(body);

    QNetworkRequest request(payout.webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-TIMESTAMP"), timestamp);
    request.setRawHeader(QByteArrayLiteral("X-SIGNATURE"), SandboxRequestVerifier::hmacHex(m_apiSecret, message));
    request.setTransferTimeout(kWebhookTimeoutMs);

    const QString id = payout.id;
    const QString status = payout.status;
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, status] {
        reply->deleteLater();
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && httpStatus == 0)
            qCWarning(lcSandbox) << "webhook for" << id << status << "not delivered:" << reply->errorString();
        else
            qCInfo(lcSandbox) << "webhook for" << id << status << "answered HTTP" << httpStatus;
        emit delivered(id, httpStatus);
    });
}

} // namespace pd
