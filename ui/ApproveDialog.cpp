#include "ApproveDialog.h"

#include "AmountText.h"
#include "ReserveBanner.h"
#include "payouts/ReserveCoverage.h"
#include "providerhub/ProviderHub.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

std::optional<bool> ApproveDialog::s_nextAnswer;

ApproveDialog::ApproveDialog(
    ProviderHub &hub, const CurrencyRegistry &currencies, const QList<Line> &lines, QWidget *parent)
    : QDialog(parent)
    , m_lines(lines)
    , m_totals(new QTableWidget(this))
{
    setWindowTitle(tr("Approve %n payout(s)", nullptr, int(lines.size())));
    auto *list = new QTableWidget(int(lines.size()), 6, this);
    list->setHorizontalHeaderLabels(
        { tr("UID"), tr("Recipient"), tr("Amount"), tr("Currency"), tr("Network"), tr("Provider") });
    for (int row = 0; row < lines.size(); ++row) {
        const Line &l = lines.at(row);
        const QStringList cells = { QString::number(l.order.uid), l.order.recipient(),
            AmountText::shown(l.order.outAmount), l.order.xmlTo, l.network, l.provider };
        for (int c = 0; c < cells.size(); ++c)
            list->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        list->item(row, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->verticalHeader()->setVisible(false);

    // Totals per provider and currency, with the balance that must cover them.
    QMap<std::pair<QString, QString>, Money> totals;
    for (const Line &l : lines)
        totals[{ l.provider, l.currency }] += l.order.outAmount;
    m_totals->setColumnCount(4);
    m_totals->setRowCount(int(totals.size()));
    m_totals->setHorizontalHeaderLabels({ tr("Provider"), tr("Currency"), tr("Total"), tr("Balance") });
    int row = 0;
    for (auto it = totals.begin(); it != totals.end(); ++it, ++row) {
        m_totals->setItem(row, 0, new QTableWidgetItem(it.key().first));
        m_totals->setItem(row, 1, new QTableWidgetItem(it.key().second));
        m_totals->setItem(row, 2, new QTableWidgetItem(AmountText::shown(it.value())));
        m_totals->setItem(row, 3, new QTableWidgetItem(tr("checking…")));
    }
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->setVisible(false);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_totals->setMaximumHeight(40 + 30 * int(totals.size()));

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send (%1)").arg(m_countdown), QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    m_send->setEnabled(false);
    m_send->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this, tick] {
        if (--m_countdown > 0) {
            m_send->setText(tr("Send (%1)").arg(m_countdown));
            return;
        }
        tick->stop();
        m_send->setText(tr("Send"));
        m_send->setEnabled(true);
    });
    tick->start(1000);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These payouts will be sent now. Check every recipient and amount."), this));
    layout->addWidget(list);
    layout->addWidget(new QLabel(tr("Totals and balances:"), this));
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(820, 480);
    checkBalances(hub, currencies);
}

void ApproveDialog::checkBalances(ProviderHub &hub, const CurrencyRegistry &currencies)
{
    QSet<QString> providers;
    for (const Line &l : m_lines)
        providers.insert(l.provider);
    for (const QString &name : providers) {
        hub.askBalance(name, this, [this, name, &hub, &currencies](const Balances &balances, const QString &error) {
            for (int r = 0; r < m_totals->rowCount(); ++r) {
                if (m_totals->item(r, 0)->text() != name)
                    continue;
                QTableWidgetItem *cell = m_totals->item(r, 3);
                if (!error.isEmpty()) {
                    cell->setText(tr("unknown: %1").arg(error));
                    continue;
                }
                // Counted as the queue's line counts it, with the reserve the claim checks: what
                // it does not cover will be refused, not sent.
                const QString code = m_totals->item(r, 1)->text();
                ReserveCoverage coverage = ReserveCoverage::read(hub.database(), currencies, name, code, balances);
                if (!coverage.error.isEmpty()) {
                    cell->setText(tr("unknown: %1").arg(coverage.error));
                    continue;
                }
                for (const Line &l : m_lines) {
                    if (l.provider == name && l.currency == code)
                        coverage.take(l.order.outAmount);
                }
                cell->setText(coverage.coversAll()
                        ? ReserveBanner::describe(coverage)
                        : tr("%1 — the rest will not be sent").arg(ReserveBanner::describe(coverage)));
                cell->setForeground(coverage.coversAll() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
                cell->setToolTip(cell->text());
            }
        });
    }
}

bool ApproveDialog::ask()
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return exec() == QDialog::Accepted;
}

} // namespace pd
