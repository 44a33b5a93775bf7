#pragma once

#include "Relabel.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSystemTrayIcon;
class QTabWidget;

namespace pd {

class CurrencyRegistry;
class OrderDialog;
class OrderLookup;
class ActivityPage;
class DashboardPage;
class OrdersPage;
class PayoutEngine;
class PayoutQueuePage;
class OrderCreator;
class PageSlot;
class ProviderHub;
class ProviderRegistry;
class ProvidersPage;
class ReconciliationPage;
class SettingsDialog;
class Workspace;

// The desk's window: pages in tabs (the order book first), menus with a shortcut for every
// action, and the window's geometry and column layout remembered between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, const CurrencyRegistry &currencies, ProviderHub &providers, PayoutEngine &engine,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    OrdersPage *ordersPage() const { return m_orders; }
    // Built when their tab is first shown, or here when asked for; the payout queue at the
    // latest in the event loop's first turn after the window is made.
    PayoutQueuePage *queuePage() const;
    ProvidersPage *providersPage() const;
    ActivityPage *activityPage() const;
    DashboardPage *dashboardPage() const;
    ReconciliationPage *reconciliationPage() const;
    // A reconciliation (the daily one) left mismatches open with `provider`: said in the tray
    // and the status bar, and the Reconciliation and Activity tabs read again.
    void reconciliationFound(const QString &provider, int open);
    QTabWidget *tabs() const { return m_tabs; }
    // The tab that holds the page, and bringing it to the front.
    int tabIndex(QWidget *page) const;
    void showPage(QWidget *page);
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QAction *staffAction() const { return m_staffAction; } // Edit → Staff…

    // Opens (or brings forward) the order's window.
    OrderDialog *openOrder(const QString &orderId);
    // Imports a file on a worker thread; the result is shown when it is done.
    void importOrders(const QString &path);
    // Opens (or brings forward) Edit → Settings…, which deletes itself when closed.
    SettingsDialog *openSettings();

signals:
    void importFinished(int imported, int problems, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QMenu *menu(const char *title, QMenu *parent = nullptr);
    QAction *labelled(QAction *action, const char *text);
    void createActions();
    void createTray(PayoutEngine &engine);
    void wireQueue(PayoutQueuePage *queue, PayoutEngine &engine);
    void showSummary();
    void refreshQueue();
    void showWaiting(int count);
    void chooseImportFile();
    void exportCsv();
    void showImportOutcome(int imported, const QStringList &problems, const QString &error);
    void about();
    void showShortcuts();
    void newOrder();

    Workspace &m_workspace;
    const CurrencyRegistry &m_currencies;
    ProviderHub &m_hub;
    const ProviderRegistry &m_registry;
    std::unique_ptr<OrderLookup> m_lookup;
    std::unique_ptr<OrderCreator> m_creator; // made at the first New order
    QTabWidget *m_tabs;
    OrdersPage *m_orders;
    PageSlot *m_queueSlot;
    PayoutQueuePage *m_queue = nullptr; // once built
    PageSlot *m_providers;
    PageSlot *m_activity;
    PageSlot *m_dashboard;
    PageSlot *m_reconciliation;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_summary;
    QString m_ordersSummary; // the orders page's count, shown while it is on screen
    QAction *m_staffAction = nullptr;
    QMenu *m_orderMenu = nullptr;
    int m_waiting = 0; // payouts waiting, as the queue last said
    bool m_importing = false;
    Relabel m_relabel;
};

} // namespace pd
