#pragma once

#include "domain/HistoryEntry.h"

#include <QListWidget>

namespace pd {

// An order's history drawn as a timeline: a line down the left, a dot in the status's
// colour for each change, and beside it what changed, when, who did it and why.
class HistoryTimeline : public QListWidget {
    Q_OBJECT
public:
    explicit HistoryTimeline(QWidget *parent = nullptr);
    void setEntries(const QList<HistoryEntry> &entries);
};

} // namespace pd
