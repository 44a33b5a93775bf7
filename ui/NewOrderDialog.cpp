#include "NewOrderDialog.h"

#include "merchant/OrderCreator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

NewOrderDialog::NewOrderDialog(OrderCreator &creator, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_creator(creator)
    , m_actor(actor)
{
    setWindowTitle(tr("New order on the exchange site"));
    setMinimumWidth(680);
    auto *form = new QFormLayout;
    m_route = new QLineEdit(this);
    m_route->setPlaceholderText(tr("the direction's 24-character id"));
    m_partner = new QLineEdit(this);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("what the client pays, e.g. 0.015"));
    m_lang = new QComboBox(this);
    for (const QString &code :
        { QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("es") })
        m_lang->addItem(code, code);
    m_from = valuesTable({ QStringLiteral("email") });
    m_to = valuesTable({ QStringLiteral("address") });
    m_routeValues = valuesTable({});
    m_agreement = new QCheckBox(tr("The client accepts the exchange's terms"), this);
    m_hideOutData = new QCheckBox(tr("Hide the recipient's details from the client's page"), this);
    m_callback = new QLineEdit(this);
    m_callback->setPlaceholderText(QStringLiteral("https://"));
    m_ipnUrl = new QLineEdit(this);
    m_ipnUrl->setPlaceholderText(tr("optional: where this order's IPNs go"));
    m_ipnSecret = new QLineEdit(this);
    m_ipnSecret->setEchoMode(QLineEdit::Password);
    auto *generate = new QToolButton(this);
    generate->setText(tr("New secret"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_ipnSecret, 1);
    secretRow->addWidget(generate);
    form->addRow(tr("&Route:"), m_route);
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Language:"), m_lang);
    form->addRow(tr("Client's details (fromValues):"), m_from);
    form->addRow(tr("&Recipient (toValues):"), m_to);
    form->addRow(tr("Direction's details (routeValues):"), m_routeValues);
    form->addRow(QString(), m_agreement);
    form->addRow(QString(), m_hideOutData);
    form->addRow(tr("Client returns to:"), m_callback);
    form->addRow(tr("&IPN URL:"), m_ipnUrl);
    form->addRow(tr("IPN secret:"), secretRow);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create order"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    const auto newSecret = [this] {
        static const QString alphabet
            = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
        QString secret;
        for (int i = 0; i < 32; ++i)
            secret += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
        m_ipnSecret->setText(secret);
    };
    newSecret();
    connect(generate, &QToolButton::clicked, this, newSecret);
    for (QLineEdit *edit : { m_route, m_partner, m_amount, m_callback, m_ipnUrl, m_ipnSecret })
        connect(edit, &QLineEdit::textChanged, this, &NewOrderDialog::check);
    for (QTableWidget *table : { m_from, m_to, m_routeValues })
        connect(table, &QTableWidget::itemChanged, this, &NewOrderDialog::check);
    connect(m_agreement, &QCheckBox::toggled, this, &NewOrderDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("newOrder/geometry")).toByteArray());
    connect(this, &QDialog::finished, this,
        [this] { QSettings().setValue(QStringLiteral("newOrder/geometry"), saveGeometry()); });
    check();
}

QTableWidget *NewOrderDialog::valuesTable(const QStringList &keys)
{
    // Key/value rows; an empty last row is always there to type into.
    auto *table = new QTableWidget(int(keys.size()) + 1, 2, this);
    table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setColumnWidth(0, 140);
    table->verticalHeader()->hide();
    table->setMaximumHeight(110);
    for (int i = 0; i < keys.size(); ++i)
        table->setItem(i, 0, new QTableWidgetItem(keys.at(i)));
    connect(table, &QTableWidget::itemChanged, table, [table](QTableWidgetItem *item) {
        if (item->row() == table->rowCount() - 1 && !item->text().isEmpty())
            table->insertRow(table->rowCount());
    });
    return table;
}

ExchangeSiteClient::NewOrder NewOrderDialog::request() const
{
    const auto fields = [](QTableWidget *table) {
        QList<ExchangeSiteClient::Field> list;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString key = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
            const QString value = table->item(row, 1) ? table->item(row, 1)->text() : QString();
            if (!key.isEmpty() || !value.isEmpty())
                list.append({ key, value });
        }
        return list;
    };
    ExchangeSiteClient::NewOrder o;
    o.routeId = m_route->text().trimmed();
    o.partner = m_partner->text().trimmed();
    o.amount = m_amount->text().trimmed();
    o.fromValues = fields(m_from);
    o.toValues = fields(m_to);
    o.routeValues = fields(m_routeValues);
    o.lang = m_lang->currentData().toString();
    o.agreement = m_agreement->isChecked();
    o.hideOutData = m_hideOutData->isChecked();
    o.clientCallbackUrl = m_callback->text().trimmed();
    o.ipnUrl = m_ipnUrl->text().trimmed();
    o.ipnSecret = o.ipnUrl.isEmpty() ? QString() : m_ipnSecret->text();
    return o;
}

void NewOrderDialog::check()
{
    const QStringList problems = ExchangeSiteClient::problems(request());
    m_problems->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void NewOrderDialog::send()
{
    m_buttons->setEnabled(false);
    m_problems->setStyleSheet(QString());
    m_problems->setText(tr("Asking the exchange site…"));
    setCursor(Qt::BusyCursor);
    m_creator.create(request(), m_actor, [this](std::optional<Order> created, const QString &error) {
        unsetCursor();
        m_buttons->setEnabled(true);
        m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_problems->setText(error);
        if (!created)
            return;
        m_created = created;
        if (!error.isEmpty()) // created, with a warning (the keychain)
            QMessageBox::warning(this, windowTitle(), error);
        accept();
    });
}

} // namespace pd
