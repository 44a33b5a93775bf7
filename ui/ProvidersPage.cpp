#include "ProvidersPage.h"

#include "ProviderConfigForm.h"
#include "providers/ProviderHub.h"
#include "storage/ProviderSettings.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>

namespace pd {

ProvidersPage::ProvidersPage(ProviderHub &hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_list(new QListWidget(this)), m_forms(new QStackedWidget(this))
{
    m_list->setIconSize(QSize(40, 40));
    m_list->setMaximumWidth(320);
    m_list->setSpacing(2);
    for (const Manifest &manifest : hub.registry().manifests()) {
        auto *item = new QListWidgetItem(QIcon(manifest.icon), manifest.title, m_list);
        item->setData(Qt::UserRole, manifest.name);
        auto *form = new ProviderConfigForm(hub, manifest, this);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(form);
        scroll->setWidgetResizable(true);
        m_forms->addWidget(scroll);
        connect(form, &ProviderConfigForm::changed, this, &ProvidersPage::refreshList);
    }
    connect(m_list, &QListWidget::currentRowChanged, m_forms, &QStackedWidget::setCurrentIndex);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_forms, 1);
    refreshList();
    m_list->setCurrentRow(0);
}

void ProvidersPage::refreshList()
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString name = item->data(Qt::UserRole).toString();
        const auto manifest = m_hub.registry().manifest(name);
        const bool enabled = m_hub.isEnabled(name);
        item->setText(tr("%1\n%2 · %n currencies", nullptr, int(manifest->allowXml.size()))
                          .arg(manifest->title, enabled ? tr("enabled") : tr("disabled")));
    }
}

ProviderConfigForm *ProvidersPage::form(const QString &provider) const
{
    for (auto *form : findChildren<ProviderConfigForm *>()) {
        if (form->manifest().name == provider)
            return form;
    }
    return nullptr;
}

} // namespace pd
