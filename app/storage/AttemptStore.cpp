#include "AttemptStore.h"
#include "contract/Translated.h"

#include "Approvals.h"
#include "Blocklist.h"
#include "Database.h"
#include "OrderStore.h"
#include "PayoutLimits.h"
#include "SkipFsync.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::AttemptStore", text);
}

const QString columns = QStringLiteral("id, order_id, attempt_no, idempotency_key, provider, state, amount, currency, "
                                       "recipient, transaction_id, error, actor, created_at, updated_at");

QString openStates()
{
    return QStringLiteral("'%1', '%2'")
        .arg(PayoutAttempt::code(PayoutAttempt::State::Paid), PayoutAttempt::code(PayoutAttempt::State::Failed));
}

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

} // namespace

Money AttemptStore::reserveLeft(const QString &provider, const Reserve &reserve, QString *error)
{
    Money left = reserve.balance;
    if (reserve.xmls.isEmpty())
        return left;
    QVariantList values { provider };
    for (const QString &xml : reserve.xmls)
        values << xml;
    // What the provider's balance cannot show yet: claimed and not yet answered (prepared, sent)
    // or unanswered (unknown, counted to be safe). A payout the provider accepted (pending) is
    // already off its balance (Binance's free excludes withdrawing, WhiteBIT's main balance
    // drops at creation, the sandbox books at once); counting it again would hold money twice.
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("SELECT amount FROM payout_attempts WHERE provider = ? AND currency IN (%1) "
                           "AND state IN ('prepared', 'sent', 'unknown')")
                .arg(marks(reserve.xmls.size())),
            values)) {
        if (error)
            *error = m_db.lastError();
        return Money();
    }
    while (q.next())
        left -= Money::parse(q.value(0).toString()).value_or(Money());
    return left;
}

