#pragma once

#include "Relabel.h"
#include "services/QueueAction.h"
#include "services/QueueRow.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace pd {

class CurrencyRegistry;
class PayoutEngine;
class PayoutQueue;
class PayoutQueueModel;
class PayoutRun;
class ProviderHub;
class QueueActionDialog;
class QueueActions;
class ReserveBanner;
class Workspace;

// The operator's workbench: orders waiting for their payout, those whose payout failed and
// those on hold, as a paged model (PayoutQueueModel) read by the core off the GUI thread.
// Sort by any column; filter by state, currency and provider, or show what Needs attention.
// Select → Approve → confirmation → progress with Cancel → a result per order; Hold, Release,
// Reject, Retry and Mark paid through one dialog that lists the orders and reports per order.
// Double-click or Enter opens the order. The actions are QActions with shortcuts, also in the
// main window's Order menu.
class PayoutQueuePage : public QWidget {
    Q_OBJECT
public:
    PayoutQueuePage(Workspace &workspace, ProviderHub &hub, PayoutEngine &engine, const CurrencyRegistry &currencies,
        QWidget *parent = nullptr);
    ~PayoutQueuePage() override;

    // The views a filter combo offers.
    enum class View { All, NeedsAttention, Waiting, Failed, OnHold };

    QTableView *table() const { return m_table; }
    PayoutQueueModel *model() const { return m_model; }
    PayoutQueue &queue() { return *m_queue; }
    QPushButton *approveButton() const { return m_approveButton; }
    ReserveBanner *reserveBanner() const { return m_reserve; }
    QComboBox *viewFilter() const { return m_view; }
    QComboBox *currencyFilter() const { return m_currency; }
    QComboBox *providerFilter() const { return m_provider; }
    // Approve, Hold, Release, Reject, Retry, Mark paid: for the Order menu.
    QList<QAction *> orderActions() const;
    QAction *approveAction() const { return m_approve; }
    QAction *action(QueueAction action) const;

    // Reads the queue again (at most a few times a second, whatever asks: a burst of IPNs
    // reads it once more after the read on its way).
    void refresh();
    void setView(View view);
    QString summary() const;
    // Orders in the queue waiting for approval or back after a failed payout: all of them.
    int waitingCount() const { return m_waiting; }
    QStringList selectedOrderIds() const;
    void selectOrders(const QStringList &orderIds);
    // Approves the selected rows (asks first); the run, or nullptr if nothing was sent.
    PayoutRun *approveSelected();
    // The message of the last Approve that sent nothing (tests read it).
    QString lastApproveMessage() const { return m_lastApproveMessage; }
    // Opens the action's dialog for the selected rows it applies to (window-modal, not
    // waited for); nullptr, after saying why, when none does.
    QueueActionDialog *askToAct(QueueAction action);
    // A viewer's window: the queue is shown, its actions are not (the book refuses them anyway).
    void setMayOperate(bool may);

signals:
    void runFinished(PayoutRun *run);
    void actionFinished(const pd::QueueActionResults &results);
    void changed();
    void waitingChanged(int count);
    // What summary() says changed: for the status bar while the queue is on screen.
    void summaryChanged(const QString &summary);
    void openOrder(const QString &orderId);
    // A refresh is in: the count, the first page and the reserve.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void readNow();
    void applyFilter();
    void fillFilters();
    void showProviderIcons();
    void fitColumns();
    void restoreSelection();
    void showSelection();
    void updateActions();
    void showResults(PayoutRun *run);
    void checkRefreshed();

    Workspace &m_workspace;
    ProviderHub &m_hub;
    PayoutEngine &m_engine;
    const CurrencyRegistry &m_currencies;
    std::unique_ptr<PayoutQueue> m_queue;
    std::unique_ptr<QueueActions> m_actions;
    PayoutQueueModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_selection;
    ReserveBanner *m_reserve;
    QComboBox *m_view;
    QComboBox *m_currency;
    QComboBox *m_provider;
    QLineEdit *m_search;
    QPushButton *m_approveButton;
    QAction *m_approve;
    QHash<QueueAction, QAction *> m_act;
    QList<QPushButton *> m_buttons;
    QTimer *m_refreshSoon;
    QSet<QString> m_selected; // kept by order id across refreshes
    bool m_restoring = false;
    bool m_running = false;
    int m_waiting = 0;
    int m_awaiting = 0; // parts of a refresh still on their way
    QString m_lastApproveMessage;
    Relabel m_relabel;
};

} // namespace pd
