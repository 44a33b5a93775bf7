#include "ActivityPage.h"
#include "TableKeys.h"

#include "ActivityFilter.h"
#include "ActivityKind.h"
#include "ActivityModel.h"
#include "services/ActivityService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

ActivityPage::ActivityPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_service(new ActivityService(workspace.bookThread(), this))
    , m_model(new ActivityModel(this))
    , m_filter(new ActivityFilter(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();
    TableKeys::apply(m_table);
    m_table->setEnabled(false); // until the first read is back
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_actor->setObjectName(QStringLiteral("actor"));
    m_kindLabel->setBuddy(m_kind);
    m_actorLabel->setBuddy(m_actor);
    for (QComboBox *box : { m_kind, m_actor }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->addItem(QString(), QString());
    }
    connect(
        m_kind, &QComboBox::currentIndexChanged, this, [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(m_actor, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setActor(m_actor->currentData().toString()); });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActivityModel::When, 170);
    m_table->setColumnWidth(ActivityModel::What, 170);
    m_table->setColumnWidth(ActivityModel::About, 230);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_actorLabel);
    filters->addWidget(m_actor);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_problem);
    layout->addWidget(m_table);
    relabel();
}

void ActivityPage::relabel()
{
    m_kindLabel->setText(tr("&What"));
    m_kind->setItemText(0, tr("Every kind"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ActivityKind::title(m_kind->itemData(i).toString()));
    m_actorLabel->setText(tr("W&ho"));
    m_actor->setItemText(0, tr("Everyone"));
}

void ActivityPage::fillChoices()
{
    QSet<QString> kinds, actors;
    for (const ActivityService::Entry &e : m_model->entries()) {
        kinds.insert(e.kind);
        actors.insert(e.actor);
    }
    const auto fill = [](QComboBox *box, const QSet<QString> &values, const auto &shown) {
        const QString chosen = box->currentData().toString();
        QStringList sorted(values.begin(), values.end());
        if (!chosen.isEmpty() && !values.contains(chosen))
            sorted << chosen; // kept while chosen: its rows are gone, the choice is not
        std::sort(sorted.begin(), sorted.end(),
            [&shown](const QString &a, const QString &b) { return shown(a).localeAwareCompare(shown(b)) < 0; });
        const QSignalBlocker quiet(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &v : sorted)
            box->addItem(shown(v), v);
        box->setCurrentIndex(qMax(0, box->findData(chosen)));
    };
    fill(m_kind, kinds, [](const QString &k) { return ActivityKind::title(k); });
    fill(m_actor, actors, [](const QString &a) { return a; });
}

void ActivityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->relabel(); // the headers, and the times in the new language's format
        relabel();
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
            m_model->setEntries(reply->value());
            fillChoices();
        }
        if (m_stale)
            refresh();
        else
            emit loaded();
    });
}

} // namespace pd