std::optional<PayoutAttempt> AttemptStore::claim(const QString &orderId, const QString &provider, const QString &actor,
    const QString &recipient, QString *error, qint64 revision, const std::optional<Reserve> &reserve,
    bool *awaitingSecondApproval)
{
    const auto fail = [&](const QString &why) -> std::optional<PayoutAttempt> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(m_db.lastError());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Only to the pinned recipient: while another one the site sent waits for a person, the
    // order is paid to neither (the claim's condition below makes it so; this says why).
    QSqlQuery pinned;
    if (!m_db.exec(pinned, QStringLiteral("SELECT proposed_at FROM orders WHERE id = ?"), { orderId.toLower() }))
        return fail(m_db.lastError());
    if (pinned.next() && pinned.value(0).toLongLong() != 0)
        return fail(tr("The exchange site sent another recipient for this order: it is paid to neither until a staff "
                       "member accepts or refuses the new one. Nothing was sent."));
    // The claim: one conditional UPDATE. Whoever's UPDATE changes the row owns the payout.
    QSqlQuery claim;
    if (!m_db.exec(claim,
            QStringLiteral(
                "UPDATE orders SET revision = revision + 1, updated_at = ? "
                "WHERE id = ? AND status = 'inProgressPayout' AND proposed_at = 0 AND (? = 0 OR revision = ?) "
                "AND NOT EXISTS ("
                "SELECT 1 FROM payout_attempts a WHERE a.order_id = orders.id AND a.state NOT IN (%1))")
                .arg(openStates()),
            { now, orderId.toLower(), revision, revision }))
        return fail(m_db.lastError());
    if (claim.numRowsAffected() != 1) {
        // Say why, from the book as it is now.
        QSqlQuery why;
        if (m_db.exec(why,
                QStringLiteral("SELECT o.status, (SELECT a.state FROM payout_attempts a WHERE a.order_id = o.id "
                               "ORDER BY a.attempt_no DESC LIMIT 1) FROM orders o WHERE o.id = ?"),
                { orderId.toLower() })
            && why.next()) {
            const auto state = PayoutAttempt::fromCode(why.value(1).toString());
            if (state == PayoutAttempt::State::Unknown || state == PayoutAttempt::State::NeedsAttention)
                return fail(tr("The outcome of this order's last payout is not known yet: it waits for its check with "
                               "the provider, and is never sent again on its own. Nothing was sent."));
            if (state && PayoutAttempt::isOpen(*state))
                return fail(tr("A payout of this order is already on its way (another click, window or desk claimed "
                               "it). Nothing was sent."));
            if (const auto status = OrderStatuses::fromCode(why.value(0).toString());
                status && *status != OrderStatus::InProgressPayout)
                return fail(tr("The order is \"%1\" now, no longer waiting for a payout. Nothing was sent.")
                                .arg(OrderStatuses::title(*status)));
        }
        return fail(tr(
            "The order is no longer waiting for a payout: it was paid, changed or taken by someone else meanwhile."));
    }

    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("SELECT o.out_amount, o.xml_to, (SELECT COALESCE(MAX(attempt_no), 0) FROM "
                           "payout_attempts WHERE order_id = o.id) FROM orders o WHERE o.id = ?"),
            { orderId.toLower() })
        || !q.next())
        return fail(m_db.lastError());
    PayoutAttempt a;
    a.orderId = orderId.toLower();
    a.number = q.value(2).toInt() + 1;
    a.key = PayoutAttempt::keyFor(a.orderId, a.number);
    a.provider = provider;
    a.state = PayoutAttempt::State::Prepared;
    a.amount = Money::parse(q.value(0).toString()).value_or(Money());
    a.currency = q.value(1).toString();
    a.recipient = recipient;
    a.actor = actor;
    a.createdAt = a.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    // The limits, in the claim's transaction: a payout that would pass one is not claimed
    // (rolled back), and waits in the queue with the reason.
    if (const auto refused = PayoutLimits(m_db).refusal(provider, a.currency, a.amount, now))
        return fail(*refused);
    if (reserve) {
        // In the claim's transaction: two desks (or a click and the automation) cannot both
        // count on the same money.
        QString reserveError;
        const Money left = reserveLeft(provider, *reserve, &reserveError);
        if (!reserveError.isEmpty())
            return fail(reserveError);
        if (left < a.amount)
            return fail(tr("The reserve at %1 does not cover this payout: %2 %3 left after the payouts already claimed "
                           "(balance %4), %5 needed. Nothing was sent.")
                            .arg(provider, left.toString(), reserve->currencyCode, reserve->balance.toString(),
                                a.amount.toString()));
    }
    // The destination, from the order as it stands in this transaction.
    QSqlQuery to;
    if (!m_db.exec(to, QStringLiteral("SELECT to_values FROM orders WHERE id = ?"), { a.orderId }) || !to.next())
        return fail(m_db.lastError());
    QStringList destination;
    for (const OrderValue &v : Order::valuesFromJson(QJsonDocument::fromJson(to.value(0).toString().toUtf8()).array()))
        destination << v.value;
    if (const auto refused = Blocklist(m_db).refusal(destination))
        return fail(*refused);
    // Four eyes, last: an approval is recorded only for a payout that passed every other check.
    QString secondApproval;
    if (const auto threshold = PayoutLimits(m_db).secondApprovalAbove(a.currency); threshold && a.amount > *threshold) {
        if (actor == automaticActor())
            return fail(tr("Above %1 %2 a payout needs two staff members' approval: it waits for people.")
                            .arg(threshold->toString(), a.currency));
        Approvals approvals(m_db);
        QString approvalError;
        QStringList approvers = approvals.approvers(a.orderId, a.number, a.amount, recipient, &approvalError);
        if (!approvalError.isEmpty())
            return fail(approvalError);
        if (approvers.contains(actor))
            return fail(tr("You approved this payout already. Above %1 %2 another staff member must approve it too; "
                           "nothing was sent.")
                            .arg(threshold->toString(), a.currency));
        if (!approvals.add(a.orderId, a.number, a.amount, recipient, actor, &approvalError))
            return fail(approvalError);
        if (approvers.isEmpty()) {
            // The first of two: recorded, and the order keeps waiting (for someone else).
            HistoryEntry first = HistoryEntry::arrival(a.orderId, OrderStatus::InProgressPayout, actor,
                tr("First approval of the payout of %1 %2 (above %3 %2): awaiting a second "
                   "approval by another staff member")
                    .arg(a.amount.toString(), a.currency, threshold->toString()));
            first.oldStatus = OrderStatus::InProgressPayout;
            if (!OrderStore(m_db).addHistory(first) || !transaction.commit())
                return fail(m_db.lastError());
            if (awaitingSecondApproval)
                *awaitingSecondApproval = true;
            return fail(tr("Approved by you; above %1 %2 it is sent once another staff member approves it too.")
                            .arg(threshold->toString(), a.currency));
        }
        secondApproval = tr(" (second approval; first by %1)").arg(approvers.join(QStringLiteral(", ")));
    }
    QSqlQuery insert;
    if (!m_db.exec(insert,
            m_db.dialect().returningId(QStringLiteral(
                "INSERT INTO payout_attempts (order_id, attempt_no, idempotency_key, provider, state, "
                "amount, currency, recipient, actor, created_at, updated_at, desk) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")),
            { a.orderId, a.number, a.key, a.provider, PayoutAttempt::code(a.state), a.amount.toString(), a.currency,
                a.recipient, a.actor, now, now, Database::deskToken() }))
        return fail(m_db.lastError());
    a.id = m_db.dialect().returnsId() ? (insert.next() ? insert.value(0).toLongLong() : 0)
                                      : insert.lastInsertId().toLongLong();
    HistoryEntry entry = HistoryEntry::arrival(a.orderId, OrderStatus::InProgressPayout, actor,
        tr("Payout approved: attempt %1 through %2, reference %3").arg(a.number).arg(provider, a.key) + secondApproval);
    entry.oldStatus = OrderStatus::InProgressPayout;
    entry.payoutStatus = PayoutAttempt::code(a.state);
    if (!OrderStore(m_db).addHistory(entry) || !transaction.commit())
        return fail(m_db.lastError());
    return a;
}

