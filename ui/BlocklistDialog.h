#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class BlocklistService;
class Workspace;

// Edit → Blocked recipients…: the addresses and card numbers nobody is paid to. Added one by
// one or imported from a CSV file ("value,reason"), removed by selection; each change saved at
// once and logged with who made it. The claim checks the list, so a blocked payout is never sent.
// It reads and writes through BlocklistService, on the book's thread: nothing here waits for it.
class BlocklistDialog : public QDialog {
    Q_OBJECT
public:
    explicit BlocklistDialog(Workspace &workspace, QWidget *parent = nullptr);

    // For tests.
    QTableWidget *table() const { return m_table; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *result() const { return m_result; }
    // Reads the file and hands it to the book; false when it cannot be read (said in result()).
    // What the book made of it comes with imported().
    bool importFile(const QString &path);
    // Operators add to the list; only admins take a recipient off it.
    void setMayUnblock(bool may);

signals:
    void changed(); // the book's list changed
    // The table shows what the book held at the last read: once opened, and after each change.
    void loaded();
    void imported(bool ok);

private:
    void refresh();
    void setSaving(bool saving);
    void add();

    BlocklistService *m_service;
    bool m_saving = false;
    bool m_shownOnce = false;
    QTableWidget *m_table;
    QLineEdit *m_value;
    QLineEdit *m_reason;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_result;
};

} // namespace pd
