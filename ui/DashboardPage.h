#pragma once

#include "Relabel.h"
#include "dashboard/DashboardFigures.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace pd {

class DashboardService;
class ProviderHub;
class ProviderSettingsService;
class Workspace;

// The Dashboard tab (Qt Charts): payouts per day over the last 30 days by currency or by
// provider, each provider's outcomes, the orders per status, and the providers' balances. The
// figures are read through DashboardService on the book's thread; they follow the book while the
// page is shown (at most twice a second) and are read afresh when it is shown again after a
// change. Balances are asked every minute while shown, and on Refresh.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    DashboardPage(Workspace &workspace, ProviderHub &hub, QWidget *parent = nullptr);
    ~DashboardPage() override;

    static constexpr int days = 30;

    // Something in the book changed: read again (soon, if shown; else when next shown).
    void bookChanged();
    // A payout was recorded: the figures and, with them, that provider's balance.
    void payoutRecorded();
    void refresh();
    void refreshBalances();

    // For tests: the last figures shown, and the parts.
    const DashboardFigures &figures() const { return m_figures; }
    int readsDone() const { return m_reads; }
    QComboBox *groupingBox() const { return m_grouping; }
    QTableWidget *sumsTable() const { return m_sums; }
    QTableWidget *balancesTable() const { return m_balances; }
    QChart *payoutsChart() const { return m_payoutsChart; }
    QChart *outcomesChart() const { return m_outcomesChart; }
    QChart *statusChart() const { return m_statusChart; }

signals:
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void show(const DashboardFigures &figures);
    void drawPayouts();
    void drawOutcomes();
    void drawStatuses();
    void showSums();
    void showBalances();

    ProviderHub &m_hub;
    DashboardService *m_service;
    ProviderSettingsService *m_providerSettings;
    DashboardFigures m_figures;
    int m_reads = 0;
    bool m_reading = false;
    bool m_stale = true;
    bool m_balancesStale = false;
    QTimer *m_coalesce;
    QTimer *m_balanceTimer;
    QComboBox *m_grouping;
    QPushButton *m_refresh;
    QLabel *m_period;
    QChartView *m_payouts;
    QChartView *m_outcomes;
    QChartView *m_statuses;
    QChart *m_payoutsChart;
    QChart *m_outcomesChart;
    QChart *m_statusChart;
    QTableWidget *m_sums;
    QTableWidget *m_balances;
    struct Balance {
        QString text; // "1,250.50 USDT, …" or the problem
        QDateTime readAt;
        bool ok = false;
    };
    QHash<QString, Balance> m_balanceOf; // by provider
    Relabel m_relabel;
};

} // namespace pd
