#pragma once

#include "domain/Order.h"
#include "domain/OrderFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

namespace pd {

class OrderPageLoader;
class Workspace;

// The order book as a table that pages through SQL: it knows how many orders the filter
// matches, holds a bounded number of pages around what is on screen, and asks the loader
// thread for a page the first time a row of it is shown. Memory stays flat however long the
// book is and however far staff scroll.
class OrderTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Uid, Created, Status, InAmount, OutAmount, Recipient, Partner, Updated, Id, ColumnCount };
    // Roles independent of the column (Bitcoin Core's transactiontablemodel pattern).
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        UidRole,
        StatusRole, // the OrderStatus as int
        LoadedRole, // false while the row's page is on its way
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;

    explicit OrderTableModel(const Workspace &workspace, QObject *parent = nullptr);
    ~OrderTableModel() override;

    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const { return m_filter; }
    OrderSort orderSort() const { return m_sort; }
    void refresh();
    // After a language switch: the headers, statuses, times and amounts are shown anew.
    void relabel();

    // -1 while the count is on its way.
    qint64 total() const { return m_total; }
    std::optional<Order> orderAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);

signals:
    // The filter's count arrived and the table shows it: `total` orders match.
    void countChanged(qint64 total);
    // A requested page arrived (tests and the status bar wait on it).
    void pageLoaded(int page);
    void loadFailed(const QString &error);

    // To the loader thread.
    void requestCount(int generation, const pd::OrderFilter &filter);
    void requestPage(int generation, const pd::OrderFilter &filter, const pd::OrderSort &sort, int page, int pageSize,
        const std::optional<pd::Order> &previous);

private:
    void restart();
    void onCounted(int generation, qint64 total);
    void onLoaded(int generation, int page, const QList<Order> &orders);
    void onFailed(int generation, const QString &error);
    void fetchPage(int page) const;
    void evictFarFrom(int page);

    QThread m_thread;
    OrderPageLoader *m_loader;
    OrderFilter m_filter;
    OrderSort m_sort;
    int m_generation = 0;
    qint64 m_total = -1;
    int m_shownRows = 0;
    QHash<int, QList<Order>> m_pages;
    mutable QSet<int> m_requested;
};

} // namespace pd
