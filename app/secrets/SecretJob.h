#pragma once

#include <QObject>
#include <QString>

namespace pd {

// One asynchronous keychain operation; finished() is emitted exactly once.
class SecretJob : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, NoKeychain, Failed };
    using QObject::QObject;

    Outcome outcome() const { return m_outcome; }
    bool ok() const { return m_outcome == Outcome::Ok; }
    // For staff: what went wrong and what to do. Never contains the secret.
    QString error() const { return m_error; }
    // The secret read (read jobs only). Hand it to the adapter; never log or store it.
    QString secret() const { return m_secret; }

    // For SecretStore: records the outcome and emits finished().
    void complete(Outcome outcome, const QString &error, const QString &secret = {})
    {
        m_outcome = outcome;
        m_error = error;
        m_secret = secret;
        emit finished();
    }

signals:
    void finished();

private:
    Outcome m_outcome = Outcome::Ok;
    QString m_error;
    QString m_secret;
};

} // namespace pd
