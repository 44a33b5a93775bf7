#include "ProviderLoad.h"

#include "contract/Provider.h"

namespace pd {

ProviderLoad::~ProviderLoad() = default;

void ProviderLoad::complete(std::unique_ptr<Provider> provider, const QString &error)
{
    m_provider = std::move(provider);
    m_error = error;
    emit finished();
}

} // namespace pd
