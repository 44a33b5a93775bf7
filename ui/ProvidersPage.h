#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace pd {

class ProviderConfigForm;
class ProviderHub;
class ProviderSettingsService;
class Workspace;

// Every built-in payout provider with its icon, title, currencies and state; the selected
// one's settings form beside the list.
class ProvidersPage : public QWidget {
    Q_OBJECT
public:
    ProvidersPage(ProviderHub &hub, Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Builds the forms first if the page was never shown.
    ProviderConfigForm *form(const QString &provider);

    // Which providers are enabled (read from the book), then the balance line of each enabled
    // one, read from the provider (a signed call).
    void refreshBalances();
    // Only admins change providers and their secrets: for others the forms are read-only.
    void setEditable(bool editable);

signals:
    void enabledRead(); // the list shows which providers the book has enabled

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addForms();
    void buildForms();
    void refreshList();
    QHash<QString, QString> m_balances; // provider → "1250.50 USDT, …" or a problem
    QSet<QString> m_enabled; // as the book last said
    QString m_problem; // why the book could not say, if so

    ProviderHub &m_hub;
    Workspace &m_workspace;
    ProviderSettingsService *m_service;
    QListWidget *m_list;
    QStackedWidget *m_forms;
    bool m_editable = true;
    bool m_formsBuilt = false;
};

} // namespace pd
