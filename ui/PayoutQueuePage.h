#pragma once

#include "Relabel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class CurrencyRegistry;
class Database;
class PayoutEngine;
class PayoutRun;
class ProviderHub;
class ReserveBanner;
struct Order;

// Orders waiting for their payout (inProgressPayout) and those whose payout failed
// (errorPayout), with the provider each would be paid through. Select → Approve →
// confirmation → progress with Cancel → a result per order. Also Hold, Retry and Mark paid
// manually with an external reference. Above the table, what each provider's reserve covers of
// the payouts waiting; a payout it does not cover is flagged on its row.
class PayoutQueuePage : public QWidget {
    Q_OBJECT
public:
    enum Column { Uid, State, Amount, Currency, Network, Recipient, Provider, ColumnCount };
    // From this many different orders on, a shared recipient is flagged for a look.
    static constexpr int sharedRecipientFlag = 5;

    PayoutQueuePage(Database &database, ProviderHub &hub, PayoutEngine &engine, const CurrencyRegistry &currencies,
        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *approveButton() const { return m_approve; }
    ReserveBanner *reserveBanner() const { return m_reserve; }
    void refresh();
    QString summary() const;
    // Orders in the queue (waiting for approval, or back after a failed payout): all of them,
    // not only the rows shown.
    int waitingCount() const { return m_waiting; }
    // Approves the selected rows (asks first); the run, or nullptr if nothing was sent.
    PayoutRun *approveSelected();
    void holdSelected(const QString &comment);
    // Refuses to pay: the order is returned (the sender is to be refunded), with the reason.
    void rejectSelected(const QString &comment);
    void retrySelected();
    void markPaidSelected(const QString &reference);
    // A viewer's window: the queue is shown, its actions are not (the book refuses them anyway).
    void setMayOperate(bool may);

signals:
    void runFinished(PayoutRun *run);
    void changed();
    void waitingChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<int> selectedRows() const;
    QString orderIdAt(int row) const;
    QString providerAt(int row) const;
    void showReserve();
    void flagUncovered();
    void showResults(PayoutRun *run);

    Database &m_db;
    ProviderHub &m_hub;
    PayoutEngine &m_engine;
    const CurrencyRegistry &m_currencies;
    QTableWidget *m_table;
    QLabel *m_summary;
    ReserveBanner *m_reserve;
    QPushButton *m_approve;
    QList<QPushButton *> m_actions; // approve, hold, reject, retry, mark paid
    bool m_running = false;
    int m_waiting = 0;
    Relabel m_relabel;
};

} // namespace pd
