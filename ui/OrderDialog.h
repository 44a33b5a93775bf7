#pragma once

#include <QDialog>

namespace pd {

class HistoryTimeline;
class OrderStore;

// One order with everything the book knows of it: amounts, recipient details, route,
// times, and its history as a timeline. Read-only: changes go through the desk's actions.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(OrderStore &store, const QString &orderId, QWidget *parent = nullptr);

    QString orderId() const { return m_orderId; }
    HistoryTimeline *timeline() const { return m_timeline; }

private:
    QString m_orderId;
    HistoryTimeline *m_timeline;
};

} // namespace pd
