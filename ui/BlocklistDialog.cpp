#include "BlocklistDialog.h"

#include "storage/Blocklist.h"
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

namespace pd {

BlocklistDialog::BlocklistDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
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

    const auto add = [this] {
        QString error;
        if (Blocklist(m_db).add(m_value->text(), m_reason->text(), m_db.login(), &error)) {
            m_result->setText(tr("Blocked."));
            m_value->clear();
            m_reason->clear();
            emit changed();
        } else {
            m_result->setText(error);
        }
        refresh();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_value, &QLineEdit::returnPressed, this, add);
    connect(m_reason, &QLineEdit::returnPressed, this, add);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        QString error;
        if (Blocklist(m_db).remove(m_table->item(row, 0)->text(), m_db.login(), &error)) {
            m_result->setText(tr("Unblocked."));
            emit changed();
        } else {
            m_result->setText(error);
        }
        refresh();
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

bool BlocklistDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("Cannot read %1.").arg(path));
        return false;
    }
    QString error;
    int added = 0;
    const bool ok = Blocklist(m_db).importCsv(file.readAll(), m_db.login(), &added, &error);
    m_result->setText(
        ok ? tr("%n recipient(s) blocked from the file.", nullptr, added) : tr("Nothing imported: %1").arg(error));
    refresh();
    if (ok)
        emit changed();
    return ok;
}

void BlocklistDialog::refresh()
{
    const QList<Blocklist::Entry> all = Blocklist(m_db).all();
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Blocklist::Entry &e = all.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.value));
        m_table->setItem(row, 1, new QTableWidgetItem(e.reason));
        m_table->setItem(row, 2, new QTableWidgetItem(e.addedBy));
        m_table->setItem(
            row, 3, new QTableWidgetItem(QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void BlocklistDialog::setMayUnblock(bool may)
{
    m_remove->setVisible(may);
}

} // namespace pd