bool AttemptStore::markSent(qint64 attemptId, QString *error)
{
    // This write need not reach the disk before the request leaves: after a crash, an attempt
    // found "prepared" and one found "sent" are both reconciled as unknown.
    SkipFsync lazily(m_db);
    QSqlQuery q;
    const bool ran = m_db.exec(q,
        QStringLiteral("UPDATE payout_attempts SET state = 'sent', updated_at = ? "
                       "WHERE id = ? AND state = 'prepared'"),
        { QDateTime::currentMSecsSinceEpoch(), attemptId });
    const bool ok = ran && q.numRowsAffected() == 1;
    if (!ok && error)
        *error = ran ? tr("The attempt is no longer prepared.") : m_db.lastError();
    return ok;
}

AttemptStore::Record AttemptStore::record(const PayoutAttempt &attempt, const QList<PayoutAttempt::State> &from,
    PayoutAttempt::State to, const QString &transaction, const QString &note, std::optional<OrderStatus> orderTo,
    const QString &actor, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = m_db.lastError();
        return Record::Failed;
    }
    QVariantList values
        = { PayoutAttempt::code(to), transaction, note, QDateTime::currentMSecsSinceEpoch(), attempt.id };
    for (PayoutAttempt::State s : from)
        values << PayoutAttempt::code(s);
    QSqlQuery update;
    if (!m_db.exec(update,
            QStringLiteral(
                "UPDATE payout_attempts SET state = ?, transaction_id = COALESCE(NULLIF(?, ''), transaction_id), "
                "error = ?, updated_at = ?, checks = 0 WHERE id = ? AND state IN (%1)")
                .arg(marks(from.size())),
            values)) {
        if (error)
            *error = m_db.lastError();
        return Record::Failed;
    }
    if (update.numRowsAffected() != 1)
        return Record::Stale; // someone recorded it first: statuses only move forward
    HistoryEntry entry;
    entry.actor = actor;
    entry.payoutStatus = PayoutAttempt::code(to);
    entry.comment = note;
    entry.orderNote = transaction.isEmpty() ? QString() : tr("Provider transaction %1").arg(transaction);
    OrderStore orders(m_db);
    if (orderTo) {
        const auto change
            = orders.changeStatusInTransaction(attempt.orderId, OrderStatus::InProgressPayout, *orderTo, entry, error);
        if (change == OrderStore::Change::Failed)
            return Record::Failed;
        // An order moved on by hand meanwhile keeps its status; the attempt's outcome is still recorded.
        if (change != OrderStore::Change::Done) {
            entry.comment = note + u' ' + tr("(the order was no longer waiting for its payout)");
            entry.orderId = attempt.orderId;
            const auto current = orders.byId(attempt.orderId);
            entry.status = entry.oldStatus.emplace(current ? current->status : OrderStatus::InProgressPayout);
            orders.addHistory(entry);
        }
    } else {
        entry.orderId = attempt.orderId;
        entry.oldStatus = entry.status = OrderStatus::InProgressPayout;
        if (!orders.addHistory(entry)) {
            if (error)
                *error = m_db.lastError();
            return Record::Failed;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = m_db.lastError();
        return Record::Failed;
    }
    return Record::Done;
}

QList<PayoutAttempt> AttemptStore::read(const QString &where, const QVariantList &values)
{
    QList<PayoutAttempt> list;
    QSqlQuery q;
    if (!m_db.exec(
            q, QStringLiteral("SELECT %1 FROM payout_attempts WHERE %2 ORDER BY id").arg(columns, where), values))
        return list;
    while (q.next()) {
        PayoutAttempt a;
        a.id = q.value(0).toLongLong();
        a.orderId = q.value(1).toString();
        a.number = q.value(2).toInt();
        a.key = q.value(3).toString();
        a.provider = q.value(4).toString();
        a.state = PayoutAttempt::fromCode(q.value(5).toString()).value_or(PayoutAttempt::State::Unknown);
        a.amount = Money::parse(q.value(6).toString()).value_or(Money());
        a.currency = q.value(7).toString();
        a.recipient = q.value(8).toString();
        a.transaction = q.value(9).toString();
        a.error = q.value(10).toString();
        a.actor = q.value(11).toString();
        a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
        a.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
        list << a;
    }
    return list;
}

