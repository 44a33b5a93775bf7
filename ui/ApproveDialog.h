#pragma once

#include "domain/Order.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class CurrencyRegistry;
class ProviderHub;

// The confirmation before money moves (Bitcoin Core's SendCoinsDialog is the model): every
// recipient, amount, currency, network and provider, the totals per currency, and whether
// each provider's balance covers them. Cancel is the default button; Send unlocks after a
// short countdown, so a stray Enter cannot pay.
class ApproveDialog : public QDialog {
    Q_OBJECT
public:
    struct Line {
        Order order;
        QString provider;
        QString network;
        QString currency; // the provider's currency code, e.g. USDT
    };

    ApproveDialog(
        ProviderHub &hub, const CurrencyRegistry &currencies, const QList<Line> &lines, QWidget *parent = nullptr);

    // Asks; true when staff confirmed. Tests answer through setNextAnswer instead of a click.
    bool ask();
    static void setNextAnswer(std::optional<bool> answer) { s_nextAnswer = answer; }

    QTableWidget *totals() const { return m_totals; }

private:
    void checkBalances(ProviderHub &hub, const CurrencyRegistry &currencies);

    QList<Line> m_lines;
    QTableWidget *m_totals;
    QPushButton *m_send;
    int m_countdown = 3;
    static std::optional<bool> s_nextAnswer;
};

} // namespace pd
