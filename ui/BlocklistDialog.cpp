#include "BlocklistDialog.h"
#include "DateText.h"
#include "TableKeys.h"

#include "services/BlocklistService.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace pd {

BlocklistDialog::BlocklistDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_service(new BlocklistService(workspace.bookThread(), this))
    , m_table(new QTableWidget(0, 4, this))
    , m_value(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Block"), this))
    , m_remove(new QPushButton(tr("&Unblock selected"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Blocked recipients"));
    for (QPushButton *b : { m_add, m_remove, m_import })
        b->setAutoDefault(false); // Enter in a field blocks once, through returnPressed
    TableKeys::apply(m_table);
    m_table->setHorizontalHeaderLabels({ tr("Address or card"), tr("Reason"), tr("Added by"), tr("Added") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_value->setPlaceholderText(tr("An address or a card number"));
    m_reason->setPlaceholderText(tr("Why (sanctions list, chargebacks, fraud report…)"));
    m_result->setWordWrap(true);
    auto *note = new QLabel(tr("No payout is ever sent to these, by a click, automatically or from another desk. "
                               "A CSV file has the columns value,reason; a file with a bad row adds nothing."),
        this);
    note->setWordWrap(true);
    auto *editor = new QHBoxLayout;
    editor->addWidget(m_value, 2);
    editor->addWidget(m_reason, 2);
    editor->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(editor);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &BlocklistDialog::add);
    connect(m_value, &QLineEdit::returnPressed, this, &BlocklistDialog::add);
    connect(m_reason, &QLineEdit::returnPressed, this, &BlocklistDialog::add);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || m_saving)
            return;
        setSaving(true);
        auto *reply = m_service->remove(m_table->item(row, 0)->text());
        connect(reply, &BookReply::finished, this, [this, reply] {
            reply->deleteLater();
            setSaving(false);
            m_result->setText(reply->ok() ? tr("Unblocked.") : reply->error());
            refresh();
            if (reply->ok())
                emit changed();
        });
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import blocked recipients"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    refresh();
    resize(820, 460);
}

void BlocklistDialog::setSaving(bool saving)
{
    m_saving = saving;
    for (QPushButton *b : { m_add, m_remove, m_import })
        b->setEnabled(!saving);
    if (saving)
        m_result->setText(tr("Saving…"));
}

void BlocklistDialog::add()
{
    if (m_saving)
        return; // Enter and a click block once
    setSaving(true);
    auto *reply = m_service->add(m_value->text(), m_reason->text());
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        setSaving(false);
        if (reply->ok()) {
            m_result->setText(tr("Blocked."));
            m_value->clear();
            m_reason->clear();
        } else {
            m_result->setText(reply->error());
        }
        refresh();
        if (reply->ok())
            emit changed();
    });
}

bool BlocklistDialog::importFile(const QString &path)
{
    if (m_saving)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("Cannot read %1.").arg(path));
        return false;
    }
    setSaving(true);
    auto *reply = m_service->importCsv(file.readAll());
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        setSaving(false);
        m_result->setText(reply->ok() ? tr("%n recipient(s) blocked from the file.", nullptr, reply->value())
                                      : tr("Nothing imported: %1").arg(reply->error()));
        refresh();
        if (reply->ok())
            emit changed();
        emit imported(reply->ok());
    });
    return true;
}

void BlocklistDialog::refresh()
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
            m_result->setText(tr("The blocked recipients cannot be read: %1").arg(reply->error()));
            emit loaded();
            return;
        }
        const QList<BlocklistService::Entry> &all = reply->value();
        m_table->setRowCount(int(all.size()));
        for (int row = 0; row < all.size(); ++row) {
            const BlocklistService::Entry &e = all.at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(e.value));
            m_table->setItem(row, 1, new QTableWidgetItem(e.reason));
            m_table->setItem(row, 2, new QTableWidgetItem(e.addedBy));
            m_table->setItem(row, 3, new QTableWidgetItem(DateText::shown(e.addedAt)));
        }
        emit loaded();
    });
}

void BlocklistDialog::setMayUnblock(bool may)
{
    m_remove->setVisible(may);
}

} // namespace pd
