#include "ExportDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd {

ExportDialog::ExportDialog(const OrderFilter &pageFilter, const OrderSort &pageSort, QWidget *parent)
    : QDialog(parent)
    , m_filter(pageFilter)
    , m_sort(pageSort)
    , m_orders(new QRadioButton(tr("&Orders, one row each"), this))
    , m_history(new QRadioButton(tr("Their &history, one row per status change"), this))
    , m_pageFilter(new QRadioButton(this))
    , m_dateRange(new QRadioButton(tr("A &date range:"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_delimiter(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a UTF-8 &byte order mark (for Excel)"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export to CSV"));
    setObjectName(QStringLiteral("ExportDialog"));

    auto *what = new QButtonGroup(this);
    what->addButton(m_orders);
    what->addButton(m_history);
    m_orders->setChecked(true);
    auto *rows = new QButtonGroup(this);
    rows->addButton(m_pageFilter);
    rows->addButton(m_dateRange);
    m_pageFilter->setChecked(true);
    m_pageFilter->setText(tr("&As the Orders page shows them: %1").arg(describe(pageFilter)));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setToolTip(tr("From the start of this day (the desk's time zone)"));
    m_to->setToolTip(tr("To the end of this day (the desk's time zone)"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; ), for spreadsheets that use a decimal comma"), QStringLiteral(";"));

    auto *whatBox = new QVBoxLayout;
    whatBox->addWidget(m_orders);
    whatBox->addWidget(m_history);
    auto *range = new QHBoxLayout;
    range->addWidget(m_dateRange);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    auto *rowsBox = new QVBoxLayout;
    rowsBox->addWidget(m_pageFilter);
    rowsBox->addLayout(range);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(choose);
    m_path->setMinimumWidth(380);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), whatBox);
    form->addRow(tr("Rows:"), rowsBox);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    auto *note = new QLabel(tr("UTF-8, RFC 4180. Amounts exactly as stored; times in ISO 8601 UTC. Cells a spreadsheet "
                               "would run as a formula start with an apostrophe."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    for (QRadioButton *button : { m_orders, m_history, m_pageFilter, m_dateRange })
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updateWidgets);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateWidgets);
    updateWidgets();
}

QString ExportDialog::describe(const OrderFilter &filter)
{
    QStringList parts;
    if (!filter.statuses.isEmpty()) {
        QStringList titles;
        for (OrderStatus s : filter.statuses)
            titles << OrderStatuses::title(s);
        parts << tr("status %1").arg(titles.join(tr(" or ")));
    }
    if (!filter.currency.isEmpty())
        parts << tr("currency %1").arg(filter.currency);
    if (filter.from.isValid())
        parts << tr("created from %1").arg(filter.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (filter.to.isValid())
        parts << tr("created before %1").arg(filter.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!filter.search.isEmpty())
        parts << tr("search “%1”").arg(filter.search);
    return parts.isEmpty() ? tr("every order") : parts.join(QStringLiteral(", "));
}

QString ExportDialog::defaultPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString name = m_history->isChecked() ? QStringLiteral("history") : QStringLiteral("orders");
    return QDir(dir).filePath(QStringLiteral("%1-%2.csv").arg(name, QDate::currentDate().toString(Qt::ISODate)));
}

void ExportDialog::updateWidgets()
{
    m_from->setEnabled(m_dateRange->isChecked());
    m_to->setEnabled(m_dateRange->isChecked());
    m_dateRange->setText(
        m_history->isChecked() ? tr("Status changes in a &date range:") : tr("Orders created in a &date range:"));
    // Follow the choice of orders or history while the name is still the one suggested.
    if (m_path->text().isEmpty() || m_path->text() == m_suggested) {
        m_suggested = defaultPath();
        if (m_path->text() != m_suggested)
            m_path->setText(m_suggested);
    }
    if (m_export)
        m_export->setEnabled(!m_path->text().trimmed().isEmpty());
}

void ExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to CSV"), m_path->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::accept()
{
    const QString file = path();
    if (file.isEmpty())
        return;
    if (QFileInfo(file).isDir()) {
        QMessageBox::warning(this, tr("Export to CSV"), tr("%1 is a folder: choose a file name.").arg(file));
        return;
    }
    if (QFileInfo::exists(file)
        && QMessageBox::question(
               this, tr("Export to CSV"), tr("%1 exists. Replace it when the export is complete?").arg(file))
            != QMessageBox::Yes)
        return;
    QDialog::accept();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

CsvExport::Options ExportDialog::options() const
{
    CsvExport::Options options;
    options.what = m_history->isChecked() ? CsvExport::What::History : CsvExport::What::Orders;
    if (m_pageFilter->isChecked()) {
        options.filter = m_filter;
        options.sort = m_sort;
    } else {
        // The desk's local days, as on the orders page.
        options.from = m_from->date().startOfDay();
        options.to = m_to->date().addDays(1).startOfDay();
    }
    options.delimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    options.byteOrderMark = m_bom->isChecked();
    return options;
}

} // namespace pd
