#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class Database;

// Edit → Blocked recipients…: the addresses and card numbers nobody is paid to. Added one by
// one or imported from a CSV file ("value,reason"), removed by selection; each change saved at
// once and logged with who made it. The claim checks the list, so a blocked payout is never sent.
class BlocklistDialog : public QDialog {
    Q_OBJECT
public:
    explicit BlocklistDialog(Database &database, QWidget *parent = nullptr);

    // For tests.
    QTableWidget *table() const { return m_table; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *result() const { return m_result; }
    bool importFile(const QString &path);
    // Operators add to the list; only admins take a recipient off it.
    void setMayUnblock(bool may);

signals:
    void changed();

private:
    void refresh();

    Database &m_db;
    QTableWidget *m_table;
    QLineEdit *m_value;
    QLineEdit *m_reason;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_result;
};

} // namespace pd
