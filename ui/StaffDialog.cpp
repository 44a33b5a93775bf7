#include "StaffDialog.h"
#include "TableKeys.h"

#include "services/StaffService.h"
#include "workspace/Workspace.h"

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
#include <utility>

namespace pd {

StaffDialog::StaffDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_service(new StaffService(workspace.bookThread(), this))
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
    TableKeys::apply(m_table);
    m_table->setHorizontalHeaderLabels({ tr("Login"), tr("Name"), tr("Role") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (StaffService::Role role :
        { StaffService::Role::Viewer, StaffService::Role::Operator, StaffService::Role::Admin })
        m_role->addItem(StaffService::title(role), int(role));
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

void StaffDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_remove->setEnabled(!saving);
    if (saving)
        m_result->setText(tr("Saving…"));
}

void StaffDialog::save()
{
    if (m_saving)
        return; // Enter and a click save once
    const StaffService::Member member { m_login->text().trimmed(), m_name->text().trimmed(),
        StaffService::Role(m_role->currentData().toInt()) };
    setSaving(true);
    auto *reply = m_service->set(member);
    connect(reply, &BookReply::finished, this, [this, reply, member] {
        reply->deleteLater();
        setSaving(false);
        if (reply->ok()) {
            m_result->setText(tr("%1 is now %2.").arg(member.login, StaffService::title(member.role)));
            m_login->clear();
            m_name->clear();
        } else {
            m_result->setText(reply->error());
        }
        refresh();
    });
}

bool StaffDialog::removeSelected(bool ask)
{
    const int row = m_table->currentRow();
    if (row < 0 || m_saving)
        return false;
    const QString login = m_table->item(row, 0)->text();
    if (ask
        && QMessageBox::question(this, tr("Remove from the staff"),
               tr("%1 will no longer be able to open this order book. Remove?").arg(login))
            != QMessageBox::Yes)
        return false;
    setSaving(true);
    auto *reply = m_service->remove(login);
    connect(reply, &BookReply::finished, this, [this, reply, login] {
        reply->deleteLater();
        setSaving(false);
        m_result->setText(reply->ok() ? tr("%1 removed.").arg(login) : reply->error());
        refresh();
    });
    return true;
}

void StaffDialog::refresh()
{
    if (!m_shownOnce) {
        m_table->setEnabled(false);
        m_result->setText(tr("Loading…"));
    }
    auto *reply = m_service->all();
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!std::exchange(m_shownOnce, true))
            m_result->clear();
        m_table->setEnabled(true);
        if (!reply->ok()) {
            m_result->setText(reply->error());
            emit loaded();
            return;
        }
        const QList<StaffService::Member> &all = reply->value();
        m_table->setRowCount(int(all.size()));
        for (int row = 0; row < all.size(); ++row) {
            const StaffService::Member &m = all.at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(m.login));
            m_table->setItem(row, 1, new QTableWidgetItem(m.name));
            auto *role = new QTableWidgetItem(StaffService::title(m.role));
            role->setData(Qt::UserRole, int(m.role));
            m_table->setItem(row, 2, role);
        }
        emit loaded();
    });
}

} // namespace pd
