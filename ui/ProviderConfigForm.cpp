#include "ProviderConfigForm.h"
#include "AmountText.h"

#include "contract/Provider.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretStore.h"
#include "services/ProviderSettingsService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QString labelFor(const ConfigKey &key)
{
    // The common keys in the staff's language; others as the manifest names them.
    if (key.key == QLatin1String("apiKey"))
        return ProviderConfigForm::tr("API key");
    if (key.key == QLatin1String("apiSecret"))
        return ProviderConfigForm::tr("API secret");
    if (key.key == QLatin1String("apiUrl"))
        return ProviderConfigForm::tr("API address");
    if (key.key == QLatin1String("webhookKey"))
        return ProviderConfigForm::tr("Webhook key");
    if (key.key == QLatin1String("webhookSecret"))
        return ProviderConfigForm::tr("Webhook secret");
    if (key.key == QLatin1String("merchantId"))
        return ProviderConfigForm::tr("Merchant ID");
    if (key.key == QLatin1String("payoutApiKey"))
        return ProviderConfigForm::tr("Payout API key");
    return key.label;
}

} // namespace

ProviderConfigForm::ProviderConfigForm(
    ProviderHub &hub, Workspace &workspace, const Manifest &manifest, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_service(new ProviderSettingsService(workspace.bookThread(), this))
    , m_manifest(manifest)
    , m_debug(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("Enabled: payouts may be sent through this provider"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_webhook(new QLineEdit(this))
    , m_publicAddress(new QLabel(this))
{
    setObjectName(QStringLiteral("ProviderConfigForm_") + manifest.name);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(manifest.icon).pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>%1 Payout</h2>").arg(manifest.title.toHtmlEscaped()), this);
    auto *currencies
        = new QLabel(tr("Supported currencies: %1").arg(manifest.allowXml.join(QStringLiteral(", "))), this);
    currencies->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    auto *headText = new QVBoxLayout;
    headText->addWidget(title);
    headText->addWidget(currencies);
    head->addLayout(headText, 1);

    auto *config = new QGroupBox(tr("Config"), this);
    auto *form = new QFormLayout(config);
    for (const ConfigKey &key : manifest.requiredConfig) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("config_") + key.key);
        auto *save = new QPushButton(tr("Save"), this);
        auto *result = new QLabel(this);
        result->setWordWrap(true);
        m_editors.insert(key.key, edit);
        m_saveButtons.insert(key.key, save);
        m_results.insert(key.key, result);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        if (key.kind == ConfigKey::Kind::Secret) {
            edit->setEchoMode(QLineEdit::Password);
            auto *replace = new QPushButton(tr("Replace"), this);
            auto *remove = new QPushButton(tr("Remove"), this);
            m_replaceButtons.insert(key.key, replace);
            m_removeButtons.insert(key.key, remove);
            row->addWidget(replace);
            row->addWidget(remove);
            connect(save, &QPushButton::clicked, this, [this, k = key.key] { saveSecret(k); });
            connect(edit, &QLineEdit::returnPressed, this, [this, k = key.key] { saveSecret(k); });
            connect(replace, &QPushButton::clicked, this, [this, k = key.key] {
                m_editors.value(k)->setEnabled(true);
                m_editors.value(k)->setPlaceholderText(tr("Type the new secret"));
                m_editors.value(k)->setFocus();
                m_saveButtons.value(k)->setEnabled(true);
            });
            connect(remove, &QPushButton::clicked, this, [this, k = key.key] { removeSecret(k); });
        } else {
            connect(save, &QPushButton::clicked, this, [this, k = key.key] { saveShown(k); });
            connect(edit, &QLineEdit::returnPressed, this, [this, k = key.key] { saveShown(k); });
        }
        row->addWidget(save);
        auto *cell = new QVBoxLayout;
        cell->addLayout(row);
        cell->addWidget(result);
        // Optional keys (webhooks) may stay empty: the provider works without them.
        form->addRow(
            manifest.optionalConfig.contains(key.key) ? tr("%1 (optional):").arg(labelFor(key)) : labelFor(key) + u':',
            cell);
        if (key.kind == ConfigKey::Kind::Secret)
            showSecretState(key.key);
    }
    m_debug->addItem(tr("No"), QStringLiteral("0"));
    m_debug->addItem(tr("Yes"), QStringLiteral("1"));
    auto *debugResult = new QLabel(this);
    m_results.insert(QStringLiteral("debug"), debugResult);
    auto *debugRow = new QHBoxLayout;
    debugRow->addWidget(m_debug);
    auto *debugSave = new QPushButton(tr("Save"), this);
    debugRow->addWidget(debugSave);
    debugRow->addWidget(debugResult, 1);
    form->addRow(tr("Debug log?"), debugRow);
    connect(debugSave, &QPushButton::clicked, this, [this, debugResult] {
        saveValue(QStringLiteral("debug"), m_debug->currentData().toString(), debugResult, tr("Saved."));
    });

    connect(m_enabled, &QCheckBox::toggled, this, &ProviderConfigForm::setEnabled);
    auto *enabledResult = new QLabel(this);
    enabledResult->setWordWrap(true);
    m_results.insert(QStringLiteral("enabled"), enabledResult);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    m_testResult->setWordWrap(true);
    connect(m_test, &QPushButton::clicked, this, &ProviderConfigForm::testConnection);

    auto *addresses = new QGroupBox(tr("Public IP and webhook URL"), this);
    auto *addressForm = new QFormLayout(addresses);
    m_webhook->setReadOnly(true);
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    addressForm->addRow(tr("Webhook URL:"), m_webhook);
    addressForm->addRow(tr("Public address:"), m_publicAddress);

    m_loading->setWordWrap(true);
    m_fromTheBook = { config, m_enabled, m_test, addresses };
    for (QWidget *part : std::as_const(m_fromTheBook))
        part->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_loading);
    layout->addWidget(config);
    layout->addWidget(m_enabled);
    layout->addWidget(enabledResult);
    layout->addLayout(testRow);
    layout->addWidget(addresses);
    layout->addStretch();
    load();
}

