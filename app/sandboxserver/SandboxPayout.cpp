#include "SandboxPayout.h"

namespace pd {

QJsonObject SandboxPayout::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("status"), status },
        { QStringLiteral("amount"), amount.toString() },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("network"), network },
        { QStringLiteral("to"), to },
        { QStringLiteral("reference"), reference },
        { QStringLiteral("created"), createdMs },
    };
}

} // namespace pd