std::optional<PayoutAttempt> AttemptStore::byId(qint64 id)
{
    const auto list = read(QStringLiteral("id = ?"), { id });
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<PayoutAttempt> AttemptStore::byTransaction(const QString &provider, const QString &transaction)
{
    if (transaction.isEmpty())
        return std::nullopt; // an attempt that never learnt its id has an empty one: never a match
    const auto list = read(QStringLiteral("provider = ? AND transaction_id = ?"), { provider, transaction });
    return list.isEmpty() ? std::nullopt : std::optional(list.last());
}

QList<PayoutAttempt> AttemptStore::forOrder(const QString &orderId)
{
    return read(QStringLiteral("order_id = ?"), { orderId.toLower() });
}

QHash<QString, PayoutAttempt> AttemptStore::latestInQueue()
{
    QHash<QString, PayoutAttempt> latest;
    // Ordered by id, so a later attempt of an order replaces an earlier one.
    for (const PayoutAttempt &a : read(QStringLiteral("order_id IN (SELECT id FROM orders WHERE status IN "
                                                      "('inProgressPayout', 'errorPayout'))"),
             {}))
        latest.insert(a.orderId, a);
    return latest;
}

QHash<QString, PayoutAttempt> AttemptStore::latestOf(const QStringList &orderIds)
{
    QHash<QString, PayoutAttempt> latest;
    if (orderIds.isEmpty())
        return latest;
    QVariantList values;
    for (const QString &id : orderIds)
        values << id.toLower();
    for (const PayoutAttempt &a : read(QStringLiteral("order_id IN (%1)").arg(marks(orderIds.size())), values))
        latest.insert(a.orderId, a);
    return latest;
}

QList<PayoutAttempt> AttemptStore::createdBetween(const QString &provider, const QDateTime &from, const QDateTime &to)
{
    return read(QStringLiteral("provider = ? AND created_at >= ? AND created_at <= ?"),
        { provider, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() });
}

QList<PayoutAttempt> AttemptStore::inStates(const QList<PayoutAttempt::State> &states, const QString &provider)
{
    QVariantList values;
    for (PayoutAttempt::State s : states)
        values << PayoutAttempt::code(s);
    QString where = QStringLiteral("state IN (%1)").arg(marks(states.size()));
    if (!provider.isEmpty()) {
        where += QStringLiteral(" AND provider = ?");
        values << provider;
    }
    return read(where, values);
}

int AttemptStore::markInterrupted(QString *error)
{
    // In team mode only what desks that are gone left half-sent: a desk that is alive holds its
    // lock, and its payouts in flight are its own business (never reconciled for nothing).
    const QString gone = m_db.dialect().kind() == SqlDialect::Kind::PostgreSQL
        ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
                         "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                         "AND l.classid = %1 AND l.objid::bigint = payout_attempts.desk AND l.objsubid = 2)")
              .arg(Database::deskLockClass)
        : QString();
    QSqlQuery q;
    if (!m_db.exec(q,
            QStringLiteral("UPDATE payout_attempts SET state = 'unknown', updated_at = ?, "
                           "error = 'The desk stopped while this payout was being sent.' "
                           "WHERE state IN ('prepared', 'sent')")
                + gone,
            { QDateTime::currentMSecsSinceEpoch() })) {
        if (error)
            *error = m_db.lastError();
        return -1;
    }
    return q.numRowsAffected();
}

int AttemptStore::countCheck(qint64 attemptId, PayoutAttempt::State state, QString *error)
{
    // One statement each, on the book: two desks polling at once count both their checks.
    SkipFsync lazily(m_db);
    QSqlQuery q;
    if (!m_db.exec(q, QStringLiteral("UPDATE payout_attempts SET checks = checks + 1 WHERE id = ? AND state = ?"),
            { attemptId, PayoutAttempt::code(state) })
        || !m_db.exec(q, QStringLiteral("SELECT checks FROM payout_attempts WHERE id = ? AND state = ?"),
            { attemptId, PayoutAttempt::code(state) })) {
        if (error)
            *error = m_db.lastError();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0; // 0: it left that state meanwhile
}

} // namespace pd
