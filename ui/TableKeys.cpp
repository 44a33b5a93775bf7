#include "TableKeys.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>

namespace pd {

void TableKeys::apply(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    // Ctrl+C is the view's own: it copies the current cell as shown. Ctrl+Shift+C, the row:
    auto *copyRow = new QAction(view);
    copyRow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyRow->setShortcutContext(Qt::WidgetShortcut); // the table's own: a search box keeps its keys
    QObject::connect(copyRow, &QAction::triggered, view, [view] {
        const QString copied = rowText(view);
        if (!copied.isEmpty())
            QApplication::clipboard()->setText(copied);
    });
    view->addAction(copyRow);
}

QString TableKeys::rowText(const QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return {};
    const auto *table = qobject_cast<const QTableView *>(view);
    const QAbstractItemModel *model = current.model();
    QStringList cells;
    const int columns = model->columnCount(current.parent());
    for (int visual = 0; visual < columns; ++visual) {
        const int column = table ? table->horizontalHeader()->logicalIndex(visual) : visual;
        if (table && table->isColumnHidden(column))
            continue;
        cells << model->index(current.row(), column, current.parent()).data(Qt::DisplayRole).toString();
    }
    return cells.join(u'\t');
}

} // namespace pd
