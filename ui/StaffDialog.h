#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pd {

class StaffService;
class Workspace;

// Edit → Staff… (admins, team mode): who may sign in to the team's book and as what. A member
// is a PostgreSQL login; saving a row is what grants the role on the server (migration 11), so
// a login the server does not know, or leaving the book without an admin, is refused there.
// Each change is saved at once and logged with who made it; removing asks first. It reads and
// writes through StaffService, on the book's thread: nothing here waits for it.
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    explicit StaffDialog(Workspace &workspace, QWidget *parent = nullptr);

    // For tests.
    QTableWidget *table() const { return m_table; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *result() const { return m_result; }
    // False when nothing is asked of the book (no row, a change on its way, staff said no).
    bool removeSelected(bool ask = true);

signals:
    // The table shows what the book held at the last read: once opened, and after each change.
    void loaded();

private:
    void refresh();
    void save();
    void setSaving(bool saving);

    StaffService *m_service;
    bool m_saving = false;
    bool m_shownOnce = false;
    QTableWidget *m_table;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_result;
};

} // namespace pd
