#include "ProviderReply.h"

#include <QTimer>

namespace pd {

void ProviderReply::finish(const ProviderError &error)
{
    if (m_finished)
        return; // exactly once
    m_finished = true;
    m_error = error;
    emit finished();
}

void ProviderReply::finishLater(const ProviderError &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

} // namespace pd
