#include "ReserveBanner.h"
#include "AmountText.h"

#include "payouts/ReserveCoverage.h"
#include "providerhub/ProviderHub.h"
#include "services/PayoutQueue.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

ReserveBanner::ReserveBanner(ProviderHub &hub, PayoutQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_queue(queue)
    , m_summary(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_detailLines(new QLabel(this))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLines->setVisible(false);
    m_details->setCheckable(true);
    m_details->setAutoRaise(true);
    m_details->setArrowType(Qt::RightArrow);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_details, &QToolButton::toggled, this, [this](bool open) {
        m_details->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_detailLines->setVisible(open);
    });
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_summary);
    line->addWidget(m_details);
    line->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_detailLines);
    m_details->setText(tr("Details"));
    // Whoever read a balance (this banner, the dashboard's timer), the count follows it.
    connect(&hub, &ProviderHub::balancesRead, this,
        [this](const QString &name, const Balances &balances, const QString &error) {
            Read &read = m_reads[name];
            read.known = true;
            read.balances = balances;
            read.error = error;
            count();
        });
}

void ReserveBanner::recount(const QHash<QString, QString> &chosen)
{
    m_chosen = chosen;
    count();
    // Balances may have moved since: ask anew for every provider with payouts waiting.
    for (const QueueReserve::Group &g : std::as_const(m_reserve.groups)) {
        if (g.enabled)
            readBalance(g.provider);
    }
}

void ReserveBanner::count()
{
    if (m_counting) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    QHash<QString, Balances> known;
    for (auto it = m_reads.cbegin(); it != m_reads.cend(); ++it) {
        if (it->known && it->error.isEmpty())
            known.insert(it.key(), it->balances);
    }
    auto *reply = m_queue.reserve(known, m_chosen, this);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_counting = false;
        // A balance came in while this count was on its way: it is outdated, count again
        // before showing anything (the line and the flags always come from one count).
        if (std::exchange(m_countAgain, false)) {
            count();
            return;
        }
        const bool first = m_reserve.groups.isEmpty();
        if (reply->ok())
            m_reserve = reply->value();
        present();
        emit counted(m_reserve);
        if (first) {
            for (const QueueReserve::Group &g : std::as_const(m_reserve.groups)) {
                if (g.enabled && !m_reads.value(g.provider).known)
                    readBalance(g.provider);
            }
        }
    });
}

// One request per provider at a time: a burst of queue refreshes (a run's payouts recorded one
// by one) asks once more after the answer on its way, not once per refresh.
void ReserveBanner::readBalance(const QString &provider)
{
    Read &read = m_reads[provider];
    if (read.asking) {
        read.again = true;
        return;
    }
    read.asking = true;
    // The answer itself comes through ProviderHub::balancesRead.
    m_hub.askBalance(provider, this, [this, provider](const Balances &, const QString &) {
        Read &read = m_reads[provider];
        read.asking = false;
        if (std::exchange(read.again, false))
            readBalance(provider);
    });
}

QString ReserveBanner::describe(const ReserveCoverage &c)
{
    const QString reserve
        = tr("reserve %1 (balance %2)").arg(AmountText::shown(c.reserve), AmountText::shown(c.balance));
    if (c.coversAll())
        return tr("%1, covers all %n payout(s) (%2)", nullptr, c.payouts).arg(reserve, AmountText::shown(c.total));
    return tr("%1, covers %2 of %n payout(s) (%3 of %4)", nullptr, c.payouts)
        .arg(reserve, QString::number(c.covered), AmountText::shown(c.coveredTotal), AmountText::shown(c.total));
}

bool ReserveBanner::isReading() const
{
    for (const Read &read : m_reads) {
        if (read.asking)
            return true;
    }
    return false;
}

QString ReserveBanner::summary() const
{
    return m_summary->text();
}

void ReserveBanner::present()
{
    m_lines.clear();
    int payouts = 0, covered = 0, unknown = 0;
    bool problem = false;
    for (const QueueReserve::Group &g : std::as_const(m_reserve.groups)) {
        const auto manifest = m_hub.registry().manifest(g.provider);
        const QString name = tr("%1 %2:").arg(manifest ? manifest->title : g.provider, g.currency);
        payouts += g.payouts;
        if (!g.enabled) {
            m_lines << tr("%1 the provider is disabled, its %n payout(s) cannot be sent", nullptr, g.payouts).arg(name);
            unknown += g.payouts;
            problem = true;
            continue;
        }
        const Read read = m_reads.value(g.provider);
        if (!read.known) {
            m_lines << tr("%1 reading the balance…").arg(name);
            unknown += g.payouts;
            continue;
        }
        if (!read.error.isEmpty()) {
            m_lines << tr("%1 the balance cannot be read (%2), so what the reserve covers is not known")
                           .arg(name, read.error);
            unknown += g.payouts;
            problem = true;
            continue;
        }
        if (!g.error.isEmpty() || !g.counted) {
            m_lines << tr("%1 the reserve cannot be counted: %2").arg(name, g.error);
            unknown += g.payouts;
            problem = true;
            continue;
        }
        ReserveCoverage c;
        c.balance = g.balance;
        c.reserve = g.reserve;
        c.payouts = g.payouts;
        c.covered = g.covered;
        c.total = g.total;
        c.coveredTotal = g.coveredTotal;
        m_lines << name + u' ' + describe(c);
        covered += g.covered;
        problem = problem || g.covered < g.payouts;
    }
    QString text;
    if (payouts == 0) {
        text = tr("Reserve: no payout waits for approval.");
    } else {
        const int counted = payouts - unknown;
        text = tr("Reserve covers %1 of %n payout(s)", nullptr, payouts).arg(covered);
        if (counted > covered)
            text += QStringLiteral("; ") + tr("%n short", nullptr, counted - covered);
        if (unknown > 0)
            text += QStringLiteral("; ") + tr("%n not known yet", nullptr, unknown);
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(problem ? QStringLiteral("color: %1").arg(shortColor().name()) : QString());
    m_detailLines->setText(m_lines.join(u'\n'));
    m_details->setVisible(!m_lines.isEmpty());
}

void ReserveBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_details->setText(tr("Details"));
        present();
    }
    QWidget::changeEvent(event);
}

} // namespace pd
