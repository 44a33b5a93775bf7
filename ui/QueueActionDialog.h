#pragma once

#include "OrderLines.h"
#include "services/QueueAction.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

class QueueActions;

// One dialog for Hold, Release, Reject, Retry and Mark paid: the orders it acts on (UID,
// amount, recipient in full), the reason or external reference checked as it is typed, Cancel
// as the default where the action cannot be undone (Reject, Mark paid). Once confirmed it
// asks the core (QueueActions, off the GUI thread) and shows the result per order, by UID.
// The queue and the order's window both open it.
class QueueActionDialog : public QDialog {
    Q_OBJECT
public:
    QueueActionDialog(QueueActions &actions, QueueAction action, const QStringList &orderIds,
        const QList<OrderLines::Line> &lines, QWidget *parent = nullptr);

    QueueAction action() const { return m_action; }
    QString text() const;
    QLineEdit *textEdit() const { return m_text; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    OrderLines *lines() const { return m_lines; }
    QLabel *problem() const { return m_problem; }

    static QString title(QueueAction action);

    // After the action ran: a line per order, then only Close.
    void showResults(const QueueActionResults &results);
    QString resultsText() const;

signals:
    // The core answered: the results are shown (the caller reads the book again).
    void acted(const pd::QueueActionResults &results);

private:
    void check();
    void run();

    QueueActions &m_actions;
    QueueAction m_action;
    QStringList m_orderIds;
    OrderLines *m_lines;
    QLabel *m_intro;
    QLineEdit *m_text;
    QLabel *m_problem;
    QLabel *m_results;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace pd
