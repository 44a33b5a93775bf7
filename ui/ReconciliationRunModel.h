#pragma once

#include "domain/Mismatch.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd {

// The reconciliation runs, newest first, as the Reconciliation page lists them.
class ReconciliationRunModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Ran, Provider, Period, Rows, Matched, Open, Settled, By, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(const QList<ReconciliationRun> &runs);
    void relabel();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReconciliationRun> m_runs;
};

} // namespace pd
