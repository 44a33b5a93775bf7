#include "StaffDialog.h"

#include "storage/Database.h"
#include "storage/Staff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

StaffDialog::StaffDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_table(new QTableWidget(0, 3, this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove selected…"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Staff"));
    m_save->setAutoDefault(false); // Enter in a field saves once, through returnPressed
    m_remove->setAutoDefault(false);
    m_table->setHorizontalHeaderLabels({ tr("Login"), tr("Name"), tr("Role") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (Staff::Role role : { Staff::Role::Viewer, Staff::Role::Operator, Staff::Role::Admin })
        m_role->addItem(Staff::title(role), int(role));
    m_role->setCurrentIndex(1);
    m_login->setPlaceholderText(tr("PostgreSQL login"));
    m_name->setPlaceholderText(tr("Name shown to the team"));
    m_result->setWordWrap(true);
    auto *note
        = new QLabel(tr("Viewers read and export. Operators also approve payouts within the limits, hold and reject. "
                        "Admins also manage providers, secrets, limits and staff. Each member signs in with their own "
                        "PostgreSQL login (an existing one: CREATE ROLE name LOGIN PASSWORD …); the server itself "
                        "enforces the role."),
            this);
    note->setWordWrap(true);
    auto *editor = new QHBoxLayout;
    editor->addWidget(m_login, 2);
    editor->addWidget(m_name, 2);
    editor->addWidget(m_role, 1);
    editor->addWidget(m_save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(editor);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &StaffDialog::save);
    connect(m_login, &QLineEdit::returnPressed, this, &StaffDialog::save);
    connect(m_name, &QLineEdit::returnPressed, this, &StaffDialog::save);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    // A row picked is a row to change: its values go to the editor.
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || !m_table->item(row, 0))
            return;
        m_login->setText(m_table->item(row, 0)->text());
        m_name->setText(m_table->item(row, 1)->text());
        m_role->setCurrentIndex(m_role->findData(m_table->item(row, 2)->data(Qt::UserRole)));
    });
    refresh();
    resize(720, 420);
}

void StaffDialog::save()
{
    QString error;
    const Staff::Member member { m_login->text().trimmed(), m_name->text().trimmed(),
        Staff::Role(m_role->currentData().toInt()) };
    if (Staff(m_db).set(member, m_db.login(), &error)) {
        m_result->setText(tr("%1 is now %2.").arg(member.login, Staff::title(member.role)));
        m_login->clear();
        m_name->clear();
    } else {
        m_result->setText(error);
    }
    refresh();
}

bool StaffDialog::removeSelected(bool ask)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const QString login = m_table->item(row, 0)->text();
    if (ask
        && QMessageBox::question(this, tr("Remove from the staff"),
               tr("%1 will no longer be able to open this order book. Remove?").arg(login))
            != QMessageBox::Yes)
        return false;
    QString error;
    const bool removed = Staff(m_db).remove(login, m_db.login(), &error);
    m_result->setText(removed ? tr("%1 removed.").arg(login) : error);
    refresh();
    return removed;
}

void StaffDialog::refresh()
{
    QString error;
    const QList<Staff::Member> all = Staff(m_db).all(&error);
    if (!error.isEmpty())
        m_result->setText(error);
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Staff::Member &m = all.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(m.login));
        m_table->setItem(row, 1, new QTableWidgetItem(m.name));
        auto *role = new QTableWidgetItem(Staff::title(m.role));
        role->setData(Qt::UserRole, int(m.role));
        m_table->setItem(row, 2, role);
    }
}

} // namespace pd
