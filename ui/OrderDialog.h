#pragma once

#include "domain/StaffRole.h"
#include "services/OrderLookup.h"
#include "services/QueueAction.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QPushButton;

namespace pd {

class ClientLinksBox;
class HistoryTimeline;
class IpnDeliveriesView;
class QueueActionDialog;
class QueueActions;
class Workspace;

// One order with everything the book knows of it: amounts, recipient details, route, times,
// the client's links, the IPNs the desk sent about it, and its history as a timeline. Read by
// the core off the GUI thread (OrderLookup); the payout actions that apply to the order now
// (Hold, Release hold, Reject, Retry, Mark paid) go through the same dialog and core rules as
// in the queue, and the window reads the order again after each.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(Workspace &workspace, const QString &orderId, QWidget *parent = nullptr);
    ~OrderDialog() override;

    // What the signed-in staff member may decide here (a viewer decides nothing): a recipient
    // the site sent after the order was pinned is accepted by admins, kept by operators too.
    void setRole(StaffRole role);
    QPushButton *acceptRecipientButton() const { return m_acceptRecipient; } // null when nothing waits
    QPushButton *keepRecipientButton() const { return m_keepRecipient; }

    QString orderId() const { return m_orderId; }
    HistoryTimeline *timeline() const { return m_timeline; }
    ClientLinksBox *clientLinks() const { return m_links; } // null when the order has no secret
    IpnDeliveriesView *deliveries() const { return m_deliveries; } // null when no IPN was sent
    bool isLoaded() const { return m_loaded; }
    // The action's button; hidden when it does not apply to the order or the role.
    QPushButton *actionButton(QueueAction action) const { return m_actionButtons.value(action); }
    // Opens the action's dialog for this order (window-modal, not waited for).
    QueueActionDialog *askToAct(QueueAction action);
    // Reads the order again.
    void reload();

signals:
    // The order is read and shown (again).
    void loaded();
    // Staff changed the order from here (the pages read the book again).
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override; // remembers its size and place for the next order

private:
    void build();
    void decideRecipient(bool accept);

    Workspace &m_workspace;
    std::unique_ptr<OrderLookup> m_lookup;
    std::unique_ptr<QueueActions> m_actions;
    QString m_orderId;
    OrderDetails m_details;
    QString m_error;
    bool m_loaded = false;
    QHash<QueueAction, QPushButton *> m_actionButtons;
    QWidget *m_page = nullptr;
    HistoryTimeline *m_timeline = nullptr;
    ClientLinksBox *m_links = nullptr;
    IpnDeliveriesView *m_deliveries = nullptr;
    QPushButton *m_acceptRecipient = nullptr;
    QPushButton *m_keepRecipient = nullptr;
    StaffRole m_role = StaffRole::Viewer;
};

} // namespace pd
