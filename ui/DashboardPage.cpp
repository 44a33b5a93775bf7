#include "DashboardPage.h"
#include "DateText.h"
#include "TableKeys.h"

#include "AmountText.h"
#include "StatusStyle.h"
#include "contract/Provider.h"
#include "providerhub/ProviderHub.h"
#include "services/DashboardService.h"
#include "services/ProviderSettingsService.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSet>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pd {

namespace {

QChartView *chartView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Two rows of charts under the menus, the tool bar and the status bar still fit a
    // 1280×720 screen (test_gui_languages); taller windows give them the rest.
    view->setMinimumHeight(180);
    return view;
}

int countStep(int highest)
{
    for (int scale = 1;; scale *= 10) {
        for (const int m : { 1, 2, 5 }) {
            if (4 * m * scale > highest)
                return m * scale;
        }
    }
}

QTableWidget *table(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    TableKeys::apply(t);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, ProviderHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_service(new DashboardService(workspace.bookThread(), this))
    , m_providerSettings(new ProviderSettingsService(workspace.bookThread(), this))
    , m_coalesce(new QTimer(this))
    , m_balanceTimer(new QTimer(this))
    , m_grouping(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_period(new QLabel(this))
    , m_payoutsChart(new QChart)
    , m_outcomesChart(new QChart)
    , m_statusChart(new QChart)
    , m_sums(table(3, this))
    , m_balances(table(3, this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    m_payouts = chartView(m_payoutsChart, this);
    m_outcomes = chartView(m_outcomesChart, this);
    m_statuses = chartView(m_statusChart, this);
    m_grouping->addItem(QString(), QStringLiteral("currency"));
    m_grouping->addItem(QString(), QStringLiteral("provider"));
    m_sums->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_balances->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_grouping);
    top->addWidget(m_refresh);
    auto *payouts = new QGroupBox(this);
    auto *payoutsLayout = new QHBoxLayout(payouts);
    payoutsLayout->addWidget(m_payouts, 3);
    payoutsLayout->addWidget(m_sums, 1);
    auto *outcomes = new QGroupBox(this);
    (new QVBoxLayout(outcomes))->addWidget(m_outcomes);
    auto *statuses = new QGroupBox(this);
    (new QVBoxLayout(statuses))->addWidget(m_statuses);
    auto *balances = new QGroupBox(this);
    (new QVBoxLayout(balances))->addWidget(m_balances);
    auto *grid = new QGridLayout;
    grid->addWidget(payouts, 0, 0, 1, 3);
    grid->addWidget(outcomes, 1, 0);
    grid->addWidget(statuses, 1, 1);
    grid->addWidget(balances, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    m_relabel([=, this] {
        m_grouping->setItemText(0, tr("By currency"));
        m_grouping->setItemText(1, tr("By provider"));
        m_refresh->setText(tr("Refresh"));
        m_refresh->setToolTip(tr("Read the figures and the providers' balances again"));
        m_payouts->setToolTip(tr("Only the payouts the desk sent itself. Orders marked paid by hand, or paid on "
                                 "arrival, are counted under \"Orders per status\"."));
        payouts->setTitle(tr("Payouts per day"));
        outcomes->setTitle(tr("Outcomes per provider"));
        statuses->setTitle(tr("Orders per status"));
        balances->setTitle(tr("Provider balances"));
        m_sums->setHorizontalHeaderLabels({ tr("Currency"), tr("Payouts"), tr("Paid") });
        m_balances->setHorizontalHeaderLabels({ tr("Provider"), tr("Balance"), tr("Read at") });
    });

    // A burst of changes (a batch of payouts, IPNs) is read once, at most twice a second.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(500);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        refresh();
        if (std::exchange(m_balancesStale, false))
            refreshBalances();
    });
    m_balanceTimer->setInterval(60 * 1000);
    connect(m_balanceTimer, &QTimer::timeout, this, &DashboardPage::refreshBalances);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::drawPayouts);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refresh();
        refreshBalances();
    });
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::bookChanged()
{
    m_stale = true;
    if (isVisible() && !m_coalesce->isActive())
        m_coalesce->start();
}

