#pragma once

#include "contract/Money.h"
#include "contract/Payout.h"
#include "services/QueueRow.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QLabel;
class QToolButton;

namespace pd {

class PayoutQueue;
class ProviderHub;
struct ReserveCoverage;

// Above the payout queue, one line: what the providers' reserves cover of every payout
// Approve would claim now ("reserve covers 12 of 14; 2 short"), and a Details button that
// shows one line per provider and currency ("WhiteBIT USDT: reserve 1,234.50 (balance
// 1,500.00), covers 12 of 15 payouts (1,100.00 of 1,400.00)"). The counting is the core's
// (PayoutQueue::reserve, on the database thread); balances are read over the network and
// never waited for: until one is in, or when it cannot be read, the line says so and no
// payout is flagged on a guess.
class ReserveBanner : public QWidget {
    Q_OBJECT
public:
    ReserveBanner(ProviderHub &hub, PayoutQueue &queue, QWidget *parent = nullptr);

    // Counts again (the queue changed, or staff chose another provider on a row). A count
    // asked for while one is on its way runs once after it.
    void recount(const QHash<QString, QString> &chosen);

    QString summary() const;
    QStringList lines() const { return m_lines; }
    const QueueReserve &reserve() const { return m_reserve; }
    bool isCounting() const { return m_counting; }
    // A balance is being read (the keychain, then the provider).
    bool isReading() const;

    // "reserve 1,234.50 (balance 1,500.00), covers 12 of 15 payouts (1,100.00 of 1,400.00)":
    // the confirmation says it in the same words.
    static QString describe(const ReserveCoverage &coverage);
    static QColor shortColor() { return { 0xa1, 0x5c, 0x00 }; } // amber: a warning, not an error

signals:
    // A count came in (the queue flags the rows it does not cover).
    void counted(const pd::QueueReserve &reserve);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Read {
        bool known = false;
        Balances balances;
        QString error;
        bool asking = false;
        bool again = false; // asked again while asking: the answer on its way may be older
    };
    void count();
    void present();
    void readBalance(const QString &provider);

    ProviderHub &m_hub;
    PayoutQueue &m_queue;
    QHash<QString, Read> m_reads; // by provider
    QHash<QString, QString> m_chosen;
    QueueReserve m_reserve;
    bool m_counting = false;
    bool m_countAgain = false;
    QStringList m_lines;
    QLabel *m_summary;
    QToolButton *m_details;
    QLabel *m_detailLines;
};

} // namespace pd
