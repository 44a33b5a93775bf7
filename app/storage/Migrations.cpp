#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace pd {

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> list = {
        {1,
         QStringLiteral("order book: orders, their history, the activity log"),
         {
             // Amounts are exact decimal text as the merchant protocol sends them; times are
             // unix milliseconds (UTC), which compare and index the same on both engines.
             QStringLiteral("CREATE TABLE orders ("
                            " id TEXT PRIMARY KEY,"
                            " uid BIGINT NOT NULL UNIQUE,"
                            " status TEXT NOT NULL,"
                            " in_amount TEXT NOT NULL,"
                            " out_amount TEXT NOT NULL,"
                            " xml_from TEXT NOT NULL,"
                            " xml_to TEXT NOT NULL,"
                            " to_values TEXT NOT NULL DEFAULT '[]',"
                            " recipient TEXT NOT NULL DEFAULT '',"
                            " route_id TEXT NOT NULL DEFAULT '',"
                            " partner TEXT NOT NULL DEFAULT '',"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " revision INTEGER NOT NULL DEFAULT 1)"),
             // One index per filter and sort the orders page offers; the id at the end makes
             // every order a unique keyset position.
             QStringLiteral("CREATE INDEX orders_by_created ON orders (created_at, id)"),
             QStringLiteral("CREATE INDEX orders_by_updated ON orders (updated_at, id)"),
             QStringLiteral("CREATE INDEX orders_by_status ON orders (status, created_at, id)"),
             QStringLiteral("CREATE INDEX orders_by_xml_from ON orders (xml_from, created_at, id)"),
             QStringLiteral("CREATE INDEX orders_by_xml_to ON orders (xml_to, created_at, id)"),
             QStringLiteral("CREATE INDEX orders_by_recipient ON orders (recipient)"),
             QStringLiteral("CREATE TABLE order_history ("
                            " id {AUTO_ID},"
                            " order_id TEXT NOT NULL REFERENCES orders(id),"
                            " old_status TEXT,"
                            " status TEXT NOT NULL,"
                            " payout_status TEXT NOT NULL DEFAULT '',"
                            " order_note TEXT NOT NULL DEFAULT '',"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " actor TEXT NOT NULL,"
                            " at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX order_history_by_order ON order_history (order_id, id)"),
             QStringLiteral("CREATE INDEX order_history_by_time ON order_history (at, id)"),
             QStringLiteral("CREATE TABLE activity_log ("
                            " id {AUTO_ID},"
                            " at BIGINT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " subject TEXT NOT NULL DEFAULT '',"
                            " message TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX activity_log_by_time ON activity_log (at, id)"),
         }},
        {2,
         QStringLiteral("payouts: attempts with their idempotency keys, provider settings"),
         {
             // An attempt is written before its request leaves (DESIGN.md, "The payout
             // engine"); the unique key is what the provider sees as our reference.
             QStringLiteral("CREATE TABLE payout_attempts ("
                            " id {AUTO_ID},"
                            " order_id TEXT NOT NULL REFERENCES orders(id),"
                            " attempt_no INTEGER NOT NULL,"
                            " idempotency_key TEXT NOT NULL UNIQUE,"
                            " provider TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " amount TEXT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " recipient TEXT NOT NULL DEFAULT '',"
                            " transaction_id TEXT NOT NULL DEFAULT '',"
                            " error TEXT NOT NULL DEFAULT '',"
                            " actor TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " UNIQUE (order_id, attempt_no))"),
             QStringLiteral("CREATE INDEX payout_attempts_by_state ON payout_attempts (state, provider)"),
             // Non-secret settings only: secrets live in the OS keychain.
             QStringLiteral("CREATE TABLE provider_settings ("
                            " provider TEXT NOT NULL,"
                            " key TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " PRIMARY KEY (provider, key))"),
         }},
        {3,
         QStringLiteral("desk settings: the workspace's own id (the keychain namespace) and other desk-wide values"),
         {
             QStringLiteral("CREATE TABLE desk_settings ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         }},
        {4,
         QStringLiteral("payouts: find an attempt by the provider's transaction id (webhooks) and by order"),
         {
             QStringLiteral("CREATE INDEX payout_attempts_by_transaction ON payout_attempts (provider, transaction_id)"),
             QStringLiteral("CREATE INDEX payout_attempts_by_order ON payout_attempts (order_id, attempt_no)"),
         }},
        {5,
         QStringLiteral("merchant protocol: IPNs received and sent, orders created through the desk"),
         {
             // The order's secret is half of its payment link (/payment/UID/SECRET), which is
             // given to the client: a capability, not an API secret. Its IPN secret is an API
             // secret and lives in the keychain.
             QStringLiteral("ALTER TABLE orders ADD COLUMN secret TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE orders ADD COLUMN ipn_url TEXT NOT NULL DEFAULT ''"),
             // When the order's status was last set (the site's clock for an IPN, the desk's
             // for its own changes): an older IPN never rolls the status back.
             QStringLiteral("ALTER TABLE orders ADD COLUMN status_at BIGINT NOT NULL DEFAULT 0"),
             // Every IPN accepted, by its checksum: a duplicate is recognised and changes nothing.
             QStringLiteral("CREATE TABLE ipn_received ("
                            " checksum TEXT PRIMARY KEY,"
                            " order_id TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " sent_at BIGINT NOT NULL,"
                            " received_at BIGINT NOT NULL)"),
             // IPNs the desk sends for orders created through it with an IPN URL: an outbox,
             // written in the transaction that changes the status, then delivered.
             QStringLiteral("CREATE TABLE ipn_deliveries ("
                            " id {AUTO_ID},"
                            " order_id TEXT NOT NULL REFERENCES orders(id),"
                            " status TEXT NOT NULL,"
                            " sent_at BIGINT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " tries INTEGER NOT NULL DEFAULT 0,"
                            " http_status INTEGER NOT NULL DEFAULT 0,"
                            " error TEXT NOT NULL DEFAULT '',"
                            " next_at BIGINT NOT NULL DEFAULT 0,"
                            " updated_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX ipn_deliveries_by_state ON ipn_deliveries (state, next_at)"),
             QStringLiteral("CREATE INDEX ipn_deliveries_by_order ON ipn_deliveries (order_id, id)"),
         }},
        {6,
         QStringLiteral("dashboard: the payouts of a period, read by one range scan"),
         {
             QStringLiteral("CREATE INDEX payout_attempts_by_time ON payout_attempts (created_at)"),
         }},
        {7,
         QStringLiteral("team mode: every desk hears of a changed order or payout at once (PostgreSQL NOTIFY)"),
         {
             // On PostgreSQL only ({POSTGRESQL}): a desk on SQLite is alone with its book. The
             // payload names the table and the order, so a desk re-reads that order's page, not
             // whole tables; NOTIFY is sent at commit, so nobody hears of a change rolled back.
             QStringLiteral("{POSTGRESQL}CREATE FUNCTION payoutdesk_notify_order() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN PERFORM pg_notify('payoutdesk_book', 'orders:' || NEW.id); RETURN NULL; END $$"),
             QStringLiteral("{POSTGRESQL}CREATE FUNCTION payoutdesk_notify_payout() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN PERFORM pg_notify('payoutdesk_book', 'payout_attempts:' || NEW.order_id); RETURN NULL; END $$"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders "
                            "FOR EACH ROW EXECUTE FUNCTION payoutdesk_notify_order()"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER payout_attempts_notify AFTER INSERT OR UPDATE ON payout_attempts "
                            "FOR EACH ROW EXECUTE FUNCTION payoutdesk_notify_payout()"),
         }},
        {8,
         QStringLiteral("team mode at size: order counts kept by the book, trigram search of recipients"),
         {
             // A count over ten million rows takes a second; the page shows one on every refresh.
             // PostgreSQL keeps the count per status itself, exactly, as each statement commits
             // (statement triggers over transition tables: one update per status, not per row).
             QStringLiteral("{POSTGRESQL}CREATE TABLE order_counts (status TEXT PRIMARY KEY, n BIGINT NOT NULL)"),
             QStringLiteral("{POSTGRESQL}INSERT INTO order_counts SELECT status, COUNT(*) FROM orders GROUP BY status"),
             QStringLiteral("{POSTGRESQL}CREATE FUNCTION payoutdesk_count_orders() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
                            "UPDATE order_counts c SET n = c.n - o.k FROM (SELECT status, COUNT(*) AS k FROM old_rows GROUP BY status) o "
                            "WHERE c.status = o.status; END IF; "
                            "IF TG_OP IN ('UPDATE', 'INSERT') THEN "
                            "INSERT INTO order_counts SELECT status, COUNT(*) FROM new_rows GROUP BY status "
                            "ON CONFLICT (status) DO UPDATE SET n = order_counts.n + EXCLUDED.n; END IF; "
                            "RETURN NULL; END $$"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_count_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows "
                            "FOR EACH STATEMENT EXECUTE FUNCTION payoutdesk_count_orders()"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_count_update AFTER UPDATE ON orders REFERENCING OLD TABLE AS old_rows "
                            "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payoutdesk_count_orders()"),
             QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_count_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows "
                            "FOR EACH STATEMENT EXECUTE FUNCTION payoutdesk_count_orders()"),
             // The search box: part of a recipient anywhere (trigrams), the start of an order id
             // whatever the server's collation.
             QStringLiteral("{POSTGRESQL}CREATE EXTENSION IF NOT EXISTS pg_trgm"),
             QStringLiteral("{POSTGRESQL}CREATE INDEX orders_recipient_trigrams ON orders USING gin (recipient gin_trgm_ops)"),
             QStringLiteral("{POSTGRESQL}CREATE INDEX orders_id_prefix ON orders (id text_pattern_ops)"),
         }},
        {9,
         QStringLiteral("payout limits per provider and currency, checked inside the claim"),
         {
             QStringLiteral("CREATE TABLE payout_limits ("
                            " provider TEXT NOT NULL,"
                            " currency TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " updated_at BIGINT NOT NULL,"
                            " PRIMARY KEY (provider, currency, kind))"),
             // The day's and month's payouts of one provider and currency, read by a range.
             QStringLiteral("CREATE INDEX payout_attempts_by_provider_time ON payout_attempts (provider, currency, created_at)"),
         }},
        {10,
         QStringLiteral("destination checks: blocked addresses and card numbers"),
         {
             QStringLiteral("CREATE TABLE blocked_recipients ("
                            " value TEXT PRIMARY KEY,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " added_by TEXT NOT NULL,"
                            " added_at BIGINT NOT NULL)"),
         }},
    };
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(Database &database, QString *error)
{
    QSqlQuery query;
    if (!database.exec(query, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             " version INTEGER PRIMARY KEY,"
                                             " description TEXT NOT NULL,"
                                             " applied_at BIGINT NOT NULL)"))
        || !database.exec(query, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !query.next()) {
        if (error)
            *error = database.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrations::migrate(Database &database, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (currentVersion(database, error) < 0)
        return false;

    Transaction transaction(database);
    if (!transaction.isActive())
        return fail(database.lastError());
    // Read again under the write lock: another desk may have migrated meanwhile.
    const int current = currentVersion(database, error);
    if (current < 0)
        return false;
    if (current > latestVersion())
        return fail(QCoreApplication::translate("Migrations",
                                                "This order book has schema version %1, written by a newer "
                                                "PayoutDesk (this one knows up to %2). Update PayoutDesk.")
                        .arg(current)
                        .arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        for (const QString &statement : step.statements) {
            const QString sql = database.dialect().expand(statement);
            if (sql.isEmpty())
                continue; // for the other engine only
            if (!database.exec(sql))
                return fail(QCoreApplication::translate("Migrations", "Migration to version %1 failed: %2")
                                .arg(step.version)
                                .arg(database.lastError()));
        }
        if (!database.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                          "VALUES (?, ?, ?)"),
                           {step.version, step.description, QDateTime::currentMSecsSinceEpoch()}))
            return fail(database.lastError());
    }
    if (!transaction.commit())
        return fail(database.lastError());
    return true;
}

} // namespace pd
