#pragma once

#include "storage/Staff.h"

#include <QDialog>

class QPushButton;

namespace pd {

class ClientLinksBox;
class Database;
class HistoryTimeline;
class IpnDeliveriesView;

// One order with everything the book knows of it: amounts, recipient details, route,
// times, the client's links, the IPNs the desk sent about it, and its history as a timeline. Read-only: changes go
// through the desk's actions.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(Database &database, const QString &orderId, QWidget *parent = nullptr);

    // What the signed-in staff member may decide here (a viewer decides nothing): a recipient
    // the site sent after the order was pinned is accepted by admins, kept by operators too.
    void setRole(Staff::Role role);
    QPushButton *acceptRecipientButton() const { return m_acceptRecipient; } // null when nothing waits
    QPushButton *keepRecipientButton() const { return m_keepRecipient; }

    QString orderId() const { return m_orderId; }
    HistoryTimeline *timeline() const { return m_timeline; }
    ClientLinksBox *clientLinks() const { return m_links; } // null when the order has no secret
    IpnDeliveriesView *deliveries() const { return m_deliveries; } // null when no IPN was sent

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void decideRecipient(bool accept);

    Database &m_db;
    QString m_orderId;
    QWidget *m_page = nullptr;
    HistoryTimeline *m_timeline = nullptr;
    ClientLinksBox *m_links = nullptr;
    IpnDeliveriesView *m_deliveries = nullptr;
    QPushButton *m_acceptRecipient = nullptr;
    QPushButton *m_keepRecipient = nullptr;
    Staff::Role m_role = Staff::Role::Viewer;
};

} // namespace pd
