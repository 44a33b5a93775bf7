#include "MerchantCommand.h"
#include "contract/Translated.h"

#include "ExitCode.h"
#include "SecretInput.h"
#include "Wait.h"
#include "listener/IpnRoute.h"
#include "merchant/OrderCreator.h"
#include "secrets/SecretStore.h"
#include "storage/BookReply.h"
#include "storage/DeskSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::MerchantCommand", text);
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

int MerchantCommand::create(ExchangeSiteClient::NewOrder order, bool readIpnSecret)
{
    if (readIpnSecret)
        order.ipnSecret = SecretInput::readLine();
    const QStringList problems = ExchangeSiteClient::problems(order);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            m_err << p << "\n";
        m_err << tr("Nothing was sent.") << "\n";
        return ExitInvalidInput;
    }
    SecretStore secrets(m_workspace.id());
    QNetworkAccessManager network;
    OrderCreator creator(m_workspace.database(), secrets, network);
    // The creator answers through a continuation; this reply carries its end to the wait.
    BookAnswer<bool> answered;
    int code = ExitFailure;
    creator.create(order, m_workspace.database().login(), [&](std::optional<Order> created, const QString &error) {
        if (created) {
            m_out << tr("Created order UID %1 (%2): %3, pays %4 %5 for %6 %7.")
                         .arg(created->uid)
                         .arg(created->id, OrderStatuses::code(created->status), created->outAmount.toString(),
                             created->xmlTo, created->inAmount.toString(), created->xmlFrom)
                  << "\n";
            code = ExitOk;
        }
        if (!error.isEmpty())
            m_err << error << "\n";
        answered.complete(true, {});
    });
    waitFor(&answered);
    return code;
}

int MerchantCommand::setSite(const QString &siteUrl, const QString &apiUrl)
{
    if (!isWebAddress(siteUrl) || (!apiUrl.isEmpty() && !isWebAddress(apiUrl))) {
        m_err << tr("Give http(s) addresses, e.g. https://www.kryptoswap.io") << "\n";
        return ExitUsage;
    }
    DeskSettings desk(m_workspace.database());
    QString error;
    if (!desk.setValue(QString::fromLatin1(DeskSettings::siteUrl), siteUrl, &error)
        || !desk.setValue(
            QString::fromLatin1(ExchangeSiteClient::apiUrlSetting), apiUrl.isEmpty() ? siteUrl : apiUrl, &error)) {
        m_err << error << "\n";
        return ExitFailure;
    }
    m_out << tr("The exchange site is %1.").arg(siteUrl) << "\n";
    return ExitOk;
}

int MerchantCommand::setSecret(const QString &which)
{
    const bool ipn = which == QLatin1String("ipn");
    if (!ipn && which != QLatin1String("token")) {
        m_err << tr("Which secret: \"ipn\" (the desk's IPN secret) or \"token\" (the exchange site's API token).")
              << "\n";
        return ExitUsage;
    }
    const QString secret = SecretInput::readLine();
    if (secret.isEmpty()) {
        m_err << tr("Nothing came on standard input; nothing was stored.") << "\n";
        return ExitInvalidInput;
    }
    SecretStore secrets(m_workspace.id());
    SecretJob *job = ipn ? secrets.write(IpnRoute::secretOwner(), IpnRoute::secretKey(), secret)
                         : secrets.write(ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey(), secret);
    waitFor(job, &SecretJob::finished);
    if (!job->ok()) {
        m_err << job->error() << "\n";
        return ExitFailure;
    }
    m_out << (ipn ? tr("The IPN secret is in the keychain.") : tr("The exchange site's API token is in the keychain."))
          << "\n";
    return ExitOk;
}

} // namespace pd
