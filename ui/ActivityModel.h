#pragma once

#include "services/ActivityService.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd {

// The activity log's entries as the Activity tab shows them, newest first: set whole from one
// read (ActivityService::recent).
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, What, About, Details, ColumnCount };
    // Roles independent of the column.
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole, // "import", "ipn.rejected", …
        AtRole, // the QDateTime, UTC
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<ActivityService::Entry> &entries);
    const QList<ActivityService::Entry> &entries() const { return m_entries; }
    // After a language switch: the headers and times are shown anew.
    void relabel();

    // A refusal, a failure or a mismatch with a provider's books: shown in red.
    static bool isProblem(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityService::Entry> m_entries;
};

} // namespace pd
