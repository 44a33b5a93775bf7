#include "ApproveDialog.h"
#include "TableKeys.h"

#include "AmountText.h"
#include "OrderLines.h"
#include "ReserveBanner.h"
#include "providerhub/ProviderHub.h"
#include "services/PayoutQueue.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

std::optional<bool> ApproveDialog::s_nextAnswer;
std::function<void(ApproveDialog *)> ApproveDialog::s_inspect;

ApproveDialog::ApproveDialog(
    ProviderHub &hub, PayoutQueue &queue, const QList<Line> &lines, const QStringList &skipped, QWidget *parent)
    : QDialog(parent)
    , m_lines(lines)
    , m_skipped(new QLabel(this))
    , m_totals(new QTableWidget(this))
{
    setWindowTitle(tr("Approve %n payout(s)", nullptr, int(lines.size())));
    QList<OrderLines::Line> shown;
    for (const Line &l : lines) {
        const auto manifest = hub.registry().manifest(l.provider);
        shown.append({ l.order.uid, l.order.recipient(), AmountText::shown(l.order.outAmount) + u' ' + l.currency,
            { l.network, manifest ? manifest->title : l.provider } });
    }
    m_lineView = new OrderLines({ tr("Network"), tr("Provider") }, shown, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_lineView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_skipped->setWordWrap(true);
    m_skipped->setStyleSheet(QStringLiteral("color: %1").arg(ReserveBanner::shortColor().name()));
    m_skipped->setText(skipped.isEmpty() ? QString()
                                         : tr("Not sent (%n selected order(s) skipped):", nullptr, int(skipped.size()))
                + u'\n' + skipped.join(u'\n'));
    m_skipped->setVisible(!skipped.isEmpty());
    m_skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Totals per provider and currency, with the balance that must cover them.
    QMap<std::pair<QString, QString>, Money> totals;
    for (const Line &l : lines)
        totals[{ l.provider, l.currency }] += l.order.outAmount;
    TableKeys::apply(m_totals);
    m_totals->setColumnCount(4);
    m_totals->setRowCount(int(totals.size()));
    m_totals->setHorizontalHeaderLabels({ tr("Provider"), tr("Currency"), tr("Total"), tr("Balance") });
    int row = 0;
    for (auto it = totals.begin(); it != totals.end(); ++it, ++row) {
        const auto manifest = hub.registry().manifest(it.key().first);
        m_totals->setItem(row, 0, new QTableWidgetItem(manifest ? manifest->title : it.key().first));
        m_totals->setItem(row, 1, new QTableWidgetItem(it.key().second));
        m_totals->setItem(row, 2, new QTableWidgetItem(AmountText::shown(it.value())));
        m_totals->setItem(row, 3, new QTableWidgetItem(tr("checking…")));
    }
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->setVisible(false);
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_totals->setMaximumHeight(40 + 30 * int(totals.size()));

    auto *buttons = new QDialogButtonBox(this);
    // The button names what it sends (never a count that reads like the countdown's) and waits
    // a moment, so that a double click on Approve cannot send at once.
    const int count = int(lines.size());
    m_send = buttons->addButton(
        tr("Send %n payout(s) in %1 s", nullptr, count).arg(m_countdown), QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    m_send->setEnabled(false);
    m_send->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this, tick, count] {
        if (--m_countdown > 0) {
            m_send->setText(tr("Send %n payout(s) in %1 s", nullptr, count).arg(m_countdown));
            return;
        }
        tick->stop();
        m_send->setText(tr("Send %n payout(s)", nullptr, count));
        m_send->setEnabled(true);
    });
    tick->start(1000);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These payouts will be sent now. Check every recipient and amount."), this));
    layout->addWidget(scroll, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(new QLabel(tr("Totals and balances:"), this));
    layout->addWidget(m_totals);
    layout->addWidget(buttons);

    // As wide as the recipients need, as tall as the lines need, never beyond the screen.
    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
    const int wanted = m_lineView->neededWidth() + 60;
    const int height = qMin(room.height() * 9 / 10, 260 + m_lineView->sizeHint().height() + m_totals->maximumHeight());
    resize(qBound(720, wanted, room.width() * 95 / 100), qMax(420, height));
    checkBalances(hub, queue);
}

void ApproveDialog::checkBalances(ProviderHub &hub, PayoutQueue &queue)
{
    QSet<QString> providers;
    for (const Line &l : m_lines)
        providers.insert(l.provider);
    m_pendingBalances = int(providers.size());
    for (const QString &name : providers) {
        hub.askBalance(name, this, [this, name, &queue](const Balances &balances, const QString &error) {
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
                QList<Money> amounts;
                for (const Line &l : m_lines) {
                    if (l.provider == name && l.currency == code)
                        amounts << l.order.outAmount;
                }
                ++m_pendingBalances;
                auto *reply = queue.cover(name, code, balances, amounts, this);
                connect(reply, &BookReply::finished, this, [this, reply, cell] {
                    reply->deleteLater();
                    if (!reply->ok()) {
                        cell->setText(tr("unknown: %1").arg(reply->error()));
                    } else {
                        const ReserveCoverage &coverage = reply->value();
                        cell->setText(coverage.coversAll()
                                ? ReserveBanner::describe(coverage)
                                : tr("%1 — the rest will not be sent").arg(ReserveBanner::describe(coverage)));
                        cell->setForeground(coverage.coversAll() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
                        cell->setToolTip(cell->text());
                    }
                    if (--m_pendingBalances == 0)
                        emit balancesChecked();
                });
            }
            if (--m_pendingBalances == 0)
                emit balancesChecked();
        });
    }
}

bool ApproveDialog::ask()
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        if (s_inspect)
            std::exchange(s_inspect, {})(this);
        return answer;
    }
    return exec() == QDialog::Accepted;
}

} // namespace pd
