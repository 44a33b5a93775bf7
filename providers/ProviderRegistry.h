#pragma once

#include "contract/Manifest.h"

#include <QList>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;

namespace pd {

class Provider;

// The adapters this desk was built with, listed explicitly (no plugin loading, no global
// singleton): the composition root makes one and passes it down.
class ProviderRegistry {
public:
    static ProviderRegistry builtIn();

    QList<Manifest> manifests() const;
    std::optional<Manifest> manifest(const QString &name) const;
    // A new, unconfigured adapter; nullptr for an unknown name.
    std::unique_ptr<Provider> create(const QString &name, QNetworkAccessManager *network) const;

private:
    struct Entry {
        Manifest manifest;
        std::function<std::unique_ptr<Provider>(QNetworkAccessManager *)> make;
    };
    QList<Entry> m_entries;
};

} // namespace pd
