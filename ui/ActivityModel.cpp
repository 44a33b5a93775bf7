#include "ActivityModel.h"
#include "ActivityKind.h"
#include "DateText.h"

#include <QColor>
#include <QLocale>

namespace pd {

void ActivityModel::setEntries(const QList<ActivityService::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ActivityModel::relabel()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, When), index(int(m_entries.size()) - 1, When), { Qt::DisplayRole });
}

bool ActivityModel::isProblem(const QString &kind)
{
    return kind.endsWith(QLatin1String("failed")) || kind.endsWith(QLatin1String("rejected"))
        || kind.endsWith(QLatin1String("mismatch"));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityService::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case When:
            return DateText::shown(e.at);
        case Who:
            return e.actor;
        case What:
            return ActivityKind::title(e.kind);
        case About:
            return e.subject;
        case Details:
            return e.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Details ? QVariant(e.message) : QVariant();
    case Qt::ForegroundRole:
        return isProblem(e.kind) ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case EntryIdRole:
        return e.id;
    case KindRole:
        return e.kind;
    case AtRole:
        return e.at;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case About:
        return tr("About");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd
