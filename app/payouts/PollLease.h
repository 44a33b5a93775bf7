#pragma once

#include <QSet>
#include <QString>

namespace pd {

class Database;

// Team mode: which desk polls a provider's open payouts. On PostgreSQL a session-level advisory
// lock per provider, held by the connection of the desk that polls: never two desks asking
// about the same payout at once, and when that desk closes or dies its connection goes and
// the lock with it, so the next desk to try (every poll interval) takes over. On SQLite there
// is one book per machine and every desk may poll (the attempts' state changes are
// conditional, so two pollers can only repeat a question, never an effect).
class PollLease {
public:
    explicit PollLease(Database &database)
        : m_db(database)
    {
    }

    // True when this desk holds the provider's lease, taking it if it is free.
    bool hold(const QString &provider, bool *newlyTaken = nullptr);

private:
    Database &m_db;
    QSet<QString> m_held;
};

} // namespace pd
