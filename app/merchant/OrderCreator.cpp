#include "OrderCreator.h"

#include "IpnSender.h"
#include "contract/CurrencyRegistry.h"
#include "secrets/SecretStore.h"
#include "storage/ActivityLog.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"

namespace pd {

OrderCreator::OrderCreator(Database &database, SecretStore &secrets, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_secrets(secrets)
    , m_network(network)
{
}

void OrderCreator::create(const ExchangeSiteClient::NewOrder &request, const QString &actor,
    std::function<void(std::optional<Order>, const QString &)> done)
{
    const QStringList problems = ExchangeSiteClient::problems(request);
    if (!problems.isEmpty())
        return done(std::nullopt, problems.join(u' '));
    DeskSettings desk(m_db);
    const QUrl api(desk.value(QString::fromLatin1(ExchangeSiteClient::apiUrlSetting),
        desk.value(QString::fromLatin1(DeskSettings::siteUrl))));
    if (!api.isValid() || (api.scheme() != QLatin1String("https") && api.scheme() != QLatin1String("http")))
        return done(std::nullopt,
            tr("The exchange site's API address is not set (Settings, \"%1\").")
                .arg(QString::fromLatin1(ExchangeSiteClient::apiUrlSetting)));
    SecretJob *token = m_secrets.read(ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey());
    connect(token, &SecretJob::finished, this, [this, token, request, actor, api, done] {
        if (!token->ok() || token->secret().isEmpty())
            return done(std::nullopt, tr("No API token for the exchange site in the keychain: %1").arg(token->error()));
        auto *client = new ExchangeSiteClient(m_network, api, this);
        client->create(request, token->secret(),
            [this, client, request, actor, done](std::optional<Order> created, const QString &error) {
                client->deleteLater();
                if (!created)
                    return done(std::nullopt, error);
                // What the site answered enters the book by the same rules as an IPN or an import.
                const QStringList problems
                    = created->problems(CurrencyRegistry::builtIn(), DeskSettings(m_db).maxAmount());
                if (!problems.isEmpty())
                    return done(std::nullopt,
                        tr("The exchange site answered with order %1 (UID %2), which the desk refuses: %3")
                            .arg(created->id)
                            .arg(created->uid)
                            .arg(problems.join(u' ')));
                created->recipientSource = QStringLiteral("desk");
                QString stored;
                const HistoryEntry arrival = HistoryEntry::arrival(created->id, created->status, actor,
                    tr("Created through the desk on the exchange site (route %1).").arg(request.routeId));
                if (!OrderStore(m_db).add({ *created }, { arrival }, &stored))
                    return done(std::nullopt,
                        tr("The exchange site created order %1 (UID %2), but the desk could not store it: %3")
                            .arg(created->id)
                            .arg(created->uid)
                            .arg(stored));
                ActivityLog(m_db).append(actor, QStringLiteral("order.created"), created->id,
                    tr("Order UID %1 created on the exchange site.").arg(created->uid));
                if (request.ipnUrl.isEmpty())
                    return done(created, QString());
                // Its IPN secret, for the IPNs the desk sends about it.
                SecretJob *keep = m_secrets.write(IpnSender::secretOwner(), created->id, request.ipnSecret);
                connect(keep, &SecretJob::finished, this, [keep, created, done] {
                    done(created,
                        keep->ok()
                            ? QString()
                            : tr("Order UID %1 was created, but its IPN secret could not be kept in the keychain "
                                 "(its IPNs cannot be signed): %2")
                                  .arg(created->uid)
                                  .arg(keep->error()));
                });
            });
    });
}

} // namespace pd
