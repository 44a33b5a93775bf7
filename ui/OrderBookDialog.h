#pragma once

#include "services/OrderBookService.h"

#include <QDialog>
#include <QUrl>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class Workspace;

// File → Order book…: where this desk's book is, and team mode's way to PostgreSQL: connect to
// a server and test it, use that book from the next start, or move this desk's SQLite book
// there (one way, all or nothing, proved table by table). The password goes to the keychain,
// never to a file. Slow work (connecting, moving) is OrderBookService's, on the book's thread.
class OrderBookDialog : public QDialog {
    Q_OBJECT
public:
    explicit OrderBookDialog(Workspace &workspace, QWidget *parent = nullptr);

    // Not closed while a move is on its way: its outcome (the switch to the new book) is this
    // dialog's to record and say.
    void done(int result) override;

    // For tests.
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *moveButton() const { return m_move; }
    QLabel *result() const { return m_result; }
    QTableWidget *report() const { return m_report; }
    // Tests answer the confirmations through this instead of a click.
    static void setNextAnswer(std::optional<bool> answer) { s_nextAnswer = answer; }

signals:
    void tested(bool ok);
    void moved(bool ok);

private:
    std::optional<QUrl> address();
    bool confirm(const QString &title, const QString &text);
    void testConnection();
    void useBook();
    void moveBook();
    void showReport(const QList<OrderBookService::TableCheck> &tables);
    void setBusy(bool busy);
    void updateCurrent();

    OrderBookService *m_service;
    QLabel *m_current;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QPushButton *m_test;
    QPushButton *m_use;
    QPushButton *m_move;
    QPushButton *m_back;
    QLabel *m_result;
    QTableWidget *m_report;
    bool m_busy = false; // a test or a move is on its way
    bool m_moving = false;
    static std::optional<bool> s_nextAnswer;
};

} // namespace pd