void ProviderConfigForm::load()
{
    auto *reply = m_service->read(m_manifest.name);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_loaded = true;
        if (!reply->ok()) {
            // Nothing of the book's is shown, so nothing is offered to change.
            m_loading->setText(tr("The provider's settings cannot be read: %1").arg(reply->error()));
            m_loading->setStyleSheet(QStringLiteral("color: #c62828"));
            emit loaded();
            return;
        }
        const ProviderSettingsService::Provider &stored = reply->value();
        for (const ConfigKey &key : m_manifest.requiredConfig) {
            if (key.kind != ConfigKey::Kind::Secret)
                m_editors.value(key.key)->setText(
                    stored.values.value(key.key, m_manifest.defaultConfig.value(key.key).toString()));
        }
        m_debug->setCurrentIndex(stored.values.value(QStringLiteral("debug")) == QLatin1String("1") ? 1 : 0);
        {
            const QSignalBlocker quiet(m_enabled); // shown as stored, not turned on or off
            m_enabled->setChecked(stored.values.value(QStringLiteral("enabled")) == QLatin1String("1"));
        }
        m_webhook->setText(stored.webhookUrl);
        m_publicAddress->setText(
            stored.publicAddress.isEmpty() ? tr("not configured (Settings → Listener)") : stored.publicAddress);
        m_storedSecrets = stored.storedSecrets;
        for (const ConfigKey &key : m_manifest.requiredConfig) {
            if (key.kind == ConfigKey::Kind::Secret)
                showSecretState(key.key);
        }
        m_loading->hide();
        for (QWidget *part : std::as_const(m_fromTheBook))
            part->setEnabled(true);
        emit loaded();
    });
}

// One setting to the book; `result` says how it went (`done` when it went), and the list
// refreshes once it is there.
void ProviderConfigForm::saveValue(const QString &key, const QString &value, QLabel *result, const QString &done)
{
    showResult(result, true, tr("Saving…"));
    auto *reply = m_service->setValue(m_manifest, key, value);
    connect(reply, &BookReply::finished, this, [this, reply, result, done] {
        reply->deleteLater();
        showResult(result, reply->ok(), reply->ok() ? done : reply->error());
        if (reply->ok())
            emit changed();
    });
}

// The book's index of the keychain: that a secret is there (or gone), never its value.
void ProviderConfigForm::recordSecret(const QString &key, bool stored, const QString &done)
{
    auto *reply = m_service->setSecretStored(m_manifest, key, stored);
    connect(reply, &BookReply::finished, this, [this, reply, key, stored, done] {
        reply->deleteLater();
        if (reply->ok()) {
            m_storedSecrets.removeAll(key);
            if (stored)
                m_storedSecrets.append(key);
        }
        showSecretState(key);
        showResult(m_results.value(key), reply->ok(), reply->ok() ? done : reply->error());
        if (reply->ok())
            emit changed();
    });
}

void ProviderConfigForm::showResult(QLabel *label, bool ok, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #c62828"));
}

void ProviderConfigForm::saveShown(const QString &key)
{
    saveValue(key, m_editors.value(key)->text().trimmed(), m_results.value(key), tr("Saved."));
}

