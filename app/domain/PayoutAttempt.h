#pragma once

#include "contract/Money.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace pd {

// One try at paying an order (docs/DESIGN.md, "The payout engine as built"). The row is written before the
// request leaves; its idempotency key goes to the provider as our reference, so that after a
// timeout or a crash the provider can be asked what became of it.
//
//   prepared ──send──▶ sent ──ok:1──▶ paid
//      │                 ├──ok:2──▶ pending ──poll/webhook──▶ paid | failed
//      │                 ├──refused──▶ failed
//      │                 └──timeout / lost reply──▶ unknown ──reconcile──▶ paid | failed | pending
//      └── (crash before sending) ──▶ unknown at start-up
//   unknown / pending past their budget, or a provider asking for a person ──▶ needsAttention
struct PayoutAttempt {
    enum class State { Prepared, Sent, Pending, Paid, Failed, Unknown, NeedsAttention };

    qint64 id = 0;
    QString orderId;
    int number = 0;
    QString key; // the idempotency key: "pd-<order id>-<number>"
    QString provider;
    State state = State::Prepared;
    Money amount;
    QString currency; // the order's xml_to
    QString recipient;
    QString transaction; // the provider's id, once known
    QString error;
    QString actor;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString code(State state);
    static std::optional<State> fromCode(QStringView code);
    // An open attempt blocks another: the order is being paid, or nobody knows yet whether it was.
    static bool isOpen(State state) { return state != State::Paid && state != State::Failed; }
    static QString keyFor(const QString &orderId, int number);
};

} // namespace pd
