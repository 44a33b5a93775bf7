#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

// The blocklist's rule (issue 9, item 5), without the database: recipient values are compared
// normalised (trimmed, lower case, a card number's spaces and dashes dropped), and a payout to
// an order any of whose values is listed is refused. storage/Blocklist keeps the list and asks
// this; the GUI asks it for the rows it shows.
class BlockedRecipients {
public:
    static QString normalized(const QString &value);

    // Why a payout to these recipient values may not go, given the listed values (normalised →
    // reason); nothing when it may.
    static std::optional<QString> refusalIn(const QHash<QString, QString> &reasons, const QStringList &recipientValues);
};

} // namespace pd
