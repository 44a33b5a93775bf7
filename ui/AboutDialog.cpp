#include "AboutDialog.h"
#include "TableKeys.h"

#include "workspace/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

AboutDialog::AboutDialog(const QString &workspaceDir, QWidget *parent)
    : QDialog(parent)
    , m_workspaceDir(workspaceDir)
    , m_title(new QLabel(this))
    , m_blurb(new QLabel(this))
    , m_details(new QTableWidget(0, 2, this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_blurb->setWordWrap(true);
    TableKeys::apply(m_details);
    m_details->horizontalHeader()->hide();
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionMode(QAbstractItemView::NoSelection);
    m_details->setShowGrid(false);
    m_details->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setStretchLastSection(true);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_blurb);
    head->addLayout(text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(supportText());
        m_copy->setText(tr("Copied"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_close->setDefault(true);
    retranslate();
    resize(560, 420);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About PayoutDesk"));
    m_title->setText(QStringLiteral("<h2>PayoutDesk %1</h2>").arg(BuildInfo::version().toHtmlEscaped()));
    m_blurb->setText(tr("The back office of a currency-exchange service: the order book, and payouts approved by "
                        "staff and sent exactly once."));
    m_copy->setText(tr("&Copy for a support ticket"));
    m_close->setText(tr("Close"));
    auto rows = BuildInfo::details();
    rows.append({ tr("Workspace"), m_workspaceDir });
    m_details->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_details->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_details->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
}

QString AboutDialog::supportText() const
{
    return BuildInfo::versionLine(QStringLiteral("PayoutDesk")) + u'\n' + BuildInfo::detailsText() + u'\n'
        + tr("Workspace") + QStringLiteral(": ") + m_workspaceDir;
}

} // namespace pd
