#include "ProviderRegistry.h"

#include "binance/BinanceProvider.h"
#include "cryptomus/CryptomusProvider.h"
#include "sandbox/SandboxProvider.h"
#include "whitebit/WhiteBitProvider.h"

namespace pd {

ProviderRegistry ProviderRegistry::builtIn()
{
    ProviderRegistry registry;
    registry.m_entries.append({ SandboxProvider::builtInManifest(),
        [](QNetworkAccessManager *network) { return std::make_unique<SandboxProvider>(network); } });
    registry.m_entries.append({ WhiteBitProvider::builtInManifest(),
        [](QNetworkAccessManager *network) { return std::make_unique<WhiteBitProvider>(network); } });
    registry.m_entries.append({ BinanceProvider::builtInManifest(),
        [](QNetworkAccessManager *network) { return std::make_unique<BinanceProvider>(network); } });
    registry.m_entries.append({ CryptomusProvider::builtInManifest(),
        [](QNetworkAccessManager *network) { return std::make_unique<CryptomusProvider>(network); } });
    return registry;
}

QList<Manifest> ProviderRegistry::manifests() const
{
    QList<Manifest> list;
    for (const Entry &e : m_entries)
        list << e.manifest;
    return list;
}

std::optional<Manifest> ProviderRegistry::manifest(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.manifest.name == name)
            return e.manifest;
    }
    return std::nullopt;
}

std::unique_ptr<Provider> ProviderRegistry::create(const QString &name, QNetworkAccessManager *network) const
{
    for (const Entry &e : m_entries) {
        if (e.manifest.name == name)
            return e.make(network);
    }
    return nullptr;
}

} // namespace pd
