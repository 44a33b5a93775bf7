#pragma once

#include "domain/OrderFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QPushButton;

namespace pd {

class CurrencyRegistry;
class OrderTableModel;
class Workspace;

// The order book: filters on top (statuses, currency, dates, search), the paged table below.
class OrdersPage : public QWidget {
    Q_OBJECT
public:
    OrdersPage(const Workspace &workspace, const CurrencyRegistry &currencies, QWidget *parent = nullptr);

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    // One status, or every one; beside it, a menu of every status to tick several at once
    // (the box then says how many).
    QComboBox *statusBox() const { return m_status; }
    QPushButton *statusesButton() const { return m_several; }
    void setStatuses(const QList<OrderStatus> &statuses);
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *periodBox() const { return m_period; }
    // Over the table when nothing matches: says so, and how to see everything again.
    QLabel *emptyNotice() const { return m_empty; }

    // What the page shows: its filters and sort, as the export takes them.
    OrderFilter filter() const;
    OrderSort sort() const;

    // The order id of the current row, empty if none is loaded there.
    QString currentOrderId() const;

    void focusSearch();
    void clearFilters();
    void refresh();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

signals:
    void orderActivated(const QString &orderId);
    void summaryChanged(const QString &summary);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    // The box and the menu show m_statuses.
    void showStatuses();
    void updatePeriodWidgets();
    void retranslate();
    QString summary() const;
    void openSingleMatch();
    void showEmptyNotice();

    OrderTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_status;
    QPushButton *m_several;
    QList<OrderStatus> m_statuses; // empty: every status
    QComboBox *m_currency;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTimer *m_searchDelay;
    QLabel *m_empty;
    qint64 m_total = -1; // orders matching the filter, once counted
    bool m_openSingleMatch = false; // Enter in the search box: open the match if it is the only one
};

} // namespace pd
