#pragma once

#include "contract/Money.h"
#include "contract/Payout.h"

#include <QColor>
#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pd {

class CurrencyRegistry;
class ProviderHub;
struct ReserveCoverage;

// Above the payout queue: one line for each provider and currency its waiting payouts would
// be paid from, "WhiteBIT USDT: reserve 1,234.50 (balance 1,500.00), covers 12 of 15 payouts
// (1,100.00 of 1,400.00)", and which payouts the reserve does not cover. Balances are read over
// the network and never waited for: until one is in, or when it cannot be read, the line says so
// and no payout is flagged on a guess.
class ReserveBanner : public QWidget {
    Q_OBJECT
public:
    // A payout waiting for approval, as the queue would send it.
    struct Payout {
        QString orderId;
        QString provider;
        QString currency; // of the balance it is paid from, e.g. USDT
        Money amount;
    };

    ReserveBanner(ProviderHub &hub, const CurrencyRegistry &currencies, QWidget *parent = nullptr);

    // The queue's waiting payouts in queue order: counted at once against the balances known,
    // and again when their providers' balances, asked for anew, come in.
    void setPayouts(const QList<Payout> &payouts);

    QStringList lines() const;
    // The payouts the reserve does not cover: order id → why, in words for the row's tooltip.
    const QHash<QString, QString> &uncovered() const { return m_uncovered; }

    // "reserve 1,234.50 (balance 1,500.00), covers 12 of 15 payouts (1,100.00 of 1,400.00)":
    // the confirmation says it in the same words.
    static QString describe(const ReserveCoverage &coverage);
    static QColor shortColor() { return { 0xa1, 0x5c, 0x00 }; } // amber: a warning, not an error

signals:
    void uncoveredChanged();

private:
    struct Read {
        bool known = false;
        Balances balances;
        QString error;
        bool asking = false;
        bool again = false; // asked again while asking: the answer on its way may be older
    };
    void readBalance(const QString &provider);
    void recount();
    void addLine(const QString &text, const QColor &color = {});

    ProviderHub &m_hub;
    const CurrencyRegistry &m_currencies;
    QList<Payout> m_payouts;
    QHash<QString, Read> m_reads; // by provider
    QHash<QString, QString> m_uncovered;
    QVBoxLayout *m_lines;
};

} // namespace pd
