#include "SandboxFake.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::fakes {

namespace {
const QString apiKey = QStringLiteral("fault-suite");
const QByteArray apiSecret = QByteArrayLiteral("fault-suite-secret");
} // namespace

SandboxFake::SandboxFake(QObject *parent)
    : ProviderFake(parent)
    , m_server({ apiKey, apiSecret })
{
}

QHash<QString, QString> SandboxFake::config() const
{
    return { { QStringLiteral("apiUrl"), m_server.baseUrl().toString() }, { QStringLiteral("apiKey"), apiKey } };
}

QHash<QString, QString> SandboxFake::secrets() const
{
    return { { QStringLiteral("apiSecret"), QString::fromLatin1(apiSecret) } };
}

QHash<QString, QString> SandboxFake::recipient() const
{
    return { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
}

void SandboxFake::fund(const Money &amount)
{
    m_server.setBalance(QStringLiteral("USDT"), amount);
}

void SandboxFake::setFault(Fault fault, int count, bool transfersOnly)
{
    const auto sandboxFault = [fault] {
        switch (fault) {
        case Fault::None:
            return SandboxServer::Fault::None;
        case Fault::Http500:
            return SandboxServer::Fault::Http500;
        case Fault::Timeout:
            return SandboxServer::Fault::Timeout;
        case Fault::Malformed:
            return SandboxServer::Fault::Malformed;
        case Fault::DropAfterBooking:
            return SandboxServer::Fault::DropAfterBooking;
        case Fault::RateLimited:
            return SandboxServer::Fault::RateLimited;
        }
        return SandboxServer::Fault::None;
    }();
    m_server.setFault(sandboxFault, count, transfersOnly ? QStringLiteral("/transfer") : QString());
}

QStringList SandboxFake::bookedReferences() const
{
    QStringList references;
    for (const QJsonValue &payout : m_server.ledger())
        references << payout.toObject().value(QStringLiteral("reference")).toString();
    return references;
}

} // namespace pd::fakes
