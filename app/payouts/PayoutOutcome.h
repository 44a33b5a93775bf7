#pragma once

#include <QString>

namespace pd {

// What became of one order in an approval run, for the result list staff see.
struct PayoutOutcome {
    enum class Kind {
        Paid, // the provider paid (ok: 1): the order is done
        Pending, // accepted (ok: 2), waiting for the provider: polled until it settles
        Failed, // refused by the provider: not paid, the order is errorPayout (a new attempt may be made)
        Unknown, // no clear answer (timeout, lost reply): asked again by reference, never resent on its own
        NotSent, // stopped before anything left: not waiting any more, invalid recipient, too little balance, cancelled
        AwaitingApproval, // the first of two approvals (four eyes): recorded, nothing sent, waiting for another person
    };
    QString orderId;
    Kind kind = Kind::NotSent;
    QString message;
};

} // namespace pd
