#pragma once

#include "domain/Order.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class CurrencyRegistry;
class OrderLines;
class PayoutQueue;
class ProviderHub;

// The confirmation before money moves (Bitcoin Core's SendCoinsDialog is the model): every
// recipient in full, amount, currency, network and provider, the rows of the selection that
// are not sent and why, the totals per currency, and whether each provider's reserve covers
// them. Cancel is the default button; Send unlocks after a short countdown, so a stray Enter
// cannot pay. Sized for its recipients, up to the screen.
class ApproveDialog : public QDialog {
    Q_OBJECT
public:
    struct Line {
        Order order;
        QString provider;
        QString network;
        QString currency; // the provider's currency code, e.g. USDT
    };

    ApproveDialog(ProviderHub &hub, PayoutQueue &queue, const QList<Line> &lines, const QStringList &skipped = {},
        QWidget *parent = nullptr);

    // Asks; true when staff confirmed. Tests answer through setNextAnswer instead of a click,
    // and may look at the dialog it would have shown (lastShown) before it goes.
    bool ask();
    static void setNextAnswer(std::optional<bool> answer) { s_nextAnswer = answer; }
    static void setInspector(std::function<void(ApproveDialog *)> inspect) { s_inspect = std::move(inspect); }

    QTableWidget *totals() const { return m_totals; }
    OrderLines *lines() const { return m_lineView; }
    QLabel *skippedLabel() const { return m_skipped; }

signals:
    // Every provider's balance has been answered (tests wait on it).
    void balancesChecked();

private:
    void checkBalances(ProviderHub &hub, PayoutQueue &queue);

    QList<Line> m_lines;
    OrderLines *m_lineView;
    QLabel *m_skipped;
    QTableWidget *m_totals;
    QPushButton *m_send;
    int m_countdown = 3;
    int m_pendingBalances = 0;
    static std::optional<bool> s_nextAnswer;
    static std::function<void(ApproveDialog *)> s_inspect;
};

} // namespace pd
