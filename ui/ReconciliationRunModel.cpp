#include "ReconciliationRunModel.h"

#include "DateText.h"

namespace pd {

void ReconciliationRunModel::setRuns(const QList<ReconciliationRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void ReconciliationRunModel::relabel()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ReconciliationRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ReconciliationRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReconciliationRun &r = m_runs.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Rows && index.column() <= Settled)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Ran:
        return DateText::shown(r.ranAt);
    case Provider:
        return r.provider;
    case Period:
        // The period's days in UTC, as it was asked for.
        return r.from.date() == r.to.date()
            ? DateText::shown(r.from.date())
            : QStringLiteral("%1 – %2").arg(DateText::shown(r.from.date()), DateText::shown(r.to.date()));
    case Rows:
        return r.rows;
    case Matched:
        return r.matched;
    case Open:
        return r.mismatched;
    case Settled:
        return r.settled;
    case By:
        return r.actor;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReconciliationRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Ran:
        return tr("Ran");
    case Provider:
        return tr("Provider");
    case Period:
        return tr("Period (UTC)");
    case Rows:
        return tr("In the statement");
    case Matched:
        return tr("Matched");
    case Open:
        return tr("Mismatches open");
    case Settled:
        return tr("Settled");
    case By:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd
