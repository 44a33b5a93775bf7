#include "PayoutQueueModel.h"
#include "DateText.h"

#include "AmountText.h"
#include "ProviderRegistry.h"
#include "ReserveBanner.h"
#include "StatusStyle.h"
#include "contract/CurrencyRegistry.h"

#include <QApplication>
#include <QStyle>

namespace pd {

namespace {

QString attemptText(const PayoutAttempt &a)
{
    switch (a.state) {
    case PayoutAttempt::State::Pending:
        return PayoutQueueModel::tr("awaiting the provider");
    case PayoutAttempt::State::Prepared:
    case PayoutAttempt::State::Sent:
        return PayoutQueueModel::tr("being sent");
    case PayoutAttempt::State::Unknown:
        return PayoutQueueModel::tr("outcome unknown: checking with the provider");
    case PayoutAttempt::State::NeedsAttention:
        return PayoutQueueModel::tr("needs attention: the provider does not know it");
    case PayoutAttempt::State::Failed:
        return PayoutQueueModel::tr("failed");
    case PayoutAttempt::State::Paid:
        return PayoutQueueModel::tr("paid");
    }
    return {};
}

} // namespace

PayoutQueueModel::PayoutQueueModel(
    PayoutQueue &queue, const ProviderRegistry &providers, const CurrencyRegistry &currencies, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_providers(providers)
    , m_currencies(currencies)
{
    restart(false);
}

void PayoutQueueModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart(false); // another filter's rows must not stand in for this one's
}

void PayoutQueueModel::refresh()
{
    restart(true);
}

void PayoutQueueModel::relabel()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_shownRows > 0)
        emit dataChanged(index(0, 0), index(m_shownRows - 1, ColumnCount - 1));
}

void PayoutQueueModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    OrderSort sort;
    switch (Column(column)) {
    case Uid:
        sort = { OrderSortKey::Uid, descending };
        break;
    case Age: // the oldest has the greatest age
        sort = { OrderSortKey::CreatedAt, !descending };
        break;
    case Amount:
        sort = { OrderSortKey::OutAmount, descending };
        break;
    case Currency:
    case Provider: // the provider follows the currency paid out
        sort = { OrderSortKey::XmlTo, descending };
        break;
    case Recipient:
        sort = { OrderSortKey::Recipient, descending };
        break;
    case State:
        sort = { OrderSortKey::Status, descending };
        break;
    case LastAttempt: // an attempt changes its order's updated_at
        sort = { OrderSortKey::UpdatedAt, descending };
        break;
    case Approvals:
        sort = { OrderSortKey::Approvals, descending };
        break;
    case ColumnCount:
        return;
    }
    if (sort == m_sort)
        return;
    m_sort = sort;
    restart(false);
}

void PayoutQueueModel::restart(bool keepShown)
{
    ++m_generation;
    // What is shown stays (as stale) until its page comes in anew.
    if (!keepShown)
        m_stale.clear();
    for (auto it = m_pages.cbegin(); keepShown && it != m_pages.cend(); ++it)
        m_stale.insert(it.key(), it.value());
    m_pages.clear();
    m_requested.clear();
    m_counting = true;
    const int generation = m_generation;
    auto *reply = m_queue.count(m_filter, this);
    connect(reply, &BookReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_counting = false;
        if (!reply->ok()) {
            emit loadFailed(reply->error());
            return;
        }
        onCounted(generation, reply->value());
    });
    fetchPage(0);
}

void PayoutQueueModel::onCounted(int, qint64 total)
{
    const int rows = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (rows != m_shownRows) {
        // Rows come and go at the end; the page keeps the selection by order id.
        if (rows > m_shownRows) {
            beginInsertRows({}, m_shownRows, rows - 1);
            m_shownRows = rows;
            endInsertRows();
        } else {
            beginRemoveRows({}, rows, m_shownRows - 1);
            m_shownRows = rows;
            endRemoveRows();
        }
    }
    m_total = total;
    emit countChanged(total);
}

void PayoutQueueModel::fetchPage(int page) const
{
    if (m_requested.contains(page) || m_pages.contains(page))
        return;
    m_requested.insert(page);
    auto *self = const_cast<PayoutQueueModel *>(this);
    const int generation = m_generation;
    auto *reply = m_queue.page(m_filter, m_sort, page, PageSize, self);
    connect(reply, &BookReply::finished, self, [self, reply, generation] {
        reply->deleteLater();
        if (generation != self->m_generation)
            return;
        if (!reply->ok()) {
            self->m_requested.remove(reply->value().page);
            emit self->loadFailed(reply->error());
            return;
        }
        self->onLoaded(generation, reply->value());
    });
}

