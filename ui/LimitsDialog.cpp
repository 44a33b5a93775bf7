#include "LimitsDialog.h"
#include "TableKeys.h"

#include "ProviderRegistry.h"
#include "services/LimitsService.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace pd {

using Kind = LimitsService::Kind;

QString LimitsDialog::kindLabel(int kind)
{
    switch (Kind(kind)) {
    case Kind::Minimum:
        return tr("Minimum per payout");
    case Kind::Maximum:
        return tr("Maximum per payout");
    case Kind::DayTotal:
        return tr("Total per day (UTC)");
    case Kind::DayCount:
        return tr("Payouts per day (UTC)");
    case Kind::MonthTotal:
        return tr("Total per month (UTC)");
    case Kind::MonthCount:
        return tr("Payouts per month (UTC)");
    case Kind::AutoMaximum:
        return tr("Automatic payouts up to");
    case Kind::SecondApproval:
        return tr("Second approval above");
    }
    return {};
}

LimitsDialog::LimitsDialog(Workspace &workspace, const ProviderRegistry &providers, QWidget *parent)
    : QDialog(parent)
    , m_service(new LimitsService(workspace.bookThread(), this))
    , m_providers(providers)
    , m_table(new QTableWidget(0, 4, this))
    , m_provider(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_set(new QPushButton(tr("&Set"), this))
    , m_remove(new QPushButton(tr("&Remove selected"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Payout limits"));
    // Enter in the value field saves once (returnPressed); no button may take Enter as well.
    m_set->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    TableKeys::apply(m_table);
    m_table->setHorizontalHeaderLabels({ tr("Provider"), tr("Currency"), tr("Limit"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const Manifest &m : m_providers.manifests())
        m_provider->addItem(QIcon(m.icon), m.title, m.name);
    // Four eyes holds per currency whichever provider pays: picking another cannot skip it.
    m_provider->addItem(tr("Every provider"), QString::fromLatin1(LimitsService::everyProvider));
    for (int k = int(Kind::Minimum); k <= int(Kind::SecondApproval); ++k)
        m_kind->addItem(kindLabel(k), k);
    m_value->setPlaceholderText(tr("An amount, or a number of payouts"));
    m_result->setWordWrap(true);
    auto *note
        = new QLabel(tr("Checked when a payout is claimed, on every desk of the book: a payout over a limit is not "
                        "sent and waits in the queue with the reason. \"Automatic payouts up to\" turns automatic "
                        "payouts on for that currency: orders up to the amount are paid without a click. "
                        "\"Second approval above\" holds for every provider: a larger payout is sent only once "
                        "two different staff members approved it."),
            this);
    note->setWordWrap(true);
    auto *editor = new QHBoxLayout;
    editor->addWidget(m_provider);
    editor->addWidget(m_currency);
    editor->addWidget(m_kind);
    editor->addWidget(m_value, 1);
    editor->addWidget(m_set);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(editor);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &LimitsDialog::fillCurrencies);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool everyProvider = Kind(m_kind->currentData().toInt()) == Kind::SecondApproval;
        const int every = m_provider->count() - 1;
        if (everyProvider)
            m_provider->setCurrentIndex(every);
        else if (m_provider->currentIndex() == every)
            m_provider->setCurrentIndex(0);
        m_provider->setEnabled(!everyProvider);
    });
    connect(m_set, &QPushButton::clicked, this, [this] { setLimit(m_value->text()); });
    connect(m_value, &QLineEdit::returnPressed, this, [this] { setLimit(m_value->text()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_provider->setCurrentIndex(m_provider->findData(m_table->item(row, 0)->data(Qt::UserRole)));
        m_currency->setCurrentIndex(m_currency->findText(m_table->item(row, 1)->text()));
        m_kind->setCurrentIndex(m_kind->findData(m_table->item(row, 2)->data(Qt::UserRole)));
        setLimit(QString()); // an empty value removes it, with its own activity entry
    });
    fillCurrencies();
    refresh();
    resize(820, 460);
}

void LimitsDialog::fillCurrencies()
{
    m_currency->clear();
    QStringList currencies;
    for (const Manifest &m : m_providers.manifests()) {
        if (m_provider->currentData().toString() == QLatin1String(LimitsService::everyProvider)
            || m.name == m_provider->currentData())
            currencies += m.allowXml;
    }
    currencies.removeDuplicates();
    m_currency->addItems(currencies);
}

void LimitsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_set->setEnabled(!saving);
    m_remove->setEnabled(!saving);
}

void LimitsDialog::setLimit(const QString &value)
{
    if (m_saving)
        return; // one change at a time: Enter and a click save once
    const LimitsService::Limit limit { m_provider->currentData().toString(), m_currency->currentText(),
        Kind(m_kind->currentData().toInt()), value.trimmed() };
    setSaving(true);
    m_result->setText(tr("Saving…"));
    auto *reply = m_service->set(limit);
    connect(reply, &BookReply::finished, this, [this, reply, limit] {
        reply->deleteLater();
        setSaving(false);
        if (reply->ok()) {
            m_result->setText(limit.value.isEmpty() ? tr("Removed.") : tr("Saved."));
            // One desk has one approver, its OS user: say what four eyes needs there.
            if (limit.kind == Kind::SecondApproval && !limit.value.isEmpty() && reply->value().oneDesk)
                m_result->setText(
                    tr("Saved. On one desk every approval is its OS user's: a payout above it needs a second OS "
                       "user opening this workspace, or a team's order book."));
            m_value->clear();
        } else {
            m_result->setText(reply->error());
        }
        refresh();
    });
}

void LimitsDialog::refresh()
{
    if (!m_shownOnce) {
        m_table->setEnabled(false);
        m_result->setText(tr("Loading…"));
    }
    auto *reply = m_service->all();
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!std::exchange(m_shownOnce, true))
            m_result->clear();
        m_table->setEnabled(true);
        if (!reply->ok()) {
            m_result->setText(tr("The limits cannot be read: %1").arg(reply->error()));
            emit loaded();
            return;
        }
        showLimits(reply->value());
        emit loaded();
    });
}

void LimitsDialog::showLimits(const QList<LimitsService::Limit> &all)
{
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const LimitsService::Limit &l = all.at(row);
        const auto manifest = m_providers.manifest(l.provider);
        const QString title
            = l.provider == QLatin1String(LimitsService::everyProvider) ? tr("Every provider") : l.provider;
        auto *provider
            = new QTableWidgetItem(manifest ? QIcon(manifest->icon) : QIcon(), manifest ? manifest->title : title);
        provider->setData(Qt::UserRole, l.provider);
        auto *kind = new QTableWidgetItem(kindLabel(int(l.kind)));
        kind->setData(Qt::UserRole, int(l.kind));
        m_table->setItem(row, 0, provider);
        m_table->setItem(row, 1, new QTableWidgetItem(l.currency));
        m_table->setItem(row, 2, kind);
        m_table->setItem(row, 3, new QTableWidgetItem(l.value));
    }
}

} // namespace pd
