#include "Provider.h"

#include <QJsonArray>
#include <memory>

namespace pd {

namespace {

QString kindKey(CurrencyKind kind)
{
    return toString(kind);
}

} // namespace

Provider::Provider(Manifest manifest, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_manifest(std::move(manifest))
    , m_api(nullptr)
{
    m_api = new ApiClient(network, m_manifest.name, this);
}

void Provider::configure(const ProviderConfig &config)
{
    m_config = config;
    for (auto it = m_manifest.defaultConfig.begin(); it != m_manifest.defaultConfig.end(); ++it) {
        if (!m_config.values.contains(it.key()) && it.value().isString())
            m_config.values.insert(it.key(), it.value().toString());
    }
    QStringList redacted;
    for (const ConfigKey &k : m_manifest.requiredConfig) {
        if (k.kind == ConfigKey::Kind::Secret || k.key.contains(QLatin1String("key"), Qt::CaseInsensitive))
            redacted << m_config.values.value(k.key);
    }
    m_api->setRedacted(redacted);
    m_api->setDebug(config.debug);
    m_api->setTimeout(qMax(1, config.timeoutSeconds) * 1000);
    applyConfig();
}

QString Provider::value(const QString &key) const
{
    return m_config.values.value(key);
}

QStringList Provider::missingConfig() const
{
    QStringList missing;
    for (const ConfigKey &k : m_manifest.requiredConfig) {
        if (m_config.values.value(k.key).isEmpty() && !m_manifest.optionalConfig.contains(k.key))
            missing << k.key;
    }
    return missing;
}

QList<RecipientField> Provider::fields(const QString &language, const Currency &currency) const
{
    QList<RecipientField> list;
    // A currency of its own (a coin whose network needs a memo) first, then its kind.
    const QJsonValue own = m_manifest.fields.value(currency.xml);
    for (const QJsonValue &f : (own.isArray() ? own : m_manifest.fields.value(kindKey(currency.kind))).toArray())
        list << RecipientField::fromJson(f.toObject(), language);
    return list;
}

QStringList Provider::recipientProblems(
    const QString &language, const Currency &currency, const QHash<QString, QString> &recipient) const
{
    QStringList problems;
    for (const RecipientField &field : fields(language, currency)) {
        if (const auto problem = field.problem(currency, recipient.value(field.id)))
            problems << *problem;
    }
    return problems;
}

ProviderReply *Provider::readPages(std::function<ProviderReply *(const QString &cursor)> page, int maxPages)
{
    auto *whole = new ProviderReply(this);
    auto rows = std::make_shared<Statement>();
    auto pages = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void(const QString &)>>();
    // The step holds itself only through `next`, which the last page lets go of.
    *next = [=, this](const QString &cursor) {
        ProviderReply *one = page(cursor);
        connect(one, &ProviderReply::finished, whole, [=] {
            one->deleteLater();
            const auto end = [&](const ProviderError &error) {
                if (!error.isError())
                    whole->setStatement(*rows);
                whole->finish(error);
                *next = nullptr;
            };
            if (one->error().isError())
                return end(one->error());
            *rows += one->statement();
            if (one->nextPage().isEmpty())
                return end({});
            if (++*pages >= maxPages)
                return end({ ProviderError::Kind::Unparsable, 0, {},
                    tr("The statement runs past %1 pages: stopped rather than read it in part.").arg(maxPages) });
            (*next)(one->nextPage());
        });
    };
    (*next)(QString());
    return whole;
}

} // namespace pd
