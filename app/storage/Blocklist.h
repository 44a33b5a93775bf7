#pragma once

#include "domain/BlockedRecipients.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

class Database;

// Destination checks (issue 9, item 5): addresses and card numbers nobody may be paid to,
// checked inside the claim (AttemptStore::claim), so no path to a payout (a click, the
// automation, another desk, the CLI) goes round it; and recipients shared by many different
// orders, flagged for a look. Values are compared normalised (trimmed, a card's spaces and
// dashes dropped, lower case): the rule is the domain's (domain/BlockedRecipients), this keeps
// the list.
class Blocklist {
public:
    struct Entry {
        QString value;
        QString reason;
        QString addedBy;
        QDateTime addedAt;
    };

    explicit Blocklist(Database &database)
        : m_db(database)
    {
    }

    static QString normalized(const QString &value) { return BlockedRecipients::normalized(value); }

    QList<Entry> all();
    // Each with an activity entry by `actor`.
    bool add(const QString &value, const QString &reason, const QString &actor, QString *error);
    bool remove(const QString &value, const QString &actor, QString *error);
    // "value,reason" rows (a header row "value,reason" may lead), all or nothing; `added` counts
    // the values not already listed.
    bool importCsv(const QByteArray &csv, const QString &actor, int *added, QString *error);

    // Why a payout to these recipient values may not go, in the staff's words; nothing when it may.
    std::optional<QString> refusal(const QStringList &recipientValues);
    // The same against the whole list read once (value → reason): for a page of many rows.
    QHash<QString, QString> reasons();
    static std::optional<QString> refusalIn(const QHash<QString, QString> &reasons, const QStringList &recipientValues)
    {
        return BlockedRecipients::refusalIn(reasons, recipientValues);
    }
    // How many different orders carry each of these recipient strings (orders.recipient).
    QHash<QString, int> ordersSharing(const QStringList &recipients);

private:
    Database &m_db;
};

} // namespace pd