void DashboardPage::payoutRecorded()
{
    m_balancesStale = true;
    bookChanged();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    m_balancesStale = false;
    refreshBalances();
    m_balanceTimer->start();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_relabel.again();
        if (m_reads > 0)
            show(m_figures); // the charts' words and dates
    } else if (event->type() == QEvent::Hide) {
        m_balanceTimer->stop();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::refresh()
{
    if (m_reading) {
        m_stale = true; // read again when this read is back
        return;
    }
    m_reading = true;
    m_stale = false;
    const QDate today = QDate::currentDate();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto *reply = m_service->figures(today, days, zone);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reading = false;
        if (reply->ok()) {
            show(reply->value());
        } else {
            m_period->setText(tr("The figures cannot be read: %1").arg(reply->error()));
            m_stale = true; // tried again when next shown or asked
        }
        if (m_stale && isVisible() && reply->ok())
            m_coalesce->start();
    });
}

void DashboardPage::show(const DashboardFigures &figures)
{
    m_figures = figures;
    ++m_reads;
    m_period->setText(
        tr("Last %1 days: %2 – %3").arg(days).arg(DateText::shown(figures.from), DateText::shown(figures.to)));
    drawPayouts();
    drawOutcomes();
    drawStatuses();
    showSums();
    emit figuresShown();
}

void DashboardPage::drawPayouts()
{
    const bool byProvider = m_grouping->currentData().toString() == QLatin1String("provider");
    const QList<DashboardFigures::Day> &rows = byProvider ? m_figures.paidByProvider : m_figures.paidByCurrency;
    m_payoutsChart->removeAllSeries();
    for (QAbstractAxis *axis : m_payoutsChart->axes())
        m_payoutsChart->removeAxis(axis);
    if (!m_figures.from.isValid())
        return;
    QStringList categories;
    const QLocale locale;
    for (QDate d = m_figures.from; d <= m_figures.to; d = d.addDays(1))
        categories << locale.toString(d, QStringLiteral("dd.MM"));
    QStringList keys;
    for (const auto &row : rows) {
        if (!keys.contains(row.key))
            keys << row.key;
    }
    keys.sort();
    auto *series = new QStackedBarSeries;
    int highest = 0;
    QList<int> perDay(categories.size(), 0);
    for (const QString &key : keys) {
        auto *set = new QBarSet(key);
        QList<qreal> values(categories.size(), 0);
        for (const auto &row : rows) {
            if (row.key == key) {
                const int i = int(m_figures.from.daysTo(row.day));
                if (i >= 0 && i < values.size()) {
                    values[i] += row.count; // bar heights only: the counts themselves are whole numbers
                    perDay[i] += row.count;
                }
            }
        }
        set->append(values);
        series->append(set);
    }
    for (int n : perDay)
        highest = qMax(highest, n);
    m_payoutsChart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    // Counts: gridlines at whole numbers that their labels name (four steps of 1, 2, 5, 10, 20,
    // 50…), reaching past the tallest bar, so that a bar of 7 reads as 7.
    const int step = countStep(highest);
    y->setRange(0, 4 * step);
    y->setTickCount(5);
    y->setTitleText(tr("payouts sent from the desk"));
    m_payoutsChart->addAxis(x, Qt::AlignBottom);
    m_payoutsChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_payoutsChart->legend()->setVisible(!keys.isEmpty());
    // Only what the desk sent itself: an order marked paid by hand or paid on arrival is in the
    // status chart, not here, and the title says so when there is nothing to draw.
    m_payoutsChart->setTitle(keys.isEmpty() ? tr("No payout sent from the desk in the period") : QString());
}

