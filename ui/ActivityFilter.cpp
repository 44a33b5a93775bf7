#include "ActivityFilter.h"

#include "ActivityModel.h"

namespace pd {

void ActivityFilter::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void ActivityFilter::setActor(const QString &actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    invalidateFilter();
}

bool ActivityFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_kind.isEmpty()
        && model->index(sourceRow, ActivityModel::When, sourceParent).data(ActivityModel::KindRole).toString()
            != m_kind)
        return false;
    return m_actor.isEmpty() || model->index(sourceRow, ActivityModel::Who, sourceParent).data().toString() == m_actor;
}

} // namespace pd
