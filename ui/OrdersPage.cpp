#include "OrdersPage.h"
#include "TableKeys.h"

#include "ClearButton.h"
#include "OrderTableModel.h"
#include "StatusStyle.h"
#include "contract/CurrencyRegistry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

namespace {

enum Period { AnyTime, Today, Last7Days, Last30Days, Custom };
// The status box's item while the menu has several ticked.
constexpr int severalStatuses = -2;

} // namespace

OrdersPage::OrdersPage(const Workspace &workspace, const CurrencyRegistry &currencies, QWidget *parent)
    : QWidget(parent)
    , m_model(new OrderTableModel(workspace, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_several(new QPushButton(this))
    , m_currency(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_searchDelay(new QTimer(this))
    , m_empty(new QLabel(m_table->viewport()))
{
    addClearButtonSoon(m_search);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(520);
    for (QComboBox *box : { m_status, m_currency, m_period })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // whole in each language
    m_status->addItem(QString(), -1);
    for (OrderStatus s : OrderStatuses::all())
        m_status->addItem(StatusStyle::icon(s), QString(), int(s));
    m_several->setObjectName(QStringLiteral("statuses"));
    m_several->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // its words whole; the search gives way
    auto *menu = new QMenu(m_several);
    for (OrderStatus s : OrderStatuses::all()) {
        QAction *a = menu->addAction(StatusStyle::icon(s), QString());
        a->setCheckable(true);
        a->setData(int(s));
        connect(a, &QAction::toggled, this, [this] {
            m_statuses.clear();
            for (QAction *each : m_several->menu()->actions()) {
                if (each->isChecked())
                    m_statuses << OrderStatus(each->data().toInt());
            }
            showStatuses();
            applyFilter();
        });
    }
    m_several->setMenu(menu);
    m_currency->addItem(QString(), QString());
    for (const Currency &c : currencies.all())
        m_currency->addItem(c.xml, c.xml);
    m_currency->setMaxVisibleItems(20);
    for (int i = AnyTime; i <= Custom; ++i)
        m_period->addItem(QString(), i);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_several);
    filters->addWidget(m_currency);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch();

    TableKeys::apply(m_table);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::Created, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<std::pair<int, int>> widths = { { OrderTableModel::Uid, 80 }, { OrderTableModel::Created, 160 },
        { OrderTableModel::Status, 170 }, { OrderTableModel::InAmount, 170 }, { OrderTableModel::OutAmount, 190 },
        { OrderTableModel::Recipient, 320 }, { OrderTableModel::Partner, 100 }, { OrderTableModel::Updated, 160 } };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->setColumnHidden(OrderTableModel::Id, true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumWidth(480); // two lines at most in every language, not a narrow column
    m_empty->setEnabled(false); // drawn as a hint, not as data
    m_empty->hide();
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty, 0, Qt::AlignCenter);

    // Typing searches after a short pause, not on every key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &OrdersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter searches at once and, when exactly one order matches, opens it; Down goes to the table.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        m_openSingleMatch = true;
        openSingleMatch(); // the same search as before: its count is already in
    });
    connect(m_model, &OrderTableModel::countChanged, this, &OrdersPage::openSingleMatch);
    connect(m_model, &OrderTableModel::pageLoaded, this, &OrdersPage::openSingleMatch);
    m_search->installEventFilter(this);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        if (status == severalStatuses)
            return; // shown for the menu's choice, not a choice of its own
        m_statuses = status >= 0 ? QList<OrderStatus> { OrderStatus(status) } : QList<OrderStatus>();
        showStatuses();
        applyFilter();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodWidgets();
        applyFilter();
    });
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &OrdersPage::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(OrderTableModel::OrderIdRole).toString();
        if (!id.isEmpty())
            emit orderActivated(id);
    });
    // Columns the book has no index for cannot be sorted: put the indicator back.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!OrderTableModel::isSortable(column)) {
            static const QHash<OrderSortKey, int> columns
                = { { OrderSortKey::Uid, OrderTableModel::Uid }, { OrderSortKey::CreatedAt, OrderTableModel::Created },
                      { OrderSortKey::UpdatedAt, OrderTableModel::Updated },
                      { OrderSortKey::Status, OrderTableModel::Status } };
            const OrderSort sort = m_model->orderSort();
            QSignalBlocker block(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(
                columns.value(sort.key), sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    connect(m_model, &OrderTableModel::countChanged, this, [this](qint64 total) {
        m_total = total;
        showEmptyNotice();
        emit summaryChanged(summary());
    });
    connect(m_model, &OrderTableModel::loadFailed, this,
        [this](const QString &error) { emit summaryChanged(tr("Cannot read the order book: %1").arg(error)); });
    retranslate();
}

void OrdersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by UID, order id or recipient (Ctrl+F)"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i) {
        const int status = m_status->itemData(i).toInt();
        if (status >= 0)
            m_status->setItemText(i, OrderStatuses::title(OrderStatus(status)));
    }
    for (QAction *a : m_several->menu()->actions())
        a->setText(OrderStatuses::title(OrderStatus(a->data().toInt())));
    m_several->setText(tr("Several…"));
    m_several->setToolTip(tr("Tick several statuses to see their orders together"));
    showStatuses();
    m_currency->setItemText(0, tr("All currencies"));
    m_period->setItemText(AnyTime, tr("Any time"));
    m_period->setItemText(Today, tr("Today"));
    m_period->setItemText(Last7Days, tr("Last 7 days"));
    m_period->setItemText(Last30Days, tr("Last 30 days"));
    m_period->setItemText(Custom, tr("Dates…"));
    m_from->setToolTip(tr("Created on or after"));
    m_to->setToolTip(tr("Created on or before"));
}

QString OrdersPage::summary() const
{
    const int shown = m_total > INT_MAX ? INT_MAX : int(m_total);
    return tr("%n order(s)", nullptr, shown);
}

void OrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEmptyNotice();
        m_model->relabel();
        if (m_total >= 0)
            emit summaryChanged(summary());
    }
    QWidget::changeEvent(event);
}

void OrdersPage::showEmptyNotice()
{
    m_empty->setVisible(m_total == 0);
    m_empty->setText(m_model->filter() == OrderFilter()
            ? tr("No orders in the book yet. They arrive from the exchange site (IPN), or with File → New order "
                 "(Ctrl+N) or File → Import orders.")
            : tr("No order matches these filters. Clear filters (Ctrl+Shift+L) to see every order."));
}

bool OrdersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, OrderTableModel::Uid));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// After Enter: once the new search's count is in, and its first row, the one match opens.
void OrdersPage::openSingleMatch()
{
    if (!m_openSingleMatch || m_model->total() < 0)
        return; // not asked, or the count of the new search is not in yet
    if (m_model->total() != 1) {
        m_openSingleMatch = false;
        return;
    }
    const QString id = m_model->index(0, 0).data(OrderTableModel::OrderIdRole).toString();
    if (id.isEmpty())
        return; // its row is on its way: pageLoaded comes
    m_openSingleMatch = false;
    m_table->setCurrentIndex(m_model->index(0, OrderTableModel::Uid));
    emit orderActivated(id);
}

void OrdersPage::updatePeriodWidgets()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void OrdersPage::applyFilter()
{
    m_searchDelay->stop();
    OrderFilter f;
    f.statuses = m_statuses;
    f.currency = m_currency->currentData().toString();
    f.search = m_search->text().trimmed();
    // Days are the desk's local days; the book compares instants.
    const QDate today = QDate::currentDate();
    switch (m_period->currentData().toInt()) {
    case Today:
        f.from = today.startOfDay();
        break;
    case Last7Days:
        f.from = today.addDays(-6).startOfDay();
        break;
    case Last30Days:
        f.from = today.addDays(-29).startOfDay();
        break;
    case Custom:
        f.from = m_from->date().startOfDay();
        f.to = m_to->date().addDays(1).startOfDay();
        break;
    default:
        break;
    }
    m_model->setFilter(f);
}

void OrdersPage::setStatuses(const QList<OrderStatus> &statuses)
{
    m_statuses = statuses;
    showStatuses();
    applyFilter();
}

void OrdersPage::showStatuses()
{
    const QSignalBlocker quiet(m_status);
    for (QAction *a : m_several->menu()->actions()) {
        const QSignalBlocker quietToo(a);
        a->setChecked(m_statuses.contains(OrderStatus(a->data().toInt())));
    }
    const int several = m_status->findData(severalStatuses);
    if (m_statuses.size() > 1) {
        const QString text = tr("%n statuses", nullptr, int(m_statuses.size()));
        if (several < 0)
            m_status->addItem(text, severalStatuses);
        else
            m_status->setItemText(several, text);
        m_status->setCurrentIndex(m_status->findData(severalStatuses));
        return;
    }
    if (several >= 0)
        m_status->removeItem(several);
    m_status->setCurrentIndex(m_statuses.isEmpty() ? 0 : m_status->findData(int(m_statuses.first())));
}

OrderFilter OrdersPage::filter() const
{
    return m_model->filter();
}

OrderSort OrdersPage::sort() const
{
    return m_model->orderSort();
}

QString OrdersPage::currentOrderId() const
{
    return m_table->currentIndex().data(OrderTableModel::OrderIdRole).toString();
}

void OrdersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrdersPage::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_status), b3(m_currency), b4(m_period);
        m_search->clear();
        m_statuses.clear();
        showStatuses();
        m_currency->setCurrentIndex(0);
        m_period->setCurrentIndex(AnyTime);
    }
    updatePeriodWidgets();
    applyFilter();
}

void OrdersPage::refresh()
{
    m_model->refresh();
}

QByteArray OrdersPage::saveLayout() const
{
    return m_table->horizontalHeader()->saveState();
}

void OrdersPage::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    m_table->horizontalHeader()->restoreState(state);
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    m_model->sort(column, m_table->horizontalHeader()->sortIndicatorOrder());
}

} // namespace pd
