#include "ActivityPage.h"
#include "TableKeys.h"

#include "ActivityModel.h"
#include "services/ActivityService.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

ActivityPage::ActivityPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_service(new ActivityService(workspace.bookThread(), this))
    , m_model(new ActivityModel(this))
    , m_table(new QTableView(this))
    , m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();
    TableKeys::apply(m_table);
    m_table->setEnabled(false); // until the first read is back
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActivityModel::When, 170);
    m_table->setColumnWidth(ActivityModel::What, 170);
    m_table->setColumnWidth(ActivityModel::About, 230);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_table);
}

void ActivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->relabel(); // the headers, and the times in the new language's format
    QWidget::changeEvent(event);
}

void ActivityPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void ActivityPage::refresh()
{
    if (m_reading) {
        m_stale = true; // read again when this read is back
        return;
    }
    m_reading = true;
    m_stale = false;
    auto *reply = m_service->recent(1000);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reading = false;
        m_table->setEnabled(true);
        m_problem->setVisible(!reply->ok());
        if (!reply->ok()) {
            m_problem->setText(tr("The activity log cannot be read: %1").arg(reply->error()));
        } else {
            m_model->setEntries(reply->value());
        }
        if (m_stale)
            refresh();
        else
            emit loaded();
    });
}

} // namespace pd
