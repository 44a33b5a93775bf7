#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd {

// What a reconciliation found where the desk's book and a provider's statement disagree
// (docs/DESIGN.md, "Reconciliation"). It stays open until a person resolves it with a comment.
struct Mismatch {
    enum class Kind {
        NotInDesk, // at the provider, not in the desk: made outside it, or a duplicate we cannot pin
        NotAtProvider, // in the desk as paid, not in the provider's statement: a lost booking
        Amount, // the same payout, another amount
        Currency, // the same payout, another currency
        Destination, // the same payout, another address
        MoreThanOne, // more than one provider payout for one order
        Status, // the desk and the provider disagree on whether it was paid
    };

    qint64 id = 0;
    qint64 runId = 0;
    QString provider;
    Kind kind = Kind::NotInDesk;
    // What makes it the same mismatch in the next run: the provider's id, else the attempt's.
    QString key;
    QString orderId; // empty for a payout the desk has no order of
    qint64 attemptId = 0;
    QString deskSide; // the attempt as the desk has it, in words ("12.50 USDTTRC20 to T…, paid")
    QString providerSide; // the statement's row in words
    QDateTime foundAt;
    QDateTime resolvedAt; // invalid while open
    QString resolvedBy;
    QString comment;

    bool isOpen() const { return !resolvedAt.isValid(); }
    // As a CSV row (the page's export and payoutdesk-cli reconcile --format csv): the columns' names, and its cells.
    static QStringList csvColumns();
    QStringList csvCells() const;
    static QString code(Kind kind);
    static std::optional<Kind> fromCode(QStringView code);
};

// One reconciliation: a provider's statement for a period held against the book.
struct ReconciliationRun {
    qint64 id = 0;
    QString provider;
    QDateTime from;
    QDateTime to;
    QDateTime ranAt;
    QString actor;
    int rows = 0; // statement rows read
    int matched = 0;
    int mismatched = 0; // mismatches found in this run (new or still open)
    int settled = 0; // unknown attempts the statement settled
};

} // namespace pd
