#pragma once

#include "domain/Mismatch.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd {

// The reconciliation's mismatches as the Reconciliation page shows them, open ones first: set
// whole from one read (ReconciliationService::mismatches).
class MismatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Found, Provider, Kind, Order, Desk, AtProvider, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OpenRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setMismatches(const QList<Mismatch> &mismatches);
    const QList<Mismatch> &mismatches() const { return m_mismatches; }
    void relabel();

    // A kind in staff's words.
    static QString kindTitle(Mismatch::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Mismatch> m_mismatches;
};

} // namespace pd
