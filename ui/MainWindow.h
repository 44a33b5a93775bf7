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
class ProviderHub;
class ProviderRegistry;
class ProvidersPage;
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
    ProvidersPage *providersPage() const { return m_providers; }
    PayoutQueuePage *queuePage() const { return m_queue; }
    ActivityPage *activityPage() const { return m_activity; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
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
    ProvidersPage *m_providers;
    PayoutQueuePage *m_queue;
    ActivityPage *m_activity;
    DashboardPage *m_dashboard;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_summary;
    QAction *m_staffAction = nullptr;
    bool m_importing = false;
    Relabel m_relabel;
};

} // namespace pd
