#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"
#include "domain/OrderStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace pd {

namespace {

// The desk's one transition table (OrderStatuses), as rows for PostgreSQL to check by.
// What each role may write (migration 11), as a function the staff table's triggers call. An
// operator updates only an attempt's state columns: `columns`, which grew in migration 15, and
// inserts into `inserts`, which grew in migration 16.
const QString operatorInserts11
    = QStringLiteral("order_history, activity_log, ipn_received, payout_attempts, approvals, blocked_recipients");
QString grantFunction(const QString &create, const QString &columns, const QString &inserts = operatorInserts11,
    const QString &updates = QStringLiteral("orders, ipn_deliveries"))
{
    return QStringLiteral(
        "{POSTGRESQL}%1 FUNCTION payoutdesk_grant(who TEXT, what TEXT) RETURNS void LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
        "DECLARE s TEXT := current_schema(); "
        "BEGIN "
        "IF who = (SELECT tableowner FROM pg_tables WHERE schemaname = s AND tablename = 'orders') THEN "
        "RETURN; END IF; "
        "EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, who); "
        "EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', s, who); "
        "IF what IS NULL THEN RETURN; END IF; "
        "EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, who); "
        "IF what = 'admin' THEN "
        "EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, who); "
        "ELSIF what = 'operator' THEN "
        "EXECUTE format('GRANT INSERT, UPDATE ON %4 TO %I', who); "
        "EXECUTE format('GRANT INSERT ON %3 TO %I', who); "
        "EXECUTE format('GRANT UPDATE (%2) ON payout_attempts TO "
        "%I', who); "
        "END IF; "
        "IF what IN ('admin', 'operator') THEN "
        "EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', s, who); END IF; "
        "END $$")
        .arg(create, columns, inserts, updates);
}

QString transitionRows()
{
    QStringList rows;
    for (const OrderStatus from : OrderStatuses::all()) {
        for (const OrderStatus to : OrderStatuses::nextStatuses(from))
            rows << QStringLiteral("('%1', '%2')").arg(OrderStatuses::code(from), OrderStatuses::code(to));
    }
    return QStringLiteral("{POSTGRESQL}INSERT INTO order_transitions (from_status, to_status) VALUES ")
        + rows.join(QStringLiteral(", "));
}

} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> list = {
        { 1, QStringLiteral("order book: orders, their history, the activity log"),
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
            } },
        { 2, QStringLiteral("payouts: attempts with their idempotency keys, provider settings"),
            {
                // An attempt is written before its request leaves (docs/DESIGN.md, "The payout
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
            } },
        { 3,
            QStringLiteral("desk settings: the workspace's own id (the keychain namespace) and other desk-wide values"),
            {
                QStringLiteral("CREATE TABLE desk_settings ("
                               " key TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL)"),
            } },
        { 4, QStringLiteral("payouts: find an attempt by the provider's transaction id (webhooks) and by order"),
            {
                QStringLiteral(
                    "CREATE INDEX payout_attempts_by_transaction ON payout_attempts (provider, transaction_id)"),
                QStringLiteral("CREATE INDEX payout_attempts_by_order ON payout_attempts (order_id, attempt_no)"),
            } },
        { 5, QStringLiteral("merchant protocol: IPNs received and sent, orders created through the desk"),
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
            } },
        { 6, QStringLiteral("dashboard: the payouts of a period, read by one range scan"),
            {
                QStringLiteral("CREATE INDEX payout_attempts_by_time ON payout_attempts (created_at)"),
            } },
        { 7, QStringLiteral("team mode: every desk hears of a changed order or payout at once (PostgreSQL NOTIFY)"),
            {
                // On PostgreSQL only ({POSTGRESQL}): a desk on SQLite is alone with its book. The
                // payload names the table and the order, so a desk re-reads that order's page, not
                // whole tables; NOTIFY is sent at commit, so nobody hears of a change rolled back.
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_notify_order() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN PERFORM pg_notify('payoutdesk_book', 'orders:' || NEW.id); RETURN NULL; END $$"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_notify_payout() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN PERFORM pg_notify('payoutdesk_book', 'payout_attempts:' || NEW.order_id); RETURN NULL; END "
                    "$$"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders "
                               "FOR EACH ROW EXECUTE FUNCTION payoutdesk_notify_order()"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE TRIGGER payout_attempts_notify AFTER INSERT OR UPDATE ON payout_attempts "
                    "FOR EACH ROW EXECUTE FUNCTION payoutdesk_notify_payout()"),
            } },
        { 8, QStringLiteral("team mode at size: order counts kept by the book, trigram search of recipients"),
            {
                // A count over ten million rows takes a second; the page shows one on every refresh.
                // PostgreSQL keeps the count per status itself, exactly, as each statement commits
                // (statement triggers over transition tables: one update per status, not per row).
                QStringLiteral("{POSTGRESQL}CREATE TABLE order_counts (status TEXT PRIMARY KEY, n BIGINT NOT NULL)"),
                QStringLiteral(
                    "{POSTGRESQL}INSERT INTO order_counts SELECT status, COUNT(*) FROM orders GROUP BY status"),
                QStringLiteral("{POSTGRESQL}CREATE FUNCTION payoutdesk_count_orders() RETURNS trigger LANGUAGE plpgsql "
                               "AS $$ BEGIN "
                               "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
                               "UPDATE order_counts c SET n = c.n - o.k FROM (SELECT status, COUNT(*) AS k FROM "
                               "old_rows GROUP BY status) o "
                               "WHERE c.status = o.status; END IF; "
                               "IF TG_OP IN ('UPDATE', 'INSERT') THEN "
                               "INSERT INTO order_counts SELECT status, COUNT(*) FROM new_rows GROUP BY status "
                               "ON CONFLICT (status) DO UPDATE SET n = order_counts.n + EXCLUDED.n; END IF; "
                               "RETURN NULL; END $$"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_count_insert AFTER INSERT ON orders REFERENCING NEW "
                               "TABLE AS new_rows "
                               "FOR EACH STATEMENT EXECUTE FUNCTION payoutdesk_count_orders()"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_count_update AFTER UPDATE ON orders REFERENCING OLD "
                               "TABLE AS old_rows "
                               "NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION payoutdesk_count_orders()"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_count_delete AFTER DELETE ON orders REFERENCING OLD "
                               "TABLE AS old_rows "
                               "FOR EACH STATEMENT EXECUTE FUNCTION payoutdesk_count_orders()"),
                // The search box: part of a recipient anywhere (trigrams), the start of an order id
                // whatever the server's collation.
                QStringLiteral("{POSTGRESQL}CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE INDEX orders_recipient_trigrams ON orders USING gin (recipient gin_trgm_ops)"),
                QStringLiteral("{POSTGRESQL}CREATE INDEX orders_id_prefix ON orders (id text_pattern_ops)"),
            } },
        { 9, QStringLiteral("payout limits per provider and currency, checked inside the claim"),
            {
                QStringLiteral("CREATE TABLE payout_limits ("
                               " provider TEXT NOT NULL,"
                               " currency TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " value TEXT NOT NULL,"
                               " updated_at BIGINT NOT NULL,"
                               " PRIMARY KEY (provider, currency, kind))"),
                // The day's and month's payouts of one provider and currency, read by a range.
                QStringLiteral("CREATE INDEX payout_attempts_by_provider_time ON payout_attempts (provider, currency, "
                               "created_at)"),
            } },
        { 10, QStringLiteral("destination checks: blocked addresses and card numbers"),
            {
                QStringLiteral("CREATE TABLE blocked_recipients ("
                               " value TEXT PRIMARY KEY,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " added_by TEXT NOT NULL,"
                               " added_at BIGINT NOT NULL)"),
            } },
        { 11, QStringLiteral("staff and their roles; four-eyes approval of large payouts"),
            {
                // Who may do what. On one desk (SQLite) the OS user is the admin and this table
                // stays empty; in team mode each login is a PostgreSQL role, and what its role
                // allows is granted by PostgreSQL itself (payoutdesk_grant below), so that SQL
                // typed by hand with an operator's login cannot do what the desk would not.
                QStringLiteral("CREATE TABLE staff ("
                               " login TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL DEFAULT '',"
                               " role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),"
                               " added_by TEXT NOT NULL,"
                               " added_at BIGINT NOT NULL)"),
                // One row per staff member who approved a payout above its currency's four-eyes
                // threshold: for the order's next attempt, its amount and recipient as approved
                // (a changed order needs approving again). One person approves once.
                QStringLiteral("CREATE TABLE approvals ("
                               " order_id TEXT NOT NULL REFERENCES orders(id),"
                               " attempt_no INTEGER NOT NULL,"
                               " amount TEXT NOT NULL,"
                               " recipient TEXT NOT NULL,"
                               " approver TEXT NOT NULL,"
                               " at BIGINT NOT NULL,"
                               " PRIMARY KEY (order_id, attempt_no, amount, recipient, approver))"),
                // The login that creates the team's book is its first admin.
                QStringLiteral("{POSTGRESQL}INSERT INTO staff (login, name, role, added_by, added_at) VALUES "
                               "(session_user, '', 'admin', session_user, (extract(epoch FROM clock_timestamp()) * "
                               "1000)::bigint)"),
                // What each role may write, granted per login by the book's owner (SECURITY
                // DEFINER), whenever a staff row changes or a migration adds tables. Viewers read;
                // operators take orders in (IPN), change statuses, claim and record payouts (only
                // the state columns of an attempt), approve, log, and add to the blocklist;
                // admins write everything: providers, limits, staff, settings. Nobody but the
                // owner may call it (EXECUTE revoked below).
                grantFunction(QStringLiteral("CREATE"), QStringLiteral("state, transaction_id, error, updated_at")),
                QStringLiteral("{POSTGRESQL}REVOKE ALL ON FUNCTION payoutdesk_grant(TEXT, TEXT) FROM PUBLIC"),
                QStringLiteral("{POSTGRESQL}CREATE FUNCTION payoutdesk_regrant() RETURNS void LANGUAGE plpgsql "
                               "SECURITY DEFINER SET search_path FROM CURRENT AS $$ "
                               "DECLARE m RECORD; BEGIN FOR m IN SELECT login, role FROM staff LOOP "
                               "PERFORM payoutdesk_grant(m.login, m.role); END LOOP; END $$"),
                QStringLiteral("{POSTGRESQL}REVOKE ALL ON FUNCTION payoutdesk_regrant() FROM PUBLIC"),
                // A staff row written is a grant made: a login that does not exist is refused
                // with PostgreSQL's own words, and the book always keeps an admin.
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_staff_changed() RETURNS trigger LANGUAGE plpgsql "
                    "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
                    "IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM payoutdesk_grant(OLD.login, NULL); END IF; "
                    "IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM payoutdesk_grant(NEW.login, NEW.role); END IF; "
                    "IF NOT EXISTS (SELECT 1 FROM staff WHERE role = 'admin') THEN "
                    "RAISE EXCEPTION 'the order book must keep at least one admin' USING ERRCODE = 'check_violation'; "
                    "END IF; "
                    "RETURN NULL; END $$"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER staff_grants AFTER INSERT OR UPDATE OR DELETE ON staff "
                               "FOR EACH ROW EXECUTE FUNCTION payoutdesk_staff_changed()"),
                // The counts kept for the orders page are the book's, not the writer's.
                QStringLiteral("{POSTGRESQL}ALTER FUNCTION payoutdesk_count_orders() SECURITY DEFINER SET search_path "
                               "FROM CURRENT"),
                // An approval is signed by the login that gives it: nobody approves in another's
                // name (the owner may, to move a book's history in).
                QStringLiteral("{POSTGRESQL}CREATE FUNCTION payoutdesk_check_approval() RETURNS trigger LANGUAGE "
                               "plpgsql AS $$ BEGIN "
                               "IF NEW.approver <> session_user AND session_user <> (SELECT tableowner FROM pg_tables "
                               "WHERE schemaname = current_schema() AND tablename = 'approvals') THEN "
                               "RAISE EXCEPTION 'an approval is given by the login that signs it (%), not by %', "
                               "session_user, NEW.approver "
                               "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER approvals_signed BEFORE INSERT OR UPDATE ON approvals "
                               "FOR EACH ROW EXECUTE FUNCTION payoutdesk_check_approval()"),
                // The lock behind four-eyes: no attempt above its currency's threshold is written
                // (and so none is sent) without two different staff members' approvals of exactly
                // that attempt, amount and recipient, whoever writes it and however.
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_check_four_eyes() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "DECLARE threshold NUMERIC; approvers BIGINT; BEGIN "
                    "SELECT value::numeric INTO threshold FROM payout_limits "
                    "WHERE provider = '*' AND currency = NEW.currency AND kind = 'four_eyes'; "
                    "IF threshold IS NULL OR NEW.amount::numeric <= threshold THEN RETURN NEW; END IF; "
                    "SELECT COUNT(DISTINCT a.approver) INTO approvers FROM approvals a JOIN staff s ON s.login = "
                    "a.approver "
                    "AND s.role IN ('operator', 'admin') WHERE a.order_id = NEW.order_id AND a.attempt_no = "
                    "NEW.attempt_no "
                    "AND a.amount = NEW.amount AND a.recipient = NEW.recipient; "
                    "IF approvers < 2 THEN RAISE EXCEPTION 'payout % of % % is above the four-eyes threshold of % and "
                    "has % "
                    "approval(s): two staff members must approve it', NEW.idempotency_key, NEW.amount, NEW.currency, "
                    "threshold, "
                    "approvers USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER payout_attempts_four_eyes BEFORE INSERT OR UPDATE OF "
                               "order_id, attempt_no, "
                               "amount, currency, recipient ON payout_attempts FOR EACH ROW EXECUTE FUNCTION "
                               "payoutdesk_check_four_eyes()"),
            } },
        { 12,
            QStringLiteral("recipient integrity: the pinned recipient, and what the site sent that waits for a person"),
            {
                // How and when the recipient was learnt; books from before say "earlier".
                QStringLiteral("ALTER TABLE orders ADD COLUMN recipient_source TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE orders ADD COLUMN recipient_pinned_at BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE orders SET recipient_source = 'earlier', recipient_pinned_at = created_at"),
                // A recipient the site sent after the order was pinned: the order cannot be paid
                // until a person accepts or refuses it (the claim checks).
                QStringLiteral("ALTER TABLE orders ADD COLUMN proposed_to_values TEXT"),
                QStringLiteral("ALTER TABLE orders ADD COLUMN proposed_at BIGINT NOT NULL DEFAULT 0"),
                // A status the site sent that cannot follow the order's own: kept, not applied.
                QStringLiteral("ALTER TABLE orders ADD COLUMN site_status TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE orders ADD COLUMN site_status_at BIGINT NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX orders_for_a_person ON orders (proposed_at) WHERE proposed_at <> 0"),
                // The desk that claimed an attempt (Database::deskToken): a starting desk recovers
                // only the attempts of desks that are gone.
                QStringLiteral("ALTER TABLE payout_attempts ADD COLUMN desk BIGINT NOT NULL DEFAULT 0"),
            } },
        { 13, QStringLiteral("team mode: the book refuses what the desk would refuse, whoever types it"),
            {
                // SQL typed by hand with a staff member's own login changes orders and payouts only
                // as the desk would: statuses by the transition table, payouts forward only, a
                // pinned recipient changed by an admin alone, nothing a payout pays changed once it
                // is on its way, and every change written in the order's history in the same
                // transaction. (One desk's SQLite book is its OS user's: there is no other login.)
                QStringLiteral("{POSTGRESQL}CREATE TABLE order_transitions (from_status TEXT NOT NULL, to_status TEXT "
                               "NOT NULL, PRIMARY KEY (from_status, to_status))"),
                transitionRows(),
                QStringLiteral(
                    "{POSTGRESQL}ALTER TABLE order_history ADD COLUMN tx BIGINT NOT NULL DEFAULT txid_current()"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_check_order_change() RETURNS trigger LANGUAGE plpgsql "
                    "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
                    "IF NEW.status <> OLD.status AND NOT EXISTS (SELECT 1 FROM order_transitions "
                    "WHERE from_status = OLD.status AND to_status = NEW.status) THEN "
                    "RAISE EXCEPTION 'order % cannot move from % to %', OLD.uid, OLD.status, NEW.status "
                    "USING ERRCODE = 'check_violation'; END IF; "
                    "IF NEW.to_values IS DISTINCT FROM OLD.to_values AND session_user <> (SELECT tableowner FROM "
                    "pg_tables WHERE schemaname = current_schema() AND tablename = 'orders') AND COALESCE((SELECT role "
                    "FROM staff WHERE login = session_user), '') <> 'admin' THEN "
                    "RAISE EXCEPTION 'the recipient of order % is pinned: only an admin accepts another one', OLD.uid "
                    "USING ERRCODE = 'insufficient_privilege'; END IF; "
                    "IF (NEW.in_amount, NEW.out_amount, NEW.xml_from, NEW.xml_to, NEW.to_values) IS DISTINCT FROM "
                    "(OLD.in_amount, OLD.out_amount, OLD.xml_from, OLD.xml_to, OLD.to_values) AND EXISTS (SELECT 1 "
                    "FROM "
                    "payout_attempts a WHERE a.order_id = OLD.id AND a.state <> 'failed') THEN "
                    "RAISE EXCEPTION 'order % has a payout on its way or made: what it pays and to whom stay as they "
                    "were', OLD.uid USING ERRCODE = 'check_violation'; END IF; "
                    "RETURN NEW; END $$"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER orders_change_as_the_desk BEFORE UPDATE ON orders FOR EACH "
                               "ROW EXECUTE FUNCTION payoutdesk_check_order_change()"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_check_order_history() RETURNS trigger LANGUAGE plpgsql "
                    "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
                    "IF NOT EXISTS (SELECT 1 FROM order_history WHERE order_id = NEW.id AND tx = txid_current()) THEN "
                    "RAISE EXCEPTION 'a change of order % is written in its history in the same transaction', NEW.uid "
                    "USING ERRCODE = 'check_violation'; END IF; RETURN NULL; END $$"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE CONSTRAINT TRIGGER orders_changes_have_history AFTER UPDATE ON orders "
                    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status "
                    "OR OLD.in_amount IS DISTINCT FROM NEW.in_amount OR OLD.out_amount IS DISTINCT FROM "
                    "NEW.out_amount OR OLD.xml_from IS DISTINCT FROM NEW.xml_from OR OLD.xml_to IS DISTINCT "
                    "FROM NEW.xml_to OR OLD.to_values IS DISTINCT FROM NEW.to_values OR "
                    "OLD.proposed_to_values IS DISTINCT FROM NEW.proposed_to_values) "
                    "EXECUTE FUNCTION payoutdesk_check_order_history()"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE FUNCTION payoutdesk_check_attempt_change() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ "
                    "BEGIN "
                    "IF OLD.state IN ('paid', 'failed') AND (NEW.state <> OLD.state OR NEW.transaction_id IS DISTINCT "
                    "FROM OLD.transaction_id) THEN "
                    "RAISE EXCEPTION 'payout % is %: that is final', OLD.idempotency_key, OLD.state "
                    "USING ERRCODE = 'check_violation'; END IF; "
                    "IF NEW.state <> OLD.state AND (OLD.state, NEW.state) NOT IN (VALUES ('prepared', 'sent'), "
                    "('prepared', 'failed'), ('prepared', 'unknown'), ('prepared', 'paid'), ('prepared', 'pending'), "
                    "('prepared', 'needsAttention'), ('sent', 'pending'), ('sent', 'paid'), ('sent', 'failed'), "
                    "('sent', 'unknown'), ('sent', 'needsAttention'), ('pending', 'paid'), ('pending', 'failed'), "
                    "('pending', 'unknown'), ('pending', 'needsAttention'), ('unknown', 'paid'), ('unknown', "
                    "'failed'), "
                    "('unknown', 'pending'), ('unknown', 'needsAttention'), ('needsAttention', 'paid'), "
                    "('needsAttention', 'failed')) THEN "
                    "RAISE EXCEPTION 'payout % cannot go from % to %: payouts only move forward', OLD.idempotency_key, "
                    "OLD.state, NEW.state USING ERRCODE = 'check_violation'; END IF; "
                    "IF (NEW.order_id, NEW.attempt_no, NEW.idempotency_key, NEW.provider, NEW.amount, NEW.currency, "
                    "NEW.recipient) IS DISTINCT FROM (OLD.order_id, OLD.attempt_no, OLD.idempotency_key, OLD.provider, "
                    "OLD.amount, OLD.currency, OLD.recipient) THEN "
                    "RAISE EXCEPTION 'what payout % pays, and to whom, never changes', OLD.idempotency_key "
                    "USING ERRCODE = 'check_violation'; END IF; "
                    "RETURN NEW; END $$"),
                QStringLiteral(
                    "{POSTGRESQL}CREATE TRIGGER payout_attempts_forward_only BEFORE UPDATE ON payout_attempts "
                    "FOR EACH ROW EXECUTE FUNCTION payoutdesk_check_attempt_change()"),
            } },
        { 14,
            QStringLiteral(
                "search at size: a trigram index of recipients on SQLite, card numbers whatever their spaces"),
            {
                // Part of a recipient anywhere, answered from an index on SQLite too: FTS5's trigram
                // tokenizer, keyed by the UID, kept in step by triggers, so by the very statement (and
                // transaction) that writes the order. Both books index the recipient without its
                // spaces and dashes, and the search drops them too: "4149 6090", "4149-6090" and
                // "41496090" find the same card (OrderQuery::searchCondition).
                QStringLiteral("{SQLITE}CREATE VIRTUAL TABLE orders_search USING fts5(recipient, content='', "
                               "tokenize='trigram', columnsize=0)"),
                QStringLiteral("{SQLITE}CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN "
                               "INSERT INTO orders_search (rowid, recipient) "
                               "VALUES (NEW.uid, replace(replace(NEW.recipient, ' ', ''), '-', '')); END"),
                QStringLiteral("{SQLITE}CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
                               "INSERT INTO orders_search (orders_search, rowid, recipient) "
                               "VALUES ('delete', OLD.uid, replace(replace(OLD.recipient, ' ', ''), '-', '')); END"),
                QStringLiteral("{SQLITE}CREATE TRIGGER orders_search_update AFTER UPDATE OF uid, recipient ON orders "
                               "WHEN OLD.uid <> NEW.uid OR OLD.recipient <> NEW.recipient BEGIN "
                               "INSERT INTO orders_search (orders_search, rowid, recipient) "
                               "VALUES ('delete', OLD.uid, replace(replace(OLD.recipient, ' ', ''), '-', '')); "
                               "INSERT INTO orders_search (rowid, recipient) "
                               "VALUES (NEW.uid, replace(replace(NEW.recipient, ' ', ''), '-', '')); END"),
                QStringLiteral("{SQLITE}INSERT INTO orders_search (rowid, recipient) "
                               "SELECT uid, replace(replace(recipient, ' ', ''), '-', '') FROM orders"),
                QStringLiteral("{POSTGRESQL}CREATE INDEX orders_recipient_compact_trigrams ON orders USING gin "
                               "((replace(replace(recipient, ' ', ''), '-', '')) gin_trgm_ops)"),
                QStringLiteral("{POSTGRESQL}DROP INDEX orders_recipient_trigrams"),
            } },
        { 15, QStringLiteral("the poller's checks of an unresolved payout, kept in the book"),
            {
                // How many times the provider was asked about the attempt in its present state: the
                // budget after which a person decides holds across `payout poll` runs and restarts
                // (PayoutPoller), not only within one process.
                QStringLiteral("ALTER TABLE payout_attempts ADD COLUMN checks INTEGER NOT NULL DEFAULT 0"),
                // Operators' desks count them: the column joins the state columns they may update
                // (every member's grants are made again at the end of the migration).
                grantFunction(QStringLiteral("CREATE OR REPLACE"),
                    QStringLiteral("state, transaction_id, error, updated_at, checks")),
                // A check counted is no news for the other desks: they hear of an attempt's state.
                QStringLiteral("{POSTGRESQL}DROP TRIGGER payout_attempts_notify ON payout_attempts"),
                QStringLiteral("{POSTGRESQL}CREATE TRIGGER payout_attempts_notify AFTER INSERT OR UPDATE OF state, "
                               "transaction_id, error ON payout_attempts FOR EACH ROW EXECUTE FUNCTION "
                               "payoutdesk_notify_payout()"),
            } },
        { 16, QStringLiteral("the providers' webhook nonces, kept in the book"),
            {
                // A provider that numbers its webhooks (WhiteBIT's nonce): a webhook whose number
                // is not above the last one taken is a replay. In the book, not in the adapter,
                // which the desk makes anew for every webhook, and shared by the team's desks.
                QStringLiteral("CREATE TABLE webhook_nonces (provider TEXT NOT NULL, nonce BIGINT NOT NULL, "
                               "received_at BIGINT NOT NULL, PRIMARY KEY (provider, nonce))"),
                // The listening desk may be an operator's: it takes webhooks in.
                grantFunction(QStringLiteral("CREATE OR REPLACE"),
                    QStringLiteral("state, transaction_id, error, updated_at, checks"),
                    operatorInserts11 + QStringLiteral(", webhook_nonces")),
            } },
        { 17, QStringLiteral("reconciliation with the providers' statements: runs and mismatches"),
            {
                QStringLiteral("CREATE TABLE reconciliation_runs ("
                               " id {AUTO_ID},"
                               " provider TEXT NOT NULL,"
                               " period_from BIGINT NOT NULL,"
                               " period_to BIGINT NOT NULL,"
                               " ran_at BIGINT NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " rows_read INTEGER NOT NULL,"
                               " matched INTEGER NOT NULL,"
                               " mismatched INTEGER NOT NULL,"
                               " settled INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX reconciliation_runs_by_period ON reconciliation_runs (provider, period_to)"),
                // One row per provider, kind and key, whichever run found it first: a run that
                // finds it again adds nothing, and one resolved stays resolved (resolved_at > 0).
                QStringLiteral("CREATE TABLE reconciliation_mismatches ("
                               " id {AUTO_ID},"
                               " run_id BIGINT NOT NULL REFERENCES reconciliation_runs(id),"
                               " provider TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " mkey TEXT NOT NULL,"
                               " order_id TEXT NOT NULL DEFAULT '',"
                               " attempt_id BIGINT NOT NULL DEFAULT 0,"
                               " desk_side TEXT NOT NULL DEFAULT '',"
                               " provider_side TEXT NOT NULL DEFAULT '',"
                               " found_at BIGINT NOT NULL,"
                               " resolved_at BIGINT NOT NULL DEFAULT 0,"
                               " resolved_by TEXT NOT NULL DEFAULT '',"
                               " comment TEXT NOT NULL DEFAULT '',"
                               " UNIQUE (provider, kind, mkey))"),
                QStringLiteral(
                    "CREATE INDEX reconciliation_mismatches_open ON reconciliation_mismatches (resolved_at, id)"),
                // The desk that reconciles may be an operator's, and so may the one who resolves.
                grantFunction(QStringLiteral("CREATE OR REPLACE"),
                    QStringLiteral("state, transaction_id, error, updated_at, checks"),
                    operatorInserts11
                        + QStringLiteral(", webhook_nonces, reconciliation_runs, reconciliation_mismatches"),
                    QStringLiteral("orders, ipn_deliveries, reconciliation_runs, reconciliation_mismatches")),
            } },
    };
    return list;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(Database &database, QString *error)
{
    // Read first: a staff member's login may not create tables (nor run CREATE TABLE IF NOT
    // EXISTS on one that exists); only a new book needs the table made.
    QSqlQuery query;
    const QString read = QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (database.connection().tables().contains(QStringLiteral("schema_migrations")) && database.exec(query, read)
        && query.next())
        return query.value(0).toInt();
    if (!database.exec(query,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                           " version INTEGER PRIMARY KEY,"
                           " description TEXT NOT NULL,"
                           " applied_at BIGINT NOT NULL)"))
        || !database.exec(query, read) || !query.next()) {
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
    const bool postgres = database.dialect().kind() == SqlDialect::Kind::PostgreSQL;
    if (postgres && current < target) {
        // A staff member's login may not change the book's tables: its owner upgrades it.
        QSqlQuery may;
        if (database.exec(may, QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE'), session_user"))
            && may.next() && !may.value(0).toBool())
            return fail(QCoreApplication::translate("Migrations",
                "This order book needs upgrading to schema version %1, which the login %2 "
                "may not do. Its owner opens it with this PayoutDesk first.")
                            .arg(target)
                            .arg(may.value(1).toString()));
    }
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
                { step.version, step.description, QDateTime::currentMSecsSinceEpoch() }))
            return fail(database.lastError());
    }
    // New tables reach every staff member with what their role allows.
    if (postgres && current < target && target >= 11 && !database.exec(QStringLiteral("SELECT payoutdesk_regrant()")))
        return fail(database.lastError());
    if (!transaction.commit())
        return fail(database.lastError());
    return true;
}

} // namespace pd