void PayoutQueueModel::onLoaded(int, const QueuePage &page)
{
    m_requested.remove(page.page);
    m_stale.remove(page.page);
    m_pages.insert(page.page, page.rows);
    evictFarFrom(page.page);
    const int first = page.page * PageSize;
    const int last = qMin(first + PageSize, m_shownRows) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page.page);
}

void PayoutQueueModel::evictFarFrom(int page)
{
    while (m_pages.size() > MaxCachedPages) {
        int farthest = page;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (qAbs(it.key() - page) > qAbs(farthest - page))
                farthest = it.key();
        }
        m_pages.remove(farthest);
    }
    while (m_stale.size() > MaxCachedPages)
        m_stale.erase(m_stale.begin());
}

std::optional<QueueRow> PayoutQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_shownRows)
        return std::nullopt;
    const int page = row / PageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        fetchPage(page);
        found = m_stale.constFind(page);
        if (found == m_stale.constEnd())
            return std::nullopt;
    }
    const int at = row % PageSize;
    if (at >= found->size())
        return std::nullopt;
    return found->at(at);
}

QString PayoutQueueModel::providerAt(int row) const
{
    const auto r = rowAt(row);
    if (!r)
        return {};
    return m_chosen.value(r->order.id, r->provider);
}

int PayoutQueueModel::rowOf(const QString &orderId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).order.id == orderId)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

QList<std::pair<int, QString>> PayoutQueueModel::loadedOrders() const
{
    QList<std::pair<int, QString>> rows;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size() && it.key() * PageSize + i < m_shownRows; ++i)
            rows.append({ it.key() * PageSize + i, it->at(i).order.id });
    }
    return rows;
}

QHash<QString, qint64> PayoutQueueModel::loadedUids() const
{
    QHash<QString, qint64> uids;
    for (const auto &page : m_pages) {
        for (const QueueRow &r : page)
            uids.insert(r.order.id, r.order.uid);
    }
    return uids;
}

void PayoutQueueModel::setReserve(const QueueReserve &reserve)
{
    m_short = reserve.shortBefore;
    if (m_shownRows > 0)
        emit dataChanged(index(0, Amount), index(m_shownRows - 1, Amount));
}

int PayoutQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int PayoutQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon PayoutQueueModel::providerIcon(const QString &name) const
{
    auto found = m_icons.constFind(name);
    if (found == m_icons.constEnd()) {
        const auto manifest = m_providers.manifest(name);
        found = m_icons.insert(name, manifest ? QIcon(manifest->icon) : QIcon());
    }
    return *found;
}

QString PayoutQueueModel::providerTitle(const QString &name) const
{
    const auto manifest = m_providers.manifest(name);
    return manifest ? manifest->title : name;
}

