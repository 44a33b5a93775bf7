#pragma once

#include "ProviderError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>

namespace pd {

// One HTTP call of an adapter through ApiClient: emits finished() exactly once with either
// a parsed JSON answer or a typed error (network, timeout, HTTP status, provider code and
// message, unparsable body).
class ApiReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const ProviderError &error() const { return m_error; }
    const QJsonDocument &json() const { return m_json; }
    int httpStatus() const { return m_httpStatus; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    void finished();

private:
    friend class ApiClient;
    ProviderError m_error;
    QJsonDocument m_json;
    int m_httpStatus = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace pd
