#include "OrderQuery.h"

#include "domain/Order.h"

namespace pd {

namespace {

QString escapeLike(QString text)
{
    return text.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
}

// A card or account number as staff type it, "4149 6090-1234", is found however it was
// stored: the book indexes recipients without spaces and dashes (migration 14), and the
// search leaves them out too.
QString compact(const QString &search)
{
    QString text = search;
    return text.remove(u' ').remove(u'-');
}

} // namespace

// A number may be a UID; anything may be the start of an order id or part of a recipient's
// address, card or account. Each alternative is answered from an index, so that the OR of
// them is too: the UID's, the order id's (a range of the primary key on SQLite, whose LIKE
// would not use it; text_pattern_ops on PostgreSQL), and the recipient's trigrams (FTS5 on
// SQLite, pg_trgm on PostgreSQL). Fewer than three characters have no trigram: a scan.
QString OrderQuery::searchCondition(const QString &search)
{
    const bool sqlite = m_dialect.kind() == SqlDialect::Kind::SQLite;
    const QString term = compact(search);
    QStringList any;
    bool isNumber = false;
    const qint64 uid = term.toLongLong(&isNumber);
    if (isNumber) {
        any << QStringLiteral("uid = ?");
        m_values << uid;
    }
    const QString prefix = search.toLower();
    if (sqlite) {
        // Order ids are ASCII: every id that starts with the prefix sorts below prefix + U+FFFF.
        any << QStringLiteral("(id >= ? AND id < ?)");
        m_values << prefix << QString(prefix + QChar(0xFFFF));
    } else {
        any << QStringLiteral("id LIKE ? ESCAPE '\\'");
        m_values << QString(escapeLike(prefix) + u'%');
    }
    if (term.isEmpty()) {
        // Only spaces and dashes: they are in no indexed recipient.
    } else if (sqlite && term.size() >= 3) {
        QString phrase = term;
        phrase.replace(u'"', QLatin1String("\"\""));
        any << QStringLiteral("uid IN (SELECT rowid FROM orders_search WHERE orders_search MATCH ?)");
        m_values << QString(u'"' + phrase + u'"');
    } else {
        any << QStringLiteral("replace(replace(recipient, ' ', ''), '-', '') %1 ? ESCAPE '\\'")
                   .arg(m_dialect.likeInsensitive());
        m_values << QString(u'%' + escapeLike(term) + u'%');
    }
    return u'(' + any.join(QLatin1String(" OR ")) + u')';
}

OrderQuery::OrderQuery(const SqlDialect &dialect, const OrderFilter &filter, const OrderSort &sort)
    : m_dialect(dialect)
    , m_sort(sort)
{
    QStringList conditions;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (OrderStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            m_values << OrderStatuses::code(status);
        }
        conditions << QStringLiteral("status IN (%1)").arg(marks.join(u','));
    }
    if (!filter.currency.isEmpty()) {
        conditions << QStringLiteral("(xml_from = ? OR xml_to = ?)");
        m_values << filter.currency << filter.currency;
    }
    if (!filter.payoutCurrencies.isEmpty()) {
        conditions << QStringLiteral("xml_to IN (%1)")
                          .arg(QStringList(filter.payoutCurrencies.size(), QStringLiteral("?")).join(u','));
        for (const QString &xml : filter.payoutCurrencies)
            m_values << xml;
    }
    if (filter.needsAttention) {
        // An order has at most one open attempt, so "an attempt in these states" is its last.
        conditions << QStringLiteral(
            "(status IN ('errorPayout', 'hold') OR (status = 'inProgressPayout' AND EXISTS (SELECT 1 FROM "
            "payout_attempts a WHERE a.order_id = orders.id AND a.state IN ('unknown', 'needsAttention'))))");
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("created_at >= ?");
        m_values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("created_at < ?");
        m_values << filter.to.toMSecsSinceEpoch();
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty())
        conditions << searchCondition(search);
    if (!conditions.isEmpty())
        m_where = QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    m_countsByStatus = m_dialect.kind() == SqlDialect::Kind::PostgreSQL && filter.currency.isEmpty()
        && !filter.from.isValid() && !filter.to.isValid() && search.isEmpty() && filter.payoutCurrencies.isEmpty()
        && !filter.needsAttention;
}

QString OrderQuery::writtenColumns()
{
    return QStringLiteral(
        "id, uid, status, in_amount, out_amount, xml_from, xml_to, to_values, route_id, "
        "partner, created_at, updated_at, secret, ipn_url, status_at, recipient_source, recipient_pinned_at");
}