QString PayoutQueueModel::age(const QDateTime &since, const QDateTime &now)
{
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QVariant PayoutQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto r = rowAt(index.row());
    if (role == LoadedRole)
        return r.has_value();
    if (!r) {
        if (role == Qt::DisplayRole && index.column() == Uid)
            return tr("loading…");
        return {};
    }
    const Order &o = r->order;
    const QString provider = m_chosen.value(o.id, r->provider);
    const auto currency = m_currencies.byXml(o.xmlTo);
    switch (role) {
    case OrderIdRole:
        return o.id;
    case UidRole:
        return o.uid;
    case StatusRole:
        return int(o.status);
    case ClaimableRole:
        return r->claimable;
    case ProviderRole:
        return provider;
    case ProvidersRole: {
        QStringList names;
        for (const Manifest &m : m_providers.manifests()) {
            if (m.serves(o.xmlTo))
                names << m.name;
        }
        return names;
    }
    case AmountRole:
        return o.outAmount.toString();
    case BalanceCurrencyRole:
        return currency ? currency->currency : QString();
    case ShortRole:
        return m_short.contains(o.id);
    default:
        break;
    }
    const bool flagged = o.recipientWaitsForAPerson() || !r->blocked.isEmpty();
    switch (Column(index.column())) {
    case Uid:
        if (role == Qt::DisplayRole)
            return QString::number(o.uid);
        if (role == Qt::ToolTipRole)
            return o.id;
        break;
    case Age:
        if (role == Qt::DisplayRole)
            return age(o.createdAt, QDateTime::currentDateTimeUtc());
        if (role == Qt::ToolTipRole)
            return DateText::shown(o.createdAt);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Amount: {
        const auto why = m_short.constFind(o.id);
        const bool isShort = why != m_short.constEnd() && r->claimable;
        if (role == Qt::DisplayRole)
            return AmountText::shown(o.outAmount);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::DecorationRole && isShort)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole && isShort)
            return QBrush(ReserveBanner::shortColor());
        if (role == Qt::ToolTipRole && isShort)
            return tr("Not covered by the reserve: %1 %2 left at %3 after the payouts above it in the queue. Approve "
                      "will refuse it.")
                .arg(AmountText::shown(*why), currency ? currency->currency : o.xmlTo, providerTitle(provider));
        break;
    }
    case Currency:
        if (role == Qt::DisplayRole)
            return !currency                  ? o.xmlTo
                : currency->network.isEmpty() ? currency->currency // a fiat currency has no network
                                              : QStringLiteral("%1 · %2").arg(currency->currency, currency->network);
        if (role == Qt::ToolTipRole)
            return o.xmlTo;
        break;
    case Recipient:
        if (role == Qt::DisplayRole) {
            if (o.recipientWaitsForAPerson()) {
                Order sent = o;
                sent.toValues = o.proposedToValues;
                return tr("%1 (pinned) · %2 (sent later by the site)").arg(o.recipient(), sent.recipient());
            }
            return o.recipient();
        }
        if (role == Qt::DecorationRole) {
            if (flagged)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            if (r->sharedWith >= PayoutQueue::sharedRecipientFlag)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (role == Qt::ForegroundRole && flagged)
            return QColor(0xb0, 0x1c, 0x1c);
        if (role == Qt::ToolTipRole) {
            if (o.recipientWaitsForAPerson())
                return tr("The exchange site sent another recipient for this order. It is paid to neither until a "
                          "staff member accepts the new one or keeps the pinned one, in the order's window.");
            if (!r->blocked.isEmpty())
                return r->blocked;
            if (r->sharedWith >= PayoutQueue::sharedRecipientFlag)
                return tr(
                    "This recipient is on %n different orders: take a look before paying.", nullptr, r->sharedWith);
            return o.recipient();
        }
        break;
    case Provider:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return provider.isEmpty() ? tr("none") : providerTitle(provider);
        if (role == Qt::DecorationRole && !provider.isEmpty())
            return providerIcon(provider);
        if (role == Qt::ForegroundRole && provider.isEmpty())
            return QColor(0xb0, 0x1c, 0x1c);
        if (role == Qt::ToolTipRole)
            return provider.isEmpty() ? tr("No provider pays %1: set one up in the Providers tab.").arg(o.xmlTo)
                                      : tr("Double-click to choose another provider for this payout.");
        break;
    case State:
        if (role == Qt::DisplayRole)
            return OrderStatuses::title(o.status);
        if (role == Qt::DecorationRole)
            return StatusStyle::icon(o.status);
        if (role == Qt::ForegroundRole)
            return StatusStyle::color(o.status);
        break;
    case LastAttempt:
        if (!r->last)
            break;
        if (role == Qt::DisplayRole) {
            QString text = tr("#%1 %2").arg(r->last->number).arg(attemptText(*r->last));
            if (!r->last->error.isEmpty())
                text += QStringLiteral(": ") + r->last->error;
            return text;
        }
        if (role == Qt::ToolTipRole)
            return tr("Attempt %1 through %2, %3: %4")
                .arg(r->last->number)
                .arg(providerTitle(r->last->provider), attemptText(*r->last),
                    r->last->error.isEmpty() ? r->last->transaction : r->last->error);
        break;
    case Approvals:
        if (r->approvers.isEmpty() || !r->claimable)
            break;
        if (role == Qt::DisplayRole)
            return tr("approved by %1, awaiting a second approval").arg(r->approvers.join(QStringLiteral(", ")));
        if (role == Qt::ToolTipRole && r->approvedByMe)
            return tr("You approved this payout: another staff member must approve it too before it is sent.");
        break;
    case ColumnCount:
        break;
    }
    return {};
}

bool PayoutQueueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Provider || role != Qt::EditRole)
        return false;
    const auto r = rowAt(index.row());
    const QString name = value.toString();
    if (!r || !data(index, ProvidersRole).toStringList().contains(name))
        return false;
    if (name == r->provider)
        m_chosen.remove(r->order.id);
    else
        m_chosen.insert(r->order.id, name);
    emit dataChanged(index, index);
    emit providerChosen();
    return true;
}

Qt::ItemFlags PayoutQueueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Provider && data(index, ProvidersRole).toStringList().size() > 1)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PayoutQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Uid:
        return tr("UID");
    case Age:
        return tr("Age");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case Recipient:
        return tr("Recipient");
    case Provider:
        return tr("Provider");
    case State:
        return tr("State");
    case LastAttempt:
        return tr("Last attempt");
    case Approvals:
        return tr("Approvals");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd
