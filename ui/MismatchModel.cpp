#include "MismatchModel.h"

#include "DateText.h"

#include <QColor>

namespace pd {

void MismatchModel::setMismatches(const QList<Mismatch> &mismatches)
{
    beginResetModel();
    m_mismatches = mismatches;
    endResetModel();
}

void MismatchModel::relabel()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_mismatches.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_mismatches.size()) - 1, ColumnCount - 1), { Qt::DisplayRole });
}

QString MismatchModel::kindTitle(Mismatch::Kind kind)
{
    switch (kind) {
    case Mismatch::Kind::NotInDesk:
        return tr("At the provider, not in the desk");
    case Mismatch::Kind::NotAtProvider:
        return tr("Paid in the desk, not at the provider");
    case Mismatch::Kind::Amount:
        return tr("Another amount");
    case Mismatch::Kind::Currency:
        return tr("Another currency");
    case Mismatch::Kind::Destination:
        return tr("Another destination");
    case Mismatch::Kind::MoreThanOne:
        return tr("More than one payout for the order");
    case Mismatch::Kind::Status:
        return tr("The outcomes disagree");
    }
    return {};
}

int MismatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mismatches.size());
}

int MismatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MismatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mismatch &m = m_mismatches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Found:
            return DateText::shown(m.foundAt);
        case Provider:
            return m.provider;
        case Kind:
            return kindTitle(m.kind);
        case Order:
            return m.orderId.isEmpty() ? tr("none") : m.orderId;
        case Desk:
            return m.deskSide.isEmpty() ? tr("nothing") : m.deskSide;
        case AtProvider:
            return m.providerSide.isEmpty() ? tr("nothing") : m.providerSide;
        case State:
            return m.isOpen()
                ? tr("Open")
                : tr("Resolved by %1, %2: %3").arg(m.resolvedBy, DateText::shown(m.resolvedAt), m.comment);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        return m.isOpen() && index.column() == State ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case IdRole:
        return m.id;
    case OpenRole:
        return m.isOpen();
    default:
        return {};
    }
}

QVariant MismatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Found:
        return tr("Found");
    case Provider:
        return tr("Provider");
    case Kind:
        return tr("Mismatch");
    case Order:
        return tr("Order");
    case Desk:
        return tr("In the desk");
    case AtProvider:
        return tr("At the provider");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd
