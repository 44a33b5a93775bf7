#include "OrderTableModel.h"
#include "AmountText.h"
#include "DateText.h"

#include "StatusStyle.h"
#include "services/OrderPageLoader.h"
#include "workspace/Workspace.h"

#include <QFontDatabase>
#include <QLocale>

namespace pd {

OrderTableModel::OrderTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new OrderPageLoader(workspace))
{
    qRegisterMetaType<OrderFilter>();
    qRegisterMetaType<OrderSort>();
    qRegisterMetaType<std::optional<Order>>();
    qRegisterMetaType<QList<Order>>();
    m_thread.setObjectName(QStringLiteral("order pages"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &OrderTableModel::requestCount, m_loader, &OrderPageLoader::count);
    connect(this, &OrderTableModel::requestPage, m_loader, &OrderPageLoader::load);
    connect(m_loader, &OrderPageLoader::counted, this, &OrderTableModel::onCounted);
    connect(m_loader, &OrderPageLoader::loaded, this, &OrderTableModel::onLoaded);
    connect(m_loader, &OrderPageLoader::failed, this, &OrderTableModel::onFailed);
    connect(m_loader, &OrderPageLoader::skipped, this, [this](int generation, int page) {
        if (generation == m_generation)
            m_requested.remove(page);
    });
    m_thread.start();
    restart();
}

OrderTableModel::~OrderTableModel()
{
    m_loader->setCurrentGeneration(-1); // whatever is queued is skipped
    m_thread.quit();
    m_thread.wait();
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void OrderTableModel::refresh()
{
    restart();
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, OrderSortKey> keys = { { Uid, OrderSortKey::Uid }, { Created, OrderSortKey::CreatedAt },
        { Updated, OrderSortKey::UpdatedAt }, { Status, OrderSortKey::Status } };
    if (!keys.contains(column))
        return;
    const OrderSort sort { keys.value(column), order == Qt::DescendingOrder };
    if (sort == m_sort)
        return;
    m_sort = sort;
    restart();
}

bool OrderTableModel::isSortable(int column)
{
    return column == Uid || column == Created || column == Updated || column == Status;
}

// A new query: pages of the old one are useless. The rows on screen stay until the new
// count arrives, so the table does not flash empty.
void OrderTableModel::restart()
{
    ++m_generation;
    m_total = -1; // until the new count arrives
    m_loader->setCurrentGeneration(m_generation);
    m_pages.clear();
    m_requested.clear();
    emit requestCount(m_generation, m_filter);
    fetchPage(0);
    if (m_shownRows > 0)
        emit dataChanged(index(0, 0), index(m_shownRows - 1, ColumnCount - 1));
}

void OrderTableModel::onCounted(int generation, qint64 total)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_total = total;
    // A view cannot show more than INT_MAX rows; a desk's book is far below that.
    m_shownRows = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    endResetModel();
    emit countChanged(total);
}

void OrderTableModel::onLoaded(int generation, int page, const QList<Order> &orders)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    m_pages.insert(page, orders);
    evictFarFrom(page);
    const int first = page * PageSize;
    const int last = qMin(first + int(orders.size()), m_shownRows) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page);
}

void OrderTableModel::onFailed(int generation, const QString &error)
{
    if (generation == m_generation)
        emit loadFailed(error);
}

void OrderTableModel::fetchPage(int page) const
{
    if (m_requested.contains(page) || m_pages.contains(page))
        return;
    m_requested.insert(page);
    m_loader->setWantedPage(page);
    std::optional<Order> previous;
    const auto before = m_pages.constFind(page - 1);
    if (before != m_pages.constEnd() && before->size() == PageSize)
        previous = before->constLast();
    auto *self = const_cast<OrderTableModel *>(this);
    emit self->requestPage(m_generation, m_filter, m_sort, page, PageSize, previous);
}

void OrderTableModel::evictFarFrom(int page)
{
    while (m_pages.size() > MaxCachedPages) {
        int farthest = page;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (qAbs(it.key() - page) > qAbs(farthest - page))
                farthest = it.key();
        }
        m_pages.remove(farthest);
    }
}

std::optional<Order> OrderTableModel::orderAt(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd() || row % PageSize >= it->size())
        return std::nullopt;
    return it->at(row % PageSize);
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shownRows)
        return {};
    const auto order = orderAt(index.row());
    if (!order) {
        fetchPage(index.row() / PageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == Uid)
            return QStringLiteral("…");
        return {};
    }
    const Order &o = *order;
    switch (role) {
    case LoadedRole:
        return true;
    case OrderIdRole:
        return o.id;
    case UidRole:
        return o.uid;
    case StatusRole:
        return int(o.status);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Uid:
            return QString::number(o.uid);
        case Created:
            return DateText::shown(o.createdAt);
        case Updated:
            return DateText::shown(o.updatedAt);
        case Status:
            return OrderStatuses::title(o.status);
        // Amounts with every stored digit, in the staff's number format: never rounded.
        case InAmount:
            return QString(AmountText::shown(o.inAmount) + u' ' + o.xmlFrom);
        case OutAmount:
            return QString(AmountText::shown(o.outAmount) + u' ' + o.xmlTo);
        case Recipient:
            return o.recipient();
        case Partner:
            return o.partner;
        case Id:
            return o.id;
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusStyle::icon(o.status);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return StatusStyle::color(o.status);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == InAmount || index.column() == OutAmount || index.column() == Uid)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == Id || index.column() == Recipient)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    default:
        break;
    }
    return {};
}

void OrderTableModel::relabel()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_shownRows > 0)
        emit dataChanged(index(0, 0), index(m_shownRows - 1, ColumnCount - 1));
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Uid:
        return tr("UID");
    case Created:
        return tr("Created");
    case Status:
        return tr("Status");
    case InAmount:
        return tr("Client pays");
    case OutAmount:
        return tr("Payout");
    case Recipient:
        return tr("Recipient");
    case Partner:
        return tr("Partner");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("Order id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd
