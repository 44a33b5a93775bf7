#pragma once

#include <QString>

namespace pd {

class Database;

// The last webhook number taken per provider, for providers that number their webhooks
// (WhiteBIT's nonce): one not above the last is a replay. Kept in the book (migration 16), since
// the desk makes a new adapter for every webhook and a team's desks share one listener's work.
class WebhookNonces {
public:
    explicit WebhookNonces(Database &database)
        : m_db(database)
    {
    }

    enum class Take { New, Replay, Failed };
    // Takes `nonce` if it is above every nonce taken from `provider` before, in one statement;
    // *last says the highest one taken before it (0 for none) on Replay.
    Take take(const QString &provider, qint64 nonce, qint64 *last = nullptr, QString *error = nullptr);

private:
    Database &m_db;
};

} // namespace pd
