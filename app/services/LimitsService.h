#pragma once

#include "storage/BookReply.h"
#include "storage/PayoutLimits.h"

#include <QList>
#include <QObject>

namespace pd {

class DatabaseThread;

// Edit → Payout limits… asks here: the limits per provider and currency, and each change (with
// its activity entry by whoever is signed in), on the workspace's database thread.
class LimitsService : public QObject {
    Q_OBJECT
public:
    using Kind = PayoutLimits::Kind;
    using Limit = PayoutLimits::Limit;
    static constexpr const char *everyProvider = PayoutLimits::everyProvider;

    struct Saved {
        // The book is one desk's (SQLite): every approval there is its OS user's.
        bool oneDesk = false;
    };

    explicit LimitsService(DatabaseThread &thread, QObject *parent = nullptr);

    BookAnswer<QList<Limit>> *all();
    // Sets (or with an empty value removes) one limit.
    BookAnswer<Saved> *set(const Limit &limit);

private:
    DatabaseThread &m_thread;
};

} // namespace pd
