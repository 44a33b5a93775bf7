#pragma once

#include "merchant/ExchangeSiteClient.h"

#include <QTextStream>

namespace pd {

class Workspace;

// payoutdesk-cli orders create …, and merchant site|secret …: the exchange site's address,
// its API token and the desk's IPN secret (both read from standard input into the keychain).
class MerchantCommand {
public:
    MerchantCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
        : m_workspace(workspace)
        , m_out(out)
        , m_err(err)
    {
    }

    // `readIpnSecret`: the order's IPN secret comes on standard input.
    int create(ExchangeSiteClient::NewOrder order, bool readIpnSecret);
    int setSite(const QString &siteUrl, const QString &apiUrl);
    // which: "ipn" (the desk's IPN secret) or "token" (the exchange site's API token).
    int setSecret(const QString &which);

private:
    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pd
