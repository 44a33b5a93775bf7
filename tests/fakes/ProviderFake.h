#pragma once

#include "contract/Money.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pd::fakes {

// A payout provider's API on 127.0.0.1, written from the provider's documentation: it checks
// signatures the way the provider does, refuses what the provider refuses, keeps a ledger of
// what it was asked to pay, and misbehaves on demand. The engine's fault suite
// (test_provider_faults) runs against every fake through this interface, and counts the
// ledger: at most one payout per order, whatever happens.
class ProviderFake : public QObject {
    Q_OBJECT
public:
    // The faults every fake can inject into its next calls.
    enum class Fault {
        None,
        Http500, // an HTTP 500, nothing booked
        Timeout, // booked, but no answer comes (the desk's timeout fires)
        Malformed, // booked, but the answer is not the documented shape
        DropAfterBooking, // booked, then the connection is closed without an answer
        RateLimited, // the provider's rate-limit answer (429 or its equivalent), nothing booked
    };

    using QObject::QObject;

    // The adapter's manifest name ("sandbox", "whitebit", …).
    virtual QString provider() const = 0;
    // On 127.0.0.1, any free port; false when it cannot listen.
    virtual bool listen() = 0;
    virtual QUrl baseUrl() const = 0;

    // The provider's shown settings that point its adapter at this fake (its base URL, key, …)
    // and the secrets that go to the keychain, by required_config key.
    virtual QHash<QString, QString> config() const = 0;
    virtual QHash<QString, QString> secrets() const = 0;

    // The currency (XML code) the fault suite pays in, and a recipient the provider accepts.
    virtual QString xml() const { return QStringLiteral("USDTTRC20"); }
    virtual QHash<QString, QString> recipient() const = 0;
    // Gives the account what it needs to pay `xml()`.
    virtual void fund(const Money &amount) = 0;

    // The next `count` calls that create a payout (all calls, when transfersOnly is false)
    // suffer `fault`.
    virtual void setFault(Fault fault, int count = 1, bool transfersOnly = true) = 0;
    // Every answer is delayed by this much.
    virtual void setLatency(int milliseconds) = 0;

    // Each payout booked, by the client reference it carried (the desk's idempotency key as
    // the provider received it); a create the fake refused as a duplicate is not booked.
    virtual QStringList bookedReferences() const = 0;
    // A payout booked at the provider by other means than the desk (a staff member in its web
    // cabinet, another tool on the account): paid at once, in USDT on TRC20 to `address`, under
    // `reference` where the provider keeps one, at `at` (invalid: now). Its id at the provider.
    virtual QString bookOutside(
        const QString &reference, const Money &amount, const QString &address, const QDateTime &at = {})
        = 0;
    // Takes the payout booked under `reference` off the provider's books, as if it had lost it;
    // false when there is none.
    virtual bool loseBooking(const QString &reference) = 0;

    // Creates refused because their reference was already taken (or answered with the
    // existing payout, where the provider does that).
    virtual int duplicateCreates() const = 0;
};

} // namespace pd::fakes
