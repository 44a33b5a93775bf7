#pragma once

#include "contract/Provider.h"

#include <QObject>
#include <QString>
#include <memory>

namespace pd {

// Assembling one configured adapter: its settings from the book, its secrets from the
// keychain. finished() is emitted exactly once; then either provider() is ready to use or
// error() says why not (a missing key, no keychain), in words for staff.
class ProviderLoad : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProviderLoad() override;

    Provider *provider() const { return m_provider.get(); }
    std::unique_ptr<Provider> takeProvider() { return std::move(m_provider); }
    QString error() const { return m_error; }

    void complete(std::unique_ptr<Provider> provider, const QString &error);

signals:
    void finished();

private:
    std::unique_ptr<Provider> m_provider;
    QString m_error;
};

} // namespace pd
