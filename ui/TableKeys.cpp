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
    const auto add = [view](const QKeySequence &keys, QString (*text)(const QAbstractItemView *)) {
        auto *action = new QAction(view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut); // the table's own: a search box keeps its Ctrl+C
        QObject::connect(action, &QAction::triggered, view, [view, text] {
            const QString copied = text(view);
            if (!copied.isEmpty())
                QApplication::clipboard()->setText(copied);
        });
        view->addAction(action);
    };
    add(QKeySequence::Copy, &TableKeys::cellText);
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &TableKeys::rowText);
}

QString TableKeys::cellText(const QAbstractItemView *view)
{
    return view->currentIndex().data(Qt::DisplayRole).toString();
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
