#pragma once

#include <QHash>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace pd {

class ProviderConfigForm;
class ProviderHub;

// Every built-in payout provider with its icon, title, currencies and state; the selected
// one's settings form beside the list.
class ProvidersPage : public QWidget {
    Q_OBJECT
public:
    explicit ProvidersPage(ProviderHub &hub, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    ProviderConfigForm *form(const QString &provider) const;

    // The balance line of each enabled provider, read from the provider (a signed call).
    void refreshBalances();
    // Only admins change providers and their secrets: for others the forms are read-only.
    void setEditable(bool editable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addForms();
    void refreshList();
    QHash<QString, QString> m_balances; // provider → "1250.50 USDT, …" or a problem

    ProviderHub &m_hub;
    QListWidget *m_list;
    QStackedWidget *m_forms;
    bool m_editable = true;
};

} // namespace pd
