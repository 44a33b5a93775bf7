#pragma once

#include "Currency.h"
#include "Money.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace pd {

// What the engine asks an adapter to pay: the contract's side of an order. Adapters never
// see an Order; the engine maps one to this (docs/DESIGN.md, "Libraries (floors)").
struct PayoutRequest {
    QString reference; // the attempt's idempotency key: the provider's client reference
    Money amount;
    Currency currency; // from the registry: code, network, precision
    QHash<QString, QString> recipient; // recipient field id → value (address, card, memo, …)
    QString webhookUrl; // where the provider may call back; may be empty
};

// spec/000's transfer() answer: ok 1 = paid, ok 2 = accepted, waiting for the provider.
struct TransferResult {
    int ok = 0;
    QString transaction;
    Money amount;
    QString currency;
    QString to;
};

// A payout as the provider sees it now, mapped to the engine's words.
struct PayoutStatus {
    enum class State {
        Paid, // settled: the money left
        Pending, // still on its way
        Failed, // definitely not paid: a new attempt may be made
        NeedsAttention, // the provider wants a person (KYC, manual review, …): never retried on its own
        NotFound, // the provider has no payout with this id or reference
    };
    State state = State::Pending;
    QString transaction;
    QString reference;
    QString providerStatus; // the provider's own word, for the history
    QString message;
};

// A provider's balances by currency code.
using Balances = QMap<QString, Money>;

} // namespace pd
