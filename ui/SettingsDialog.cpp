#include "SettingsDialog.h"
#include "TableKeys.h"

#include "Language.h"
#include "ProviderRegistry.h"
#include "SecretEditor.h"
#include "contract/CurrencyRegistry.h"
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "merchant/ExchangeSiteClient.h"
#include "merchant/IpnSender.h"
#include "secrets/SecretStore.h"
#include "services/SettingsService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pd {

namespace {

const QString geometryKey = QStringLiteral("settingsDialog/geometry");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// A line edit with a red message under it, shown only while the text is refused.
QLayout *withProblem(QLineEdit *edit, QLabel *problem)
{
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #c62828"));
    problem->hide();
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(edit);
    cell->addWidget(problem);
    return cell;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

} // namespace

SettingsDialog::SettingsDialog(Workspace &workspace, SecretStore &secrets, const ProviderRegistry &providers,
    const CurrencyRegistry &currencies, QWidget *parent)
    : QDialog(parent)
    , m_service(new SettingsService(workspace.bookThread(), this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_enabled(new QCheckBox(tr("Listen for provider webhooks and the exchange site's IPNs"), this))
    , m_address(new QLineEdit(this))
    , m_addressProblem(new QLabel(this))
    , m_publicUrl(new QLineEdit(this))
    , m_publicUrlProblem(new QLabel(this))
    , m_publicAddress(new QLineEdit(this))
    , m_defaults(new QTableWidget(0, 2, this))
    , m_siteUrl(new QLineEdit(this))
    , m_apiUrl(new QLineEdit(this))
    , m_siteProblem(new QLabel(this))
    , m_siteLanguage(new QComboBox(this))
    , m_ipnWindow(new QSpinBox(this))
    , m_ipnRetries(new QSpinBox(this))
    , m_ipnSecret(new SecretEditor(secrets, IpnRoute::secretOwner(), IpnRoute::secretKey(), this))
    , m_apiToken(new SecretEditor(secrets, ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey(), this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    // The book's values replace these once read (showStored).
    m_address->setText(key(SettingsService::defaultListenAddress));
    m_address->setPlaceholderText(key(SettingsService::defaultListenAddress));
    m_publicUrl->setPlaceholderText(tr("https://desk.example.com (optional)"));
    m_publicAddress->setPlaceholderText(tr("The IP address providers see, for their allow-lists (optional)"));

    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::chosen())));
    auto *thisDesk = new QGroupBox(tr("This desk"), this);
    auto *deskForm = new QFormLayout(thisDesk);
    deskForm->addRow(tr("Interface language:"), m_language);

    auto *listener = new QGroupBox(tr("Listener"), this);
    auto *form = new QFormLayout(listener);
    form->addRow(m_enabled);
    form->addRow(tr("Address:"), withProblem(m_address, m_addressProblem));
    form->addRow(tr("Public URL:"), withProblem(m_publicUrl, m_publicUrlProblem));
    form->addRow(tr("Public address:"), m_publicAddress);
    auto *note = new QLabel(
        tr("The listener starts with the desk: changes to it apply the next time PayoutDesk starts."), this);
    note->setWordWrap(true);
    QFont noteFont = note->font();
    noteFont.setItalic(true);
    note->setFont(noteFont);
    form->addRow(note);

    m_siteUrl->setPlaceholderText(tr("https://www.kryptoswap.io — for the client's payment links"));
    m_apiUrl->setPlaceholderText(tr("the site's own address, unless its API lives elsewhere"));
    for (const QString &code :
        { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("es") })
        m_siteLanguage->addItem(code, code);
    m_ipnWindow->setRange(0, 24 * 30);
    m_ipnWindow->setSuffix(tr(" h"));
    m_ipnWindow->setSpecialValueText(tr("off"));
    m_ipnRetries->setRange(0, 10);
    m_ipnRetries->setSpecialValueText(tr("none (sent once, as the protocol says)"));
    auto *site = new QGroupBox(tr("Exchange site"), this);
    auto *siteForm = new QFormLayout(site);
    siteForm->addRow(tr("Site address:"), withProblem(m_siteUrl, m_siteProblem));
    siteForm->addRow(tr("API address:"), m_apiUrl);
    siteForm->addRow(tr("Language of links:"), m_siteLanguage);
    siteForm->addRow(tr("Accept IPNs sent within:"), m_ipnWindow);
    siteForm->addRow(tr("Retries of the desk's IPNs:"), m_ipnRetries);
    siteForm->addRow(tr("IPN secret:"), m_ipnSecret);
    siteForm->addRow(tr("API token:"), m_apiToken);
    m_ipnSecret->setRemoveQuestion(
        tr("Remove the IPN secret from the keychain? Every IPN is refused until a new one is saved."));
    m_apiToken->setRemoveQuestion(
        tr("Remove the site's API token from the keychain? New orders cannot be created until a new one is saved."));
    connect(m_ipnSecret, &SecretEditor::changed, this,
        [this](bool stored) { logSecret(IpnRoute::secretOwner() + u'/' + IpnRoute::secretKey(), stored); });
    connect(m_apiToken, &SecretEditor::changed, this, [this](bool stored) {
        logSecret(ExchangeSiteClient::secretOwner() + u'/' + ExchangeSiteClient::secretKey(), stored);
    });
    auto *secretsNote = new QLabel(tr("Secrets are kept in the keychain and saved at once with their own Save."), this);
    secretsNote->setWordWrap(true);
    secretsNote->setFont(noteFont);
    siteForm->addRow(secretsNote);

    auto *defaults = new QGroupBox(tr("Default payout provider"), this);
    auto *defaultsLayout = new QVBoxLayout(defaults);
    auto *defaultsNote
        = new QLabel(tr("The provider the payout queue and payoutdesk-cli choose for each currency."), this);
    defaultsNote->setWordWrap(true);
    defaultsLayout->addWidget(defaultsNote);
    defaultsLayout->addWidget(m_defaults);
    TableKeys::apply(m_defaults);
    m_defaults->setHorizontalHeaderLabels({ tr("Currency"), tr("Provider") });
    m_defaults->verticalHeader()->hide();
    m_defaults->setSelectionMode(QAbstractItemView::NoSelection);
    m_defaults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_defaults->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_defaults->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    addDefaultsRows(providers, currencies);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    m_bookWide = { listener, site, defaults };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loading);
    layout->addWidget(thisDesk);
    layout->addWidget(listener);
    layout->addWidget(site);
    layout->addWidget(defaults, 1);
    layout->addWidget(buttons);

