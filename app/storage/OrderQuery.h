#pragma once

#include "SqlDialect.h"
#include "domain/OrderFilter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace pd {

struct Order;

// Builds the SQL that reads one filtered, sorted stretch of the order book. Kept apart
// from the store so that the page model, the CLI and the export share one WHERE clause.
class OrderQuery {
public:
    OrderQuery(const SqlDialect &dialect, const OrderFilter &filter, const OrderSort &sort = {});

    static QString columns();
    // The same without `revision`, which the database keeps: what an INSERT names.
    static QString writtenColumns();

    // SELECT count(*) with the filter.
    QString countSql() const;
    // One page at an offset: for a jump into the middle of the list.
    QString pageSql(int limit, qint64 offset) const;
    // The page that follows `last` in the sort order: for scrolling on (keyset pagination).
    QString pageAfterSql(int limit) const;
    // Every matching order in the sort order, with the given columns: the export reads it
    // row by row.
    QString selectSql(const QString &columns) const;
    // The ids of every matching order, unsorted: a subquery (the export of their history).
    QString idsSql() const;
    QVariantList values() const { return m_values; }
    QVariantList valuesAfter(const Order &last) const;

private:
    QString searchCondition(const QString &search); // adds its values
    QStringList sortColumns() const;
    QString orderBy() const;

    SqlDialect m_dialect;
    OrderSort m_sort;
    QString m_where;
    bool m_countsByStatus = false;
    QVariantList m_values;
};

} // namespace pd
