#include "ApiClient.h"

#include "OneShotBody.h"
#include "TlsSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace pd {

namespace {

// Errors after which the provider cannot have seen the request at all.
bool neverSent(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
        || e == QNetworkReply::ProtocolUnknownError || e == QNetworkReply::UnknownProxyError;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, const QString &providerName, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_categoryName("payoutdesk.provider." + providerName.toLatin1())
{
    m_category = std::make_unique<QLoggingCategory>(m_categoryName.constData());
}

QString ApiClient::redact(QString text) const
{
    for (const QString &value : m_redacted) {
        if (value.size() >= 4)
            text.replace(value, QStringLiteral("[redacted]"));
    }
    return text;
}

ApiReply *ApiClient::query(const QString &methodAndPath, const QJsonObject &data)
{
    const qsizetype colon = methodAndPath.indexOf(u':');
    const QByteArray method = (colon > 0 ? methodAndPath.left(colon) : QStringLiteral("POST")).toUpper().toLatin1();
    QByteArray target
        = QUrl(colon > 0 ? methodAndPath.mid(colon + 1) : methodAndPath).path(QUrl::FullyEncoded).toLatin1();
    QByteArray body;
    if (method == "GET" && !data.isEmpty()) {
        QUrlQuery query;
        for (auto it = data.begin(); it != data.end(); ++it)
            query.addQueryItem(it.key(), it.value().toVariant().toString());
        target += '?' + query.query(QUrl::FullyEncoded).toLatin1();
    } else if (method != "GET") {
        body = QJsonDocument(data).toJson(QJsonDocument::Compact);
    }
    return send(method, target, body);
}

ApiReply *ApiClient::send(
    const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &body, const QByteArray &contentType)
{
    auto *reply = new ApiReply(this);
    Outgoing out;
    out.method = method;
    out.body = body;
    out.unixTime = QDateTime::currentSecsSinceEpoch();
    out.nonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0');

    QByteArray base = m_base.toEncoded(QUrl::StripTrailingSlash);
    const QUrl url = QUrl::fromEncoded(base.append(pathAndQuery), QUrl::StrictMode);
    out.pathAndQuery = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        out.pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    // Without OpenSSL an HTTPS call cannot even start: say why, and that nothing was sent.
    if (url.scheme() == QLatin1String("https")) {
        const QString tlsProblem = TlsSupport::problem();
        if (!tlsProblem.isEmpty()) {
            reply->m_error.kind = ProviderError::Kind::Network;
            reply->m_error.requestSent = false;
            reply->m_error.message = tlsProblem;
            QMetaObject::invokeMethod(reply, &ApiReply::finished, Qt::QueuedConnection);
            return reply;
        }
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A request that moves money gets a connection of its own: Qt resends a request whose
    // reused keep-alive connection drops before the answer, and a transfer must never leave twice.
    if (out.method != "GET")
        request.setRawHeader("Connection", "close");
    if (m_signer)
        m_signer(request, out);

    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *network = nullptr;
    QNetworkAccessManager *own = nullptr;
    if (out.method == "GET") {
        network = m_network->sendCustomRequest(request, out.method);
    } else {
        // A request that may move money goes on a connection of its own, through a manager of
        // its own: the shared one would queue it on a pooled keep-alive connection that the
        // server may be closing ("Connection: close" does not stop that), and it would fail
        // before it reached the server, leaving the payout unknown for a person. It also does
        // not wait for one of the shared manager's six connections to the host.
        own = new QNetworkAccessManager(this);
        own->setProxy(m_network->proxy());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, out.body.size());
        auto *body = new OneShotBody(out.body, nullptr);
        network = own->sendCustomRequest(request, out.method, body);
        body->setParent(network); // lives exactly as long as the request that reads it
    }
    connect(network, &QNetworkReply::finished, reply, [this, reply, network, own, timer, out] {
        network->deleteLater();
        if (own)
            own->deleteLater(); // with its connection

        reply->m_elapsedMs = timer->elapsed();
        delete timer;
        reply->m_httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A reply that timed out was aborted, and is closed: nothing to read (reading would warn).
        const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
        QJsonParseError parseError;
        reply->m_json = QJsonDocument::fromJson(body, &parseError);
        const bool json = parseError.error == QJsonParseError::NoError;
        ProviderError &e = reply->m_error;
        const auto netError = network->error();
        if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
            e.kind = ProviderError::Kind::Timeout;
            e.requestSent = true;
            e.message = tr("The provider did not answer within %1 s.").arg(m_timeoutMs / 1000.0);
        } else if (reply->m_httpStatus == 0 && netError != QNetworkReply::NoError) {
            e.kind = ProviderError::Kind::Network;
            e.requestSent = !neverSent(netError);
            e.message = tr("Network error: %1").arg(network->errorString());
        } else if (reply->m_httpStatus >= 400) {
            e.retryAfterSeconds = network->rawHeader("Retry-After").trimmed().toInt();
            const auto providerError = json && m_errorReader ? m_errorReader(reply->m_json) : std::nullopt;
            e.httpStatus = reply->m_httpStatus;
            e.requestSent = true;
            if (providerError) {
                e.kind = ProviderError::Kind::Provider;
                e.code = providerError->first;
                e.message = providerError->second;
            } else {
                e.kind = ProviderError::Kind::Http;
                e.message = tr("The provider answered HTTP %1.").arg(reply->m_httpStatus);
            }
        } else if (!json) {
            e.kind = ProviderError::Kind::Unparsable;
            e.requestSent = true;
            e.httpStatus = reply->m_httpStatus;
            e.message = tr("The provider's answer is not valid JSON: %1").arg(parseError.errorString());
        }
        if (m_debug)
            qCInfo((*m_category)).noquote()
                << out.method << redact(QString::fromLatin1(out.pathAndQuery)) << "→" << reply->m_httpStatus << "in"
                << reply->m_elapsedMs << "ms" << (e.isError() ? redact(e.message) : QString())
                << "request:" << redact(QString::fromUtf8(out.body))
                << "answer:" << redact(QString::fromUtf8(body.left(2000)));
        emit reply->finished();
    });
    return reply;
}

} // namespace pd
