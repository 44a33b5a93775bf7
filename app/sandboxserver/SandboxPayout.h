#pragma once

#include "contract/Money.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pd {

// One payout booked by the sandbox provider, as its ledger keeps it.
struct SandboxPayout {
    QString id; // "tx_1", "tx_2", … in booking order
    QString status; // "DONE", "PENDING" or "CANCELED"
    Money amount;
    QString currency;
    QString network; // empty when the transfer named none
    QString to;
    QString reference; // the desk's reference: at most one payout per reference
    QUrl webhookUrl; // empty: nobody is told when it settles
    qint64 createdMs = 0;
    bool lost = false; // taken off the books (SandboxLedger::lose): a lost booking, for reconciliation tests

    // The README's *Transaction* object; amounts stay decimal strings.
    QJsonObject toJson() const;
};

} // namespace pd
