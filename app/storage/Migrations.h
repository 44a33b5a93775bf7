#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class Database;

// The order book's schema as numbered steps (KMyMoney's upgradeToVn is the model). Each
// step runs in one transaction with the write lock held, so two desks starting at once
// migrate once. The DDL is portable: {AUTO_ID} is the only word the dialect fills in.
class Migrations {
public:
    struct Step {
        int version;
        QString description;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // 0 for a new, empty file.
    static int currentVersion(Database &database, QString *error);

    // Brings the book up to `target` (the latest by default). Refuses a book written by a
    // newer PayoutDesk rather than guess at its shape.
    static bool migrate(Database &database, QString *error, int target = -1);
};

} // namespace pd
