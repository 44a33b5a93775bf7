#pragma once

#include "ProviderFake.h"

#include <memory>

namespace pd::fakes {

// Every provider's fake by its adapter's name: what the fault suite runs over.
class ProviderFakes {
public:
    static QStringList names();
    static std::unique_ptr<ProviderFake> make(const QString &provider);
};

} // namespace pd::fakes
