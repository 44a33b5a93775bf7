#pragma once

#include "contract/Manifest.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

class ProviderHub;
class ProviderSettingsService;
class Workspace;

// A provider's settings form, generated from its manifest's required_config (spec/000's
// admin.html in Qt): a key of kind 1 is a field showing its stored value; a key of kind 2 is
// a password field that never shows the stored secret: it says one is stored and offers
// Replace and Remove. Each key saves on its own, with a visible result. Then "Debug log?",
// Enabled, "Test connection" (a signed balance call), the desk's webhook URL for this
// provider and the public address as configured. What the book holds is read and written
// through ProviderSettingsService, on the book's thread: the form is offered once it is read.
class ProviderConfigForm : public QWidget {
    Q_OBJECT
public:
    ProviderConfigForm(ProviderHub &hub, Workspace &workspace, const Manifest &manifest, QWidget *parent = nullptr);

    const Manifest &manifest() const { return m_manifest; }
    // For tests: the generated editors by config key.
    QLineEdit *editor(const QString &key) const { return m_editors.value(key); }
    QPushButton *saveButton(const QString &key) const { return m_saveButtons.value(key); }
    QLabel *resultLabel(const QString &key) const { return m_results.value(key); }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QCheckBox *enabledBox() const { return m_enabled; }
    // Whether the book's settings of the provider have been read (and are shown).
    bool isLoaded() const { return m_loaded; }

signals:
    void changed(); // something was saved: the list refreshes
    void loaded(); // the book's settings are shown (or why they cannot be read)

private:
    void load();
    void saveValue(const QString &key, const QString &value, QLabel *result, const QString &done);
    void recordSecret(const QString &key, bool stored, const QString &done);
    void saveShown(const QString &key);
    void saveSecret(const QString &key);
    void removeSecret(const QString &key);
    void showSecretState(const QString &key);
    void setEnabled(bool on);
    void testConnection();
    void showResult(QLabel *label, bool ok, const QString &text);

    ProviderHub &m_hub;
    ProviderSettingsService *m_service;
    Manifest m_manifest;
    bool m_loaded = false;
    QStringList m_storedSecrets; // as the book last said
    QList<QWidget *> m_fromTheBook; // offered once the book's settings are read
    QHash<QString, QLineEdit *> m_editors;
    QHash<QString, QPushButton *> m_saveButtons;
    QHash<QString, QPushButton *> m_replaceButtons;
    QHash<QString, QPushButton *> m_removeButtons;
    QHash<QString, QLabel *> m_results;
    QComboBox *m_debug;
    QCheckBox *m_enabled;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_loading;
    QLineEdit *m_webhook;
    QLabel *m_publicAddress;
};

} // namespace pd