QString OrderQuery::columns()
{
    return writtenColumns()
        + QStringLiteral(", revision, proposed_to_values, proposed_at, site_status, site_status_at");
}

QStringList OrderQuery::sortColumns() const
{
    switch (m_sort.key) {
    case OrderSortKey::CreatedAt:
        return { QStringLiteral("created_at"), QStringLiteral("id") };
    case OrderSortKey::UpdatedAt:
        return { QStringLiteral("updated_at"), QStringLiteral("id") };
    case OrderSortKey::Uid:
        return { QStringLiteral("uid") };
    case OrderSortKey::Status:
        return { QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("id") };
    case OrderSortKey::XmlFrom:
        return { QStringLiteral("xml_from"), QStringLiteral("created_at"), QStringLiteral("id") };
    case OrderSortKey::XmlTo:
        return { QStringLiteral("xml_to"), QStringLiteral("created_at"), QStringLiteral("id") };
    case OrderSortKey::OutAmount:
        return { QStringLiteral("CAST(out_amount AS NUMERIC)"), QStringLiteral("created_at"), QStringLiteral("id") };
    case OrderSortKey::Recipient:
        return { QStringLiteral("recipient"), QStringLiteral("created_at"), QStringLiteral("id") };
    case OrderSortKey::Approvals:
        return { QStringLiteral("(SELECT COUNT(*) FROM approvals ap WHERE ap.order_id = orders.id)"),
            QStringLiteral("created_at"), QStringLiteral("id") };
    }
    return { QStringLiteral("id") };
}

QString OrderQuery::orderBy() const
{
    QStringList parts;
    for (const QString &column : sortColumns())
        parts << column + (m_sort.descending ? QLatin1String(" DESC") : QLatin1String(" ASC"));
    return QStringLiteral(" ORDER BY ") + parts.join(QLatin1String(", "));
}

QString OrderQuery::countSql() const
{
    // PostgreSQL keeps the count per status (migration 8): no filter, or statuses only, is
    // answered from there, with the same values; anything else is counted.
    if (m_countsByStatus)
        return QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM order_counts") + m_where;
    return QStringLiteral("SELECT COUNT(*) FROM orders") + m_where;
}

QString OrderQuery::pageSql(int limit, qint64 offset) const
{
    return QStringLiteral("SELECT %1 FROM orders%2%3 LIMIT %4 OFFSET %5")
        .arg(columns(), m_where, orderBy())
        .arg(limit)
        .arg(offset);
}

QString OrderQuery::pageAfterSql(int limit) const
{
    const QStringList keys = sortColumns();
    QStringList marks(keys.size(), QStringLiteral("?"));
    const QString after
        = QStringLiteral("(%1) %2 (%3)")
              .arg(keys.join(u','), m_sort.descending ? QLatin1String("<") : QLatin1String(">"), marks.join(u','));
    const QString where = m_where.isEmpty() ? QString(QStringLiteral(" WHERE ") + after)
                                            : QString(m_where + QStringLiteral(" AND ") + after);
    return QStringLiteral("SELECT %1 FROM orders%2%3 LIMIT %4").arg(columns(), where, orderBy()).arg(limit);
}

QString OrderQuery::selectSql(const QString &columns) const
{
    return QStringLiteral("SELECT %1 FROM orders%2%3").arg(columns, m_where, orderBy());
}

QString OrderQuery::idsSql() const
{
    return QStringLiteral("SELECT id FROM orders") + m_where;
}

QVariantList OrderQuery::valuesAfter(const Order &last) const
{
    QVariantList values = m_values;
    for (const QString &column : sortColumns()) {
        if (column == QLatin1String("created_at"))
            values << last.createdAt.toMSecsSinceEpoch();
        else if (column == QLatin1String("updated_at"))
            values << last.updatedAt.toMSecsSinceEpoch();
        else if (column == QLatin1String("uid"))
            values << last.uid;
        else if (column == QLatin1String("status"))
            values << OrderStatuses::code(last.status);
        else if (column == QLatin1String("xml_from"))
            values << last.xmlFrom;
        else if (column == QLatin1String("xml_to"))
            values << last.xmlTo;
        else if (column == QLatin1String("recipient"))
            values << last.recipient();
        else if (column.startsWith(QLatin1String("CAST")))
            values << last.outAmount.toString();
        else
            values << last.id;
    }
    return values;
}

} // namespace pd