void ProviderConfigForm::showSecretState(const QString &key)
{
    const bool stored = m_storedSecrets.contains(key);
    QLineEdit *edit = m_editors.value(key);
    edit->clear();
    // A stored secret is never read back into the form: it only says that one is there.
    edit->setPlaceholderText(stored ? tr("A secret is stored in the keychain") : tr("Not set"));
    edit->setEnabled(!stored);
    m_saveButtons.value(key)->setEnabled(!stored);
    m_replaceButtons.value(key)->setVisible(stored);
    m_removeButtons.value(key)->setVisible(stored);
}

void ProviderConfigForm::saveSecret(const QString &key)
{
    const QString secret = m_editors.value(key)->text();
    if (secret.isEmpty()) {
        showResult(m_results.value(key), false, tr("Type the secret first."));
        return;
    }
    m_saveButtons.value(key)->setEnabled(false);
    showResult(m_results.value(key), true, tr("Saving to the keychain…"));
    SecretJob *job = m_hub.secrets().write(m_manifest.name, key, secret);
    m_editors.value(key)->clear(); // the form keeps no copy
    connect(job, &SecretJob::finished, this, [this, job, key] {
        job->deleteLater();
        if (!job->ok()) {
            showSecretState(key);
            showResult(m_results.value(key), false, job->error());
            return;
        }
        recordSecret(key, true, tr("Stored in the keychain."));
    });
}

void ProviderConfigForm::removeSecret(const QString &key)
{
    if (QMessageBox::question(this, tr("Remove secret"),
            tr("Remove %1 of %2 from the keychain? Payouts through %2 stop until a new one is saved.")
                .arg(key, m_manifest.title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    SecretJob *job = m_hub.secrets().remove(m_manifest.name, key);
    connect(job, &SecretJob::finished, this, [this, job, key] {
        job->deleteLater();
        if (!job->ok() && job->outcome() != SecretJob::Outcome::NotFound) {
            showSecretState(key);
            showResult(m_results.value(key), false, job->error());
            return;
        }
        recordSecret(key, false, tr("Removed from the keychain."));
    });
}

// Enabling reads every secret from the keychain first: a provider that cannot get its
// secrets (no keychain, one missing) stays disabled, and the form says why.
void ProviderConfigForm::setEnabled(bool on)
{
    QLabel *result = m_results.value(QStringLiteral("enabled"));
    if (!on) {
        saveValue(QStringLiteral("enabled"), QStringLiteral("0"), result, tr("Disabled."));
        return;
    }
    m_enabled->setEnabled(false);
    ProviderLoad *load = m_hub.load(m_manifest.name);
    connect(load, &ProviderLoad::finished, this, [this, load, result] {
        load->deleteLater();
        m_enabled->setEnabled(true);
        QString error = load->error();
        if (load->provider() && !load->provider()->missingConfig().isEmpty())
            error = tr("Not configured yet: %1.").arg(load->provider()->missingConfig().join(QStringLiteral(", ")));
        const auto stayDisabled = [this, result](const QString &why) {
            const QSignalBlocker block(m_enabled);
            m_enabled->setChecked(false);
            showResult(result, false, tr("Stays disabled: %1").arg(why));
            emit changed();
        };
        if (!error.isEmpty())
            return stayDisabled(error);
        m_enabled->setEnabled(false);
        auto *reply = m_service->setValue(m_manifest, QStringLiteral("enabled"), QStringLiteral("1"));
        connect(reply, &BookReply::finished, this, [this, reply, result, stayDisabled] {
            reply->deleteLater();
            m_enabled->setEnabled(true);
            if (!reply->ok())
                return stayDisabled(reply->error());
            showResult(result, true, tr("Enabled."));
            emit changed();
        });
    });
}

void ProviderConfigForm::testConnection()
{
    m_test->setEnabled(false);
    showResult(m_testResult, true, tr("Connecting…"));
    ProviderLoad *load = m_hub.load(m_manifest.name);
    connect(load, &ProviderLoad::finished, this, [this, load] {
        load->deleteLater();
        Provider *provider = load->provider();
        if (!provider || !provider->missingConfig().isEmpty()) {
            m_test->setEnabled(true);
            showResult(m_testResult, false,
                provider ? tr("Not configured yet: %1.").arg(provider->missingConfig().join(QStringLiteral(", ")))
                         : load->error());
            return;
        }
        ProviderReply *reply = provider->balance();
        reply->setParent(this); // outlives the load
        connect(reply, &ProviderReply::finished, this,
            [this, reply, holder = std::shared_ptr<Provider>(load->takeProvider())] {
                reply->deleteLater();
                m_test->setEnabled(true);
                if (reply->error().isError()) {
                    showResult(m_testResult, false, tr("Failed: %1").arg(reply->error().message));
                    return;
                }
                showResult(m_testResult, true, tr("Connected. Balance: %1").arg(AmountText::list(reply->balances())));
            });
    });
}

} // namespace pd
