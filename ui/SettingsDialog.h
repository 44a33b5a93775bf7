#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pd {

class CurrencyRegistry;
class ProviderRegistry;
class SecretEditor;
class SecretStore;
class SettingsService;
class Workspace;

// Edit → Settings…: the desk-wide settings kept in the order book (DeskSettings), shared by
// every desk on it. The listener (read when the desk starts), the exchange site (its address
// for payment links and order creation, the IPN window, IPN retries) and, per currency that
// some provider pays out in, the default payout provider. OK writes the keys that changed, each
// with an entry in the activity log, in one transaction: all of them or none. Cancel writes
// nothing. The site's secrets (the IPN secret, the API token) are the exception: they go to the
// keychain at once with their own Save, as on the Providers page, since a keychain write cannot
// join the book's transaction; each change is in the activity log, never its value. The book is
// read and written through SettingsService, on the book's thread: the book's settings are shown
// (and OK offered) once they are read, and OK closes the dialog once the book has them.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Workspace &workspace, SecretStore &secrets, const ProviderRegistry &providers,
        const CurrencyRegistry &currencies, QWidget *parent = nullptr);

    void accept() override;
    void done(int result) override;
    // Only admins change the book's settings (listener, site, secrets, default providers); the
    // interface language is each staff member's own.
    void setBookWideEditable(bool editable);
    // Whether the book's settings have been read (and are shown).
    bool isLoaded() const { return m_loaded; }

    // For tests: the editors.
    QCheckBox *listenerEnabledBox() const { return m_enabled; }
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *addressProblem() const { return m_addressProblem; }
    QLineEdit *publicUrlEdit() const { return m_publicUrl; }
    QLabel *publicUrlProblem() const { return m_publicUrlProblem; }
    QLineEdit *publicAddressEdit() const { return m_publicAddress; }
    QTableWidget *defaultsTable() const { return m_defaults; }
    QComboBox *defaultProviderBox(const QString &xml) const { return m_providerBoxes.value(xml); }
    QPushButton *okButton() const { return m_ok; }
    QLineEdit *siteUrlEdit() const { return m_siteUrl; }
    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLabel *siteProblem() const { return m_siteProblem; }
    SecretEditor *ipnSecretEditor() const { return m_ipnSecret; }
    SecretEditor *apiTokenEditor() const { return m_apiToken; }
    QComboBox *languageBox() const { return m_language; }

signals:
    void loaded(); // the book's settings are read and shown (or why they cannot be, said)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addDefaultsRows(const ProviderRegistry &providers, const CurrencyRegistry &currencies);
    void validate();
    void load();
    void showStored(const QHash<QString, QString> &stored);
    void enableBookWide();
    void logSecret(const QString &name, bool stored);
    // Every key with the value the dialog shows now, in the dialog's order.
    QList<std::pair<QString, QString>> shownValues() const;

    SettingsService *m_service;
    bool m_loaded = false;
    bool m_readOk = false; // loaded, and the book's values are shown
    bool m_saving = false;
    bool m_bookWideEditable = true;
    QLabel *m_loading;
    QList<QWidget *> m_bookWide;
    QCheckBox *m_enabled;
    QLineEdit *m_address;
    QLabel *m_addressProblem;
    QLineEdit *m_publicUrl;
    QLabel *m_publicUrlProblem;
    QLineEdit *m_publicAddress;
    QTableWidget *m_defaults;
    QHash<QString, QComboBox *> m_providerBoxes; // by XML code
    QPushButton *m_ok = nullptr;
    QLineEdit *m_siteUrl;
    QLineEdit *m_apiUrl;
    QLabel *m_siteProblem;
    QComboBox *m_siteLanguage;
    QSpinBox *m_ipnWindow;
    QSpinBox *m_ipnRetries;
    SecretEditor *m_ipnSecret;
    SecretEditor *m_apiToken;
    QComboBox *m_language; // this staff member's, on this computer: not in the book
    QHash<QString, QString> m_initial; // what the dialog showed when it opened, by key
};

} // namespace pd
