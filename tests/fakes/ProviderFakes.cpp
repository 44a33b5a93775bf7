#include "ProviderFakes.h"

#include "BinanceFake.h"
#include "CryptomusFake.h"
#include "SandboxFake.h"
#include "WhiteBitFake.h"

#include <functional>
#include <utility>

namespace pd::fakes {

namespace {

// One line per provider: its name and how to make its fake.
const QList<std::pair<QString, std::function<std::unique_ptr<ProviderFake>()>>> &all()
{
    static const QList<std::pair<QString, std::function<std::unique_ptr<ProviderFake>()>>> fakes = {
        { QStringLiteral("sandbox"), [] { return std::make_unique<SandboxFake>(); } },
        { QStringLiteral("whitebit"), [] { return std::make_unique<WhiteBitFake>(); } },
        { QStringLiteral("binance"), [] { return std::make_unique<BinanceFake>(); } },
        { QStringLiteral("cryptomus"), [] { return std::make_unique<CryptomusFake>(); } },
    };
    return fakes;
}

} // namespace

QStringList ProviderFakes::names()
{
    QStringList list;
    for (const auto &entry : all())
        list << entry.first;
    return list;
}

std::unique_ptr<ProviderFake> ProviderFakes::make(const QString &provider)
{
    for (const auto &[name, make] : all()) {
        if (name == provider)
            return make();
    }
    return nullptr;
}

} // namespace pd::fakes
