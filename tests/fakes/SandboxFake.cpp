#include "SandboxFake.h"

#include <QUuid>

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

QString SandboxFake::bookOutside(
    const QString &reference, const Money &amount, const QString &address, const QDateTime &at)
{
    // The sandbox keeps a reference for every payout; one made outside the desk gets its own.
    return m_server.bookDirectly(
        reference.isEmpty() ? QStringLiteral("cabinet-") + QUuid::createUuid().toString(QUuid::Id128) : reference,
        amount, QStringLiteral("USDT"), address, at);
}

bool SandboxFake::loseBooking(const QString &reference)
{
    return m_server.lose(reference);
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
