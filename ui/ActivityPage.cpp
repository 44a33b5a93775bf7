#include "ActivityPage.h"

#include "services/ActivityService.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

ActivityPage::ActivityPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_service(new ActivityService(workspace.bookThread(), this))
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();
    m_table->setEnabled(false); // until the first read is back
    m_table->setColumnCount(5);
    retranslate();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 170);
    m_table->setColumnWidth(2, 170);
    m_table->setColumnWidth(3, 230);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_table);
}

void ActivityPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("About"), tr("Details") });
}

void ActivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible())
            refresh(); // the times in the new language's format
    }
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
            const QList<ActivityService::Entry> &entries = reply->value();
            m_table->setRowCount(int(entries.size()));
            for (int row = 0; row < entries.size(); ++row) {
                const auto &e = entries.at(row);
                const QStringList cells = { QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                    e.kind, e.subject, e.message };
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    if (e.kind.endsWith(QLatin1String("failed")) || e.kind.endsWith(QLatin1String("rejected")))
                        item->setForeground(QColor(0xc6, 0x28, 0x28));
                    m_table->setItem(row, c, item);
                }
            }
        }
        if (m_stale)
            refresh();
        else
            emit loaded();
    });
}

} // namespace pd
