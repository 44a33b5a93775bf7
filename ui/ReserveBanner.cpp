#include "ReserveBanner.h"

#include "AmountText.h"
#include "payouts/ReserveCoverage.h"
#include "providerhub/ProviderHub.h"

#include <QLabel>
#include <QMap>
#include <QSet>
#include <QVBoxLayout>

namespace pd {

ReserveBanner::ReserveBanner(ProviderHub &hub, const CurrencyRegistry &currencies, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_currencies(currencies)
    , m_lines(new QVBoxLayout(this))
{
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_lines->setSpacing(2);
    // Whoever read a balance (this banner, the dashboard's timer), the lines follow it.
    connect(&hub, &ProviderHub::balancesRead, this,
        [this](const QString &name, const Balances &balances, const QString &error) {
            Read &read = m_reads[name];
            read.known = true;
            read.balances = balances;
            read.error = error;
            recount();
        });
}

void ReserveBanner::setPayouts(const QList<Payout> &payouts)
{
    m_payouts = payouts;
    recount();
    QSet<QString> providers;
    for (const Payout &p : payouts)
        providers.insert(p.provider);
    for (const QString &provider : providers) {
        if (m_hub.isEnabled(provider))
            readBalance(provider);
    }
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

QStringList ReserveBanner::lines() const
{
    QStringList texts;
    for (const QLabel *label : findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        texts << label->text();
    return texts;
}

void ReserveBanner::addLine(const QString &text, const QColor &color)
{
    auto *label = new QLabel(text, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (color.isValid())
        label->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
    m_lines->addWidget(label);
}

void ReserveBanner::recount()
{
    qDeleteAll(findChildren<QLabel *>(Qt::FindDirectChildrenOnly));
    m_uncovered.clear();
    // By provider and currency, each in queue order.
    QMap<std::pair<QString, QString>, QList<Payout>> groups;
    for (const Payout &p : std::as_const(m_payouts))
        groups[{ p.provider, p.currency }].append(p);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto &[provider, currency] = it.key();
        const auto manifest = m_hub.registry().manifest(provider);
        const QString name = tr("%1 %2:").arg(manifest ? manifest->title : provider, currency);
        const int count = int(it->size());
        if (!m_hub.isEnabled(provider)) {
            addLine(tr("%1 the provider is disabled, its %n payout(s) cannot be sent", nullptr, count).arg(name),
                shortColor());
            continue;
        }
        const Read read = m_reads.value(provider);
        if (!read.known) {
            addLine(tr("%1 reading the balance…").arg(name));
            continue;
        }
        if (!read.error.isEmpty()) {
            addLine(
                tr("%1 the balance cannot be read (%2), so what the reserve covers is not known").arg(name, read.error),
                shortColor());
            continue;
        }
        ReserveCoverage coverage
            = ReserveCoverage::read(m_hub.database(), m_currencies, provider, currency, read.balances);
        if (!coverage.error.isEmpty()) {
            addLine(tr("%1 the reserve cannot be counted: %2").arg(name, coverage.error), shortColor());
            continue;
        }
        for (const Payout &p : it.value()) {
            const Money before = coverage.left;
            if (!coverage.take(p.amount))
                m_uncovered.insert(p.orderId,
                    tr("Not covered by the reserve: %1 %2 left at %3 after the payouts above it "
                       "in the queue. Approve will refuse it.")
                        .arg(AmountText::shown(before), currency, manifest ? manifest->title : provider));
        }
        addLine(name + u' ' + describe(coverage), coverage.coversAll() ? QColor() : shortColor());
    }
    emit uncoveredChanged();
}

} // namespace pd
