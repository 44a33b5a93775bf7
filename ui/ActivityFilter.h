#pragma once

#include <QSortFilterProxyModel>

namespace pd {

// The Activity tab's filters over ActivityModel: one kind of entry (its code) and one person;
// empty: every kind, everyone.
class ActivityFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(const QString &kind);
    void setActor(const QString &actor);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QString m_actor;
};

} // namespace pd
