#pragma once

#include "services/PayoutQueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace pd {

class CurrencyRegistry;
class ProviderRegistry;

// The payout queue as a table that pages through the core (PayoutQueue on the database
// thread): it knows how many orders the filter matches, holds a bounded number of pages
// around what is shown and asks for a page the first time one of its rows is painted. A
// refresh (an IPN, a payout recorded) keeps the rows shown until the new ones are in, so the
// table never flashes empty and nothing is read on the GUI thread.
class PayoutQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Uid, Age, Amount, Currency, Recipient, Provider, State, LastAttempt, Approvals, ColumnCount };
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        UidRole,
        StatusRole, // the OrderStatus as int
        ClaimableRole, // Approve would claim it now
        ProviderRole, // the provider chosen on the row (name); empty: none serves it
        ProvidersRole, // QStringList: the names of every provider that serves its currency
        AmountRole, // the amount paid out, as stored text (exact)
        BalanceCurrencyRole, // the currency of the balance it is paid from, e.g. USDT
        ShortRole, // bool: the reserve does not cover it
        LoadedRole, // false while its page is on its way
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 20;

    PayoutQueueModel(PayoutQueue &queue, const ProviderRegistry &providers, const CurrencyRegistry &currencies,
        QObject *parent = nullptr);

    void setFilter(const QueueFilter &filter);
    QueueFilter filter() const { return m_filter; }
    // Reads the queue again (what is shown stays until the new rows are in).
    void refresh();
    void relabel();
    // The reserve as last counted: rows it does not cover are flagged.
    void setReserve(const QueueReserve &reserve);
    const QHash<QString, QString> &chosenProviders() const { return m_chosen; }

    qint64 total() const { return m_total; }
    // The row's order and what is shown with it; nullopt while its page is on its way.
    std::optional<QueueRow> rowAt(int row) const;
    // The provider chosen on the row (staff's choice, else the currency's default).
    QString providerAt(int row) const;
    int rowOf(const QString &orderId) const; // among the loaded rows; -1 if not loaded
    // The rows whose page is here (never asks for one): row → order id, and the UIDs.
    QList<std::pair<int, QString>> loadedOrders() const;
    QHash<QString, qint64> loadedUids() const;
    bool isLoading() const { return !m_requested.isEmpty() || m_counting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // "3 h", "2 d": how long the order has waited since it was created.
    static QString age(const QDateTime &since, const QDateTime &now);

signals:
    void countChanged(qint64 total);
    void pageLoaded(int page);
    void loadFailed(const QString &error);
    // Staff chose another provider on a row: the reserve is counted again.
    void providerChosen();

private:
    // A new read; `keepShown`: the rows shown stay until theirs arrive (a refresh, not a new filter).
    void restart(bool keepShown);
    void fetchPage(int page) const;
    void onCounted(int generation, qint64 total);
    void onLoaded(int generation, const QueuePage &page);
    void evictFarFrom(int page);
    QIcon providerIcon(const QString &name) const;
    QString providerTitle(const QString &name) const;

    PayoutQueue &m_queue;
    const ProviderRegistry &m_providers;
    const CurrencyRegistry &m_currencies;
    QueueFilter m_filter;
    OrderSort m_sort { OrderSortKey::CreatedAt, false }; // oldest first: the queue's order
    int m_generation = 0;
    qint64 m_total = -1;
    int m_shownRows = 0;
    bool m_counting = false;
    QHash<int, QList<QueueRow>> m_pages;
    QHash<int, QList<QueueRow>> m_stale; // the pages before a refresh, shown until theirs arrive
    mutable QSet<int> m_requested;
    QHash<QString, QString> m_chosen; // order id → provider staff chose on its row
    QHash<QString, Money> m_short; // order id → what the reserve had left before it
    mutable QHash<QString, QIcon> m_icons; // decoded once per provider
};

} // namespace pd
