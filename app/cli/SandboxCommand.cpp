#include "SandboxCommand.h"
#include "contract/Translated.h"

#include "ExitCode.h"
#include "SandboxServer.h"
#include "Wait.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <csignal>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::SandboxCommand", text);
}

} // namespace

int SandboxCommand::serve(
    const QString &host, quint16 port, const QString &apiKey, const QStringList &balances, bool approval, int latencyMs)
{
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QByteArray secret = in.readLine().trimmed();
    if (secret.isEmpty()) {
        m_err << tr("Give the API secret on standard input (one line); it is never printed.") << "\n";
        return ExitUsage;
    }
    SandboxServer server({ apiKey, secret });
    for (const QString &b : balances) {
        const QStringList parts = b.split(u'=');
        const auto amount = parts.size() == 2 ? Money::parse(parts.at(1)) : std::nullopt;
        if (!amount) {
            m_err << tr("A balance is CURRENCY=AMOUNT, e.g. USDT=1000.00; not \"%1\".").arg(b) << "\n";
            return ExitUsage;
        }
        server.setBalance(parts.at(0).toUpper(), *amount);
    }
    server.setApproval(approval, approval ? 3000 : -1);
    server.setLatency(latencyMs);
    if (!server.listen(QHostAddress(host), port)) {
        m_err << tr("Cannot listen on %1:%2.").arg(host).arg(port) << "\n";
        return ExitFailure;
    }
    m_out << tr("Sandbox provider listening on %1 (API key %2). Ctrl+C stops it.")
                 .arg(server.baseUrl().toString(), apiKey)
          << "\n";
    m_out.flush();
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec() == 0 ? ExitOk : ExitFailure;
}

int SandboxCommand::ledger(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url + QStringLiteral("/control/ledger"))));
    waitFor(reply, &QNetworkReply::finished);
    if (reply->error() != QNetworkReply::NoError) {
        m_err << tr("Cannot read the ledger at %1: %2").arg(url, reply->errorString()) << "\n";
        return ExitFailure;
    }
    m_out << QJsonDocument::fromJson(reply->readAll()).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace pd
