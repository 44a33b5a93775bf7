#pragma once

#include "domain/OrderStatus.h"
#include "domain/PayoutAttempt.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pd {

class Database;

// Payout attempts in the order book, and the two writes that make "exactly once" true:
// the claim (one conditional UPDATE, then the attempt row, in one transaction) and the
// recorded outcome (the attempt's state and its order's status, in one transaction; only
// forward, never back).
class AttemptStore {
public:
    explicit AttemptStore(Database &database)
        : m_db(database)
    {
    }

    // Claims an order for a payout: it must still be inProgressPayout with no open attempt,
    // and still at `revision` (the one whose amount and recipient were checked) when that is
    // given. Of any number of clicks, windows or desks claiming at once, exactly one gets the
    // attempt; the others get nullopt and `error` says the order was taken meanwhile.
    // A provider's reserve (issue 9, item 2): its balance minus what is already claimed with it
    // and not yet on its books, in every XML code paid from that balance (USDT on TRC20 and
    // ERC20 share one).
    struct Reserve {
        Money balance;
        QString currencyCode; // the balance's code, for the message
        QStringList xmls;
    };
    // Above its currency's four-eyes threshold a payout is claimed only on its second staff
    // member's approval: the first is recorded (in the order's history too), nothing is
    // claimed, `awaitingSecondApproval` is set and `error` says so. The automation never
    // approves one.
    std::optional<PayoutAttempt> claim(const QString &orderId, const QString &provider, const QString &actor,
        const QString &recipient, QString *error, qint64 revision = 0,
        const std::optional<Reserve> &reserve = std::nullopt, bool *awaitingSecondApproval = nullptr);
    // The actor of payouts sent without a click (AutoPayer).
    static QString automaticActor() { return QStringLiteral("automatic"); }
    // The reserve left: `reserve.balance` minus the open attempts' amounts with `provider`.
    Money reserveLeft(const QString &provider, const Reserve &reserve, QString *error);

    // prepared → sent, committed just before the request leaves.
    bool markSent(qint64 attemptId, QString *error);

    // Moves an attempt from one of `from` to `to`, and its order from inProgressPayout to
    // `orderTo` if given, with a history entry, in one transaction. False (and nothing
    // written) if the attempt is no longer in `from`: another poll, webhook or desk got there first.
    enum class Record { Done, Stale, Failed };
    // Counts one more check with the provider of the attempt while it is in `state`, and says
    // how many there were in that state (recording a new state starts them again from 0);
    // 0 when it is no longer in `state`, -1 with `error` when the book cannot say.
    int countCheck(qint64 attemptId, PayoutAttempt::State state, QString *error);
    Record record(const PayoutAttempt &attempt, const QList<PayoutAttempt::State> &from, PayoutAttempt::State to,
        const QString &transaction, const QString &note, std::optional<OrderStatus> orderTo, const QString &actor,
        QString *error);

    std::optional<PayoutAttempt> byId(qint64 id);
    // The attempt a provider knows by `transaction` (its own id, learnt from the transfer's
    // answer or a reconciliation); nullopt when it is not one of ours.
    std::optional<PayoutAttempt> byTransaction(const QString &provider, const QString &transaction);
    QList<PayoutAttempt> forOrder(const QString &orderId);
    // The latest attempt of every order in the payout queue (inProgressPayout, errorPayout),
    // by order id: one query for the whole queue page.
    QHash<QString, PayoutAttempt> latestInQueue();
    // The latest attempt of each of these orders (a page of the queue), by order id.
    QHash<QString, PayoutAttempt> latestOf(const QStringList &orderIds);
    // Open attempts in these states (all providers when `provider` is empty), oldest first.
    QList<PayoutAttempt> inStates(const QList<PayoutAttempt::State> &states, const QString &provider = {});
    // Every attempt with `provider` created from `from` up to `to`, oldest first (what a
    // reconciliation holds against the provider's statement).
    QList<PayoutAttempt> createdBetween(const QString &provider, const QDateTime &from, const QDateTime &to);

    // At start-up: every attempt left prepared or sent by a desk that stopped becomes unknown,
    // to be reconciled by asking the provider, never sent again on its own. Returns how many.
    int markInterrupted(QString *error);

private:
    QList<PayoutAttempt> read(const QString &where, const QVariantList &values);
    Database &m_db;
};

} // namespace pd