    connect(m_address, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_publicUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_siteUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_apiUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    enableBookWide();
    validate();
    load();

    resize(640, 720);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

void SettingsDialog::load()
{
    QStringList keys;
    for (const auto &[name, value] : shownValues())
        keys << name;
    auto *reply = m_service->values(keys);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->ok()) {
            showStored(reply->value());
            m_readOk = true;
            m_loading->hide();
        } else {
            // Nothing of the book's is shown, so nothing of it may be saved: only this desk's part.
            m_loading->setText(tr("The order book's settings cannot be read: %1").arg(reply->error()));
            m_loading->setStyleSheet(QStringLiteral("color: #c62828"));
            m_loading->setWordWrap(true);
        }
        for (const auto &[name, value] : shownValues())
            m_initial.insert(name, value);
        m_loaded = true;
        enableBookWide();
        validate();
        emit loaded();
    });
}

// The editors show what the book holds: a key without a row shows its default.
void SettingsDialog::showStored(const QHash<QString, QString> &stored)
{
    m_enabled->setChecked(stored.value(key(SettingsService::listenerEnabled)) == QLatin1String("1"));
    m_address->setText(stored.value(key(SettingsService::listenAddress), key(SettingsService::defaultListenAddress)));
    m_publicUrl->setText(stored.value(key(SettingsService::publicUrl)));
    m_publicAddress->setText(stored.value(key(SettingsService::publicAddress)));
    m_siteUrl->setText(stored.value(key(SettingsService::siteUrl)));
    m_apiUrl->setText(stored.value(key(ExchangeSiteClient::apiUrlSetting)));
    m_siteLanguage->setCurrentIndex(
        qMax(0, m_siteLanguage->findData(stored.value(key(SettingsService::siteLanguage), QStringLiteral("en")))));
    m_ipnWindow->setValue(stored.value(key(IpnRoute::windowSetting), QStringLiteral("24")).toInt());
    m_ipnRetries->setValue(stored.value(key(IpnSender::retriesSetting), QStringLiteral("0")).toInt());
    for (int row = 0; row < m_defaults->rowCount(); ++row) {
        const QString xml = m_defaults->item(row, 0)->data(Qt::UserRole).toString();
        QComboBox *box = m_providerBoxes.value(xml);
        const QString value = stored.value(SettingsService::payoutDefaultKey(xml));
        int index = box->findData(value);
        if (index < 0) {
            // Kept as stored (and not changed unless staff choose another) even though no
            // built-in provider of that name serves the currency.
            box->addItem(tr("%1 (does not serve %2)").arg(value, xml), value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    }
}

void SettingsDialog::logSecret(const QString &name, bool stored)
{
    auto *reply = m_service->logSecret(name, stored);
    connect(reply, &BookReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        if (!reply->ok())
            QMessageBox::warning(this, tr("Not in the activity log"),
                tr("The change of %1 is done, but the activity log does not have it: %2").arg(name, reply->error()));
    });
}

// One row per currency that at least one provider pays out in: the currencies in the
// registry's order, then codes a manifest names that the registry does not know.
void SettingsDialog::addDefaultsRows(const ProviderRegistry &providers, const CurrencyRegistry &currencies)
{
    const QList<Manifest> manifests = providers.manifests();
    QStringList served;
    for (const Currency &c : currencies.all())
        served << c.xml;
    QStringList unknown;
    for (const Manifest &m : manifests) {
        for (const QString &xml : m.allowXml) {
            if (!served.contains(xml, Qt::CaseInsensitive) && !unknown.contains(xml))
                unknown << xml;
        }
    }
    unknown.sort();
    served << unknown;

    for (const QString &xml : std::as_const(served)) {
        auto *box = new QComboBox(m_defaults);
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(this);
        box->addItem(tr("(first that serves it)"), QString());
        for (const Manifest &m : manifests) {
            if (m.serves(xml))
                box->addItem(QIcon(m.icon), m.title, m.name);
        }
        if (box->count() == 1) {
            delete box;
            continue;
        }
        const auto currency = currencies.byXml(xml);
        auto *item = new QTableWidgetItem(currency ? tr("%1 — %2").arg(xml, currency->name) : xml);
        item->setData(Qt::UserRole, xml);
        const int row = m_defaults->rowCount();
        m_defaults->insertRow(row);
        m_defaults->setItem(row, 0, item);
        m_defaults->setCellWidget(row, 1, box);
        m_providerBoxes.insert(xml, box);
    }
}

// The wheel over a provider box that has no focus scrolls the table: a default provider is
// changed on purpose, never by scrolling past it.
bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && qobject_cast<QComboBox *>(watched)
        && !static_cast<QWidget *>(watched)->hasFocus()) {
        QCoreApplication::sendEvent(m_defaults->viewport(), event);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::validate()
{
    QString problem;
    const bool addressOk = DeskListener::parseAddress(m_address->text().trimmed(), &problem).has_value();
    m_addressProblem->setText(addressOk ? QString() : problem);
    m_addressProblem->setVisible(!addressOk);

    const QString url = m_publicUrl->text().trimmed();
    const bool urlOk = url.isEmpty() || isWebUrl(url);
    m_publicUrlProblem->setText(urlOk ? QString()
                                      : tr("Write the address providers call back on, starting with https:// (or "
                                           "http://), or leave it empty."));
    m_publicUrlProblem->setVisible(!urlOk);

    const QString site = m_siteUrl->text().trimmed(), api = m_apiUrl->text().trimmed();
    const bool siteOk = (site.isEmpty() || isWebUrl(site)) && (api.isEmpty() || isWebUrl(api));
    m_siteProblem->setText(
        siteOk ? QString() : tr("Write the site's address starting with https:// (or http://), or leave it empty."));
    m_siteProblem->setVisible(!siteOk);

    m_ok->setEnabled(m_loaded && !m_saving && addressOk && urlOk && siteOk);
}

QList<std::pair<QString, QString>> SettingsDialog::shownValues() const
{
    QList<std::pair<QString, QString>> values = {
        { key(SettingsService::listenerEnabled), m_enabled->isChecked() ? QStringLiteral("1") : QStringLiteral("0") },
        { key(SettingsService::listenAddress), m_address->text().trimmed() },
        { key(SettingsService::publicUrl), m_publicUrl->text().trimmed() },
        { key(SettingsService::publicAddress), m_publicAddress->text().trimmed() },
        { key(SettingsService::siteUrl), m_siteUrl->text().trimmed() },
        { key(ExchangeSiteClient::apiUrlSetting), m_apiUrl->text().trimmed() },
        { key(SettingsService::siteLanguage), m_siteLanguage->currentData().toString() },
        { key(IpnRoute::windowSetting), QString::number(m_ipnWindow->value()) },
        { key(IpnSender::retriesSetting), QString::number(m_ipnRetries->value()) },
    };
    for (int row = 0; row < m_defaults->rowCount(); ++row) {
        const QString xml = m_defaults->item(row, 0)->data(Qt::UserRole).toString();
        values.append({ SettingsService::payoutDefaultKey(xml), m_providerBoxes.value(xml)->currentData().toString() });
    }
    return values;
}

// The changed keys and their activity entries, in one transaction: either every change is
// in the book or none is. None of these settings is a secret, so the entries say the value.
void SettingsDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    // The language is this staff member's own (QSettings), applied at once: every open window
    // re-labels itself in place.
    const QString language = m_language->currentData().toString();
    if (language != Language::chosen())
        Language::choose(language);
    QList<std::pair<QString, QString>> changes;
    for (const auto &[name, value] : shownValues()) {
        if (value != m_initial.value(name))
            changes.append({ name, value });
    }
    if (changes.isEmpty())
        return QDialog::accept();

    m_saving = true;
    validate();
    auto *reply = m_service->save(changes);
    connect(reply, &BookReply::finished, this, [this, reply, changes] {
        reply->deleteLater();
        m_saving = false;
        validate();
        if (!reply->ok()) {
            QMessageBox::warning(this, tr("Settings not saved"), tr("Nothing was saved: %1").arg(reply->error()));
            return;
        }
        for (const auto &[name, value] : changes)
            m_initial.insert(name, value);
        if (isVisible()) // not closed (Cancel) while the book was writing
            QDialog::accept();
    });
}

void SettingsDialog::done(int result)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QDialog::done(result);
}

void SettingsDialog::setBookWideEditable(bool editable)
{
    m_bookWideEditable = editable;
    enableBookWide();
}

// The book's part is changed once it is read, and by admins only.
void SettingsDialog::enableBookWide()
{
    const bool readOk = m_loaded && m_readOk;
    for (QWidget *group : m_bookWide) {
        group->setEnabled(m_bookWideEditable && readOk);
        group->setToolTip(m_bookWideEditable ? QString() : tr("Only an admin changes the order book's settings."));
    }
}

} // namespace pd
