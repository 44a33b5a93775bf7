#pragma once

#include "domain/Order.h"
#include "domain/PayoutAttempt.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace pd {

// One order of the payout queue with what the queue shows beside it, read in one go on the
// database thread (PayoutQueue::page).
struct QueueRow {
    Order order;
    std::optional<PayoutAttempt> last; // its latest payout attempt
    QStringList approvers; // four eyes: who approved its next payout so far, by name
    bool approvedByMe = false;
    QString blocked; // why the blocklist refuses its recipient; empty: it does not
    int sharedWith = 0; // how many different orders have this recipient
    QString provider; // the currency's default provider, else the first that serves it; empty: none
    // Approve would claim it now: waiting, no payout open, no recipient waiting for a person.
    bool claimable = false;
};

struct QueuePage {
    int page = 0;
    QList<QueueRow> rows;
};

// What the providers' reserves cover of everything Approve would claim now, counted in queue
// order like the claim counts (ReserveCoverage), for the line above the queue and the flags
// on its rows.
struct QueueReserve {
    struct Group {
        QString provider;
        QString currency; // of the balance, e.g. USDT
        bool enabled = true;
        int payouts = 0;
        Money total;
        bool counted = false; // its balance was known and the reserve counted
        QString error; // the reserve could not be counted
        Money balance;
        Money reserve;
        int covered = 0;
        Money coveredTotal;
    };
    QList<Group> groups;
    // Orders the reserve does not cover: order id → what was left before it.
    QHash<QString, Money> shortBefore;
    int waiting = 0; // orders Approve would claim now
};

} // namespace pd