void DashboardPage::drawOutcomes()
{
    m_outcomesChart->removeAllSeries();
    for (QAbstractAxis *axis : m_outcomesChart->axes())
        m_outcomesChart->removeAxis(axis);
    const QStringList providers = m_figures.outcomes.keys();
    if (providers.isEmpty()) {
        m_outcomesChart->setTitle(tr("No payout in the period"));
        m_outcomesChart->legend()->setVisible(false);
        return;
    }
    m_outcomesChart->setTitle(QString());
    auto *series = new QHorizontalPercentBarSeries;
    const auto add = [&](const QString &label, const QColor &colour, int DashboardFigures::Outcomes::*field) {
        auto *set = new QBarSet(label);
        set->setColor(colour);
        for (const QString &p : providers)
            set->append(m_figures.outcomes.value(p).*field);
        series->append(set);
    };
    add(tr("Paid"), QColor(0x2e, 0x7d, 0x32), &DashboardFigures::Outcomes::paid);
    add(tr("Failed"), QColor(0xc6, 0x28, 0x28), &DashboardFigures::Outcomes::failed);
    add(tr("Needs attention"), QColor(0xef, 0x6c, 0x00), &DashboardFigures::Outcomes::attention);
    add(tr("Pending"), QColor(0x15, 0x65, 0xc0), &DashboardFigures::Outcomes::pending);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    m_outcomesChart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    QStringList names;
    for (const QString &p : providers) {
        const auto o = m_figures.outcomes.value(p);
        // The counts beside the name; the bars show the shares.
        names << tr("%1: %2 of %3 paid").arg(p, QLocale().toString(o.paid), QLocale().toString(o.total()));
    }
    y->append(names);
    m_outcomesChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d%%"));
    m_outcomesChart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    m_outcomesChart->legend()->setVisible(true);
}

void DashboardPage::drawStatuses()
{
    m_statusChart->removeAllSeries();
    auto *series = new QPieSeries;
    qint64 total = 0;
    for (auto it = m_figures.ordersPerStatus.begin(); it != m_figures.ordersPerStatus.end(); ++it)
        total += it.value();
    for (auto it = m_figures.ordersPerStatus.begin(); it != m_figures.ordersPerStatus.end(); ++it) {
        if (it.value() == 0)
            continue;
        QPieSlice *slice = series->append(
            tr("%1: %2").arg(OrderStatuses::title(it.key()), QLocale().toString(it.value())), qreal(it.value()));
        slice->setColor(StatusStyle::color(it.key()));
        slice->setLabelVisible(false); // the legend names every slice with its count
    }
    series->setPieSize(0.6);
    m_statusChart->addSeries(series);
    m_statusChart->legend()->setAlignment(Qt::AlignRight);
    m_statusChart->setTitle(total == 0 ? tr("The book is empty") : QString());
}

void DashboardPage::showSums()
{
    m_sums->setRowCount(0);
    for (auto it = m_figures.paidSums.begin(); it != m_figures.paidSums.end(); ++it) {
        const int row = m_sums->rowCount();
        m_sums->insertRow(row);
        m_sums->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_sums->setItem(row, 1, number(QLocale().toString(m_figures.paidCounts.value(it.key()))));
        m_sums->setItem(row, 2, number(AmountText::shown(it.value())));
    }
}

// Which providers are enabled is the book's to say (on its thread); then each enabled one is
// asked for its balances.
void DashboardPage::refreshBalances()
{
    QStringList names;
    for (const Manifest &manifest : m_hub.registry().manifests())
        names << manifest.name;
    auto *reply = m_providerSettings->enabled(names);
    connect(reply, &BookReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->ok()) {
            m_period->setText(tr("The providers' settings cannot be read: %1").arg(reply->error()));
            return;
        }
        for (const Manifest &manifest : m_hub.registry().manifests()) {
            const QString name = manifest.name;
            if (!reply->value().contains(name)) {
                m_balanceOf.remove(name);
                continue;
            }
            m_hub.askBalance(name, this, [this, name](const Balances &balances, const QString &error) {
                m_balanceOf.insert(name,
                    { error.isEmpty() ? AmountText::list(balances) : error, QDateTime::currentDateTime(),
                        error.isEmpty() });
                showBalances();
            });
        }
        showBalances();
    });
}

void DashboardPage::showBalances()
{
    m_balances->setRowCount(0);
    for (const Manifest &manifest : m_hub.registry().manifests()) {
        if (!m_balanceOf.contains(manifest.name))
            continue;
        const Balance &b = m_balanceOf.value(manifest.name);
        const int row = m_balances->rowCount();
        m_balances->insertRow(row);
        m_balances->setItem(row, 0, new QTableWidgetItem(QIcon(manifest.icon), manifest.title));
        auto *text = new QTableWidgetItem(b.text);
        if (!b.ok)
            text->setForeground(QColor(0xc6, 0x28, 0x28));
        text->setToolTip(b.text);
        m_balances->setItem(row, 1, text);
        m_balances->setItem(row, 2, new QTableWidgetItem(QLocale().toString(b.readAt.time(), QLocale::ShortFormat)));
    }
}

} // namespace pd
