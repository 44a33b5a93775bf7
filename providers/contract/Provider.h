#pragma once

#include "ApiClient.h"
#include "Manifest.h"
#include "Payout.h"
#include "ProviderReply.h"
#include "RecipientField.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace pd {

// A provider's settings as the desk hands them over: the shown values (from the database)
// and the secrets (read from the keychain just before), never stored by the adapter.
struct ProviderConfig {
    QHash<QString, QString> values;
    bool debug = false;
    int timeoutSeconds = 30; // how long a call may take before its outcome is "unknown"
    // A folder the adapter may keep small state in across restarts (WhiteBIT's last nonce);
    // the workspace's folder. Empty: the adapter keeps such state in memory only.
    QString stateDir;
    // Rows per page of a statement: 0, the most the provider allows. Tests ask for fewer, so
    // that a statement of a few rows spans several pages.
    int statementPageSize = 0;
};

// The payout-plugin contract (spec/000) as a C++ interface. Everything that talks to the
// provider is asynchronous: each call returns a ProviderReply that finishes exactly once.
// Adapters see no order and no database: the engine hands them a PayoutRequest.
class Provider : public QObject {
    Q_OBJECT
public:
    Provider(Manifest manifest, QNetworkAccessManager *network, QObject *parent = nullptr);

    const Manifest &manifest() const { return m_manifest; }

    void configure(const ProviderConfig &config);
    const ProviderConfig &config() const { return m_config; }
    // The required keys that have no value: the provider cannot be used until they do.
    QStringList missingConfig() const;

    // spec/000's getFields(lang, xml): the recipient details this currency needs.
    QList<RecipientField> fields(const QString &language, const Currency &currency) const;
    // Every problem with a recipient, in the staff's language; empty when it will do.
    QStringList recipientProblems(
        const QString &language, const Currency &currency, const QHash<QString, QString> &recipient) const;

    virtual ProviderReply *balance() = 0;
    virtual ProviderReply *transfer(const PayoutRequest &request) = 0;
    virtual ProviderReply *status(const QString &transaction) = 0;
    virtual ProviderReply *statusByReference(const QString &reference) = 0;
    // The provider's statement (docs/DESIGN.md, "Reconciliation"): every payout it booked from
    // `from` up to `to`, read in full, page by page and window by window as the provider
    // limits them (each adapter's README says how); an error when any page cannot be read, never
    // a statement cut short.
    virtual ProviderReply *statement(const QDateTime &from, const QDateTime &to) = 0;
    // The re-read after a webhook (spec/000's url_final asks the provider again rather than
    // trusting the body). By default the same as status().
    virtual ProviderReply *recheck(const QString &transaction) { return status(transaction); }

    // A provider's callback (spec/000's url_final): checks its signature and says which
    // transaction to re-read. A webhook is a hint: the engine asks the provider before
    // anything changes.
    virtual std::optional<QString> webhookTransaction(
        const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, QString *why) const = 0;
    // The number a provider gives each webhook, for those that do (WhiteBIT's nonce), read from
    // a webhook webhookTransaction() accepted: the desk keeps the last one in the book and
    // refuses one not above it as a replay. An adapter cannot keep it: it is made anew for
    // every webhook.
    virtual std::optional<qint64> webhookNonce(const QByteArray &body) const
    {
        Q_UNUSED(body);
        return std::nullopt;
    }

protected:
    ApiClient *api() const { return m_api; }
    // A statement read page by page: `page` asks for the page that starts at `cursor` (empty:
    // the first) and answers its rows and the next page's cursor (ProviderReply::nextPage);
    // the rows of all pages, in order, finish the one reply returned. Any page's error is the
    // statement's. At most `maxPages` pages: more is an error, not a statement cut short.
    ProviderReply *readPages(std::function<ProviderReply *(const QString &cursor)> page, int maxPages = 10000);
    // Called after configure(): point the ApiClient at the configured host, set the signer.
    virtual void applyConfig() = 0;
    QString value(const QString &key) const;

private:
    Manifest m_manifest;
    ProviderConfig m_config;
    ApiClient *m_api;
};

} // namespace pd
