#include "ProvidersPage.h"

#include "AmountText.h"
#include "ProviderConfigForm.h"
#include "contract/Provider.h"
#include "providerhub/ProviderHub.h"
#include "services/ProviderSettingsService.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <utility>

namespace pd {

ProvidersPage::ProvidersPage(ProviderHub &hub, Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_workspace(workspace)
    , m_service(new ProviderSettingsService(workspace.bookThread(), this))
    , m_list(new QListWidget(this))
    , m_forms(new QStackedWidget(this))
{
    m_list->setIconSize(QSize(40, 40));
    m_list->setMaximumWidth(320);
    m_list->setSpacing(2);
    for (const Manifest &manifest : hub.registry().manifests()) {
        auto *item = new QListWidgetItem(QIcon(manifest.icon), manifest.title, m_list);
        item->setData(Qt::UserRole, manifest.name);
    }
    // The forms are built when the page is first shown (or a form is asked for): the desk opens
    // on the orders, and decoding every provider's form there would hold up its first paint.
    connect(m_list, &QListWidget::currentRowChanged, m_forms, &QStackedWidget::setCurrentIndex);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_forms, 1);
    refreshBalances();
    m_list->setCurrentRow(0);
}

// One generated form per provider. Built again after a language switch: a form holds nothing
// that is not saved (each setting is saved with its own button), so nothing is lost.
void ProvidersPage::addForms()
{
    while (QWidget *old = m_forms->widget(0)) {
        m_forms->removeWidget(old);
        old->deleteLater();
    }
    for (const Manifest &manifest : m_hub.registry().manifests()) {
        auto *form = new ProviderConfigForm(m_hub, m_workspace, manifest, this);
        static_cast<QWidget *>(form)->setEnabled(m_editable); // (the form's own setEnabled turns the provider on)
        if (!m_editable)
            form->setToolTip(tr("Only an admin changes providers and their secrets."));
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(form);
        scroll->setWidgetResizable(true);
        m_forms->addWidget(scroll);
        connect(form, &ProviderConfigForm::changed, this, &ProvidersPage::refreshBalances);
    }
}

void ProvidersPage::buildForms()
{
    m_formsBuilt = true;
    const int current = m_list->currentRow();
    addForms();
    m_forms->setCurrentIndex(current);
}

void ProvidersPage::setEditable(bool editable)
{
    if (std::exchange(m_editable, editable) != editable && m_formsBuilt)
        buildForms();
}

void ProvidersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_formsBuilt)
            buildForms();
        refreshList();
    }
    QWidget::changeEvent(event);
}

void ProvidersPage::showEvent(QShowEvent *event)
{
    if (!m_formsBuilt)
        buildForms();
    QWidget::showEvent(event);
}

void ProvidersPage::refreshBalances()
{
    QStringList names;
    for (const Manifest &manifest : m_hub.registry().manifests())
        names << manifest.name;
    auto *reply = m_service->enabled(names);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_problem = reply->ok() ? QString() : tr("The providers' settings cannot be read: %1").arg(reply->error());
        if (reply->ok())
            m_enabled = reply->value();
        refreshList();
        emit enabledRead();
        for (const Manifest &manifest : m_hub.registry().manifests()) {
            const QString name = manifest.name;
            if (!m_enabled.contains(name)) {
                m_balances.remove(name);
                continue;
            }
            m_hub.askBalance(name, this, [this, name](const Balances &balances, const QString &error) {
                m_balances.insert(
                    name, error.isEmpty() ? AmountText::list(balances) : tr("balance unknown: %1").arg(error));
                refreshList();
            });
        }
    });
}

void ProvidersPage::refreshList()
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString name = item->data(Qt::UserRole).toString();
        const auto manifest = m_hub.registry().manifest(name);
        const bool enabled = m_enabled.contains(name);
        QString text = tr("%1\n%2 · %n currencies", nullptr, int(manifest->allowXml.size()))
                           .arg(manifest->title, enabled ? tr("enabled") : tr("disabled"));
        if (enabled && m_balances.contains(name))
            text += u'\n' + m_balances.value(name);
        item->setText(text);
        item->setToolTip(m_problem.isEmpty() ? m_balances.value(name) : m_problem);
    }
}

ProviderConfigForm *ProvidersPage::form(const QString &provider)
{
    if (!m_formsBuilt)
        buildForms();
    for (auto *form : findChildren<ProviderConfigForm *>()) {
        if (form->manifest().name == provider)
            return form;
    }
    return nullptr;
}

} // namespace pd
