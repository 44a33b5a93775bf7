#include "HistoryTimeline.h"
#include "DateText.h"

#include "StatusStyle.h"

#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace pd {

namespace {

enum Role { StatusRole = Qt::UserRole + 1, HeadlineRole, DetailRole, WhenRole, FirstRole, LastRole };

class TimelineDelegate : public QStyledItemDelegate {
public:
    explicit TimelineDelegate(QListWidget *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = m_list->viewport()->width();
        return { width, place(option, index, QRect(0, 0, width, 0)).height };
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        if (option.state & QStyle::State_Selected)
            p->fillRect(option.rect, option.palette.highlight().color().lighter(170));
        const QRect r = option.rect;
        const int x = r.left() + 16;
        const int line = option.fontMetrics.height();
        // The line joins this entry's dot to its neighbours'.
        p->setPen(QPen(option.palette.mid().color(), 2));
        const int dotY = r.top() + 9 + line / 2;
        if (!index.data(FirstRole).toBool())
            p->drawLine(x, r.top(), x, dotY);
        if (!index.data(LastRole).toBool())
            p->drawLine(x, dotY, x, r.bottom() + 1);
        const auto status = OrderStatus(index.data(StatusRole).toInt());
        StatusStyle::icon(status).paint(p, QRect(x - 8, dotY - 8, 16, 16));

        const Placed placed = place(option, index, r);
        p->setFont(bold(option.font));
        p->setPen(option.palette.text().color());
        p->drawText(
            placed.headline, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, index.data(HeadlineRole).toString());
        p->setFont(option.font);
        p->setPen(option.palette.placeholderText().color());
        p->drawText(placed.when, Qt::AlignRight | Qt::AlignTop, index.data(WhenRole).toString());
        p->setPen(option.palette.text().color());
        p->drawText(placed.detail, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, index.data(DetailRole).toString());
        p->restore();
    }

private:
    static QFont bold(QFont font)
    {
        font.setBold(true);
        return font;
    }

    // Where the headline, the time and the detail go in an entry `r` wide: the time keeps its
    // place on the right, the headline and the detail wrap (a status and a transaction
    // reference are read whole, never cut off), and the entry is as tall as they need.
    struct Placed {
        QRect headline, when, detail;
        int height = 0;
    };
    static Placed place(const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &r)
    {
        const QRect text = r.adjusted(36, 8, -8, 0);
        const QString when = index.data(WhenRole).toString();
        const int whenWidth = option.fontMetrics.horizontalAdvance(when) + 12;
        const QRect headlineBox(text.left(), text.top(), qMax(40, text.width() - whenWidth), 100000);
        const QRect headline
            = QFontMetrics(bold(option.font))
                  .boundingRect(headlineBox, Qt::AlignLeft | Qt::TextWordWrap, index.data(HeadlineRole).toString());
        const int headlineHeight = qMax(option.fontMetrics.height(), headline.height());
        const QString detail = index.data(DetailRole).toString();
        const QRect detailBox(text.left(), text.top() + headlineHeight, qMax(40, text.width()), 100000);
        const int detailHeight = detail.isEmpty()
            ? 0
            : option.fontMetrics.boundingRect(detailBox, Qt::AlignLeft | Qt::TextWordWrap, detail).height();
        Placed placed;
        placed.headline = QRect(headlineBox.topLeft(), QSize(headlineBox.width(), headlineHeight));
        placed.when = QRect(text.left(), text.top(), text.width(), option.fontMetrics.height());
        placed.detail = QRect(detailBox.topLeft(), QSize(detailBox.width(), detailHeight));
        placed.height = 8 + headlineHeight + detailHeight + 10;
        return placed;
    }

    QListWidget *m_list;
};

} // namespace

HistoryTimeline::HistoryTimeline(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new TimelineDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(true);
    setResizeMode(QListView::Adjust); // entries are laid out again for the new width
}

void HistoryTimeline::setEntries(const QList<HistoryEntry> &entries)
{
    clear();
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        const QString headline = e.oldStatus
            ? tr("%1 → %2").arg(OrderStatuses::title(*e.oldStatus), OrderStatuses::title(e.status))
            : tr("Arrived as %1").arg(OrderStatuses::title(e.status));
        QStringList detail;
        detail << tr("by %1").arg(e.actor);
        if (!e.payoutStatus.isEmpty())
            detail << tr("payout: %1").arg(e.payoutStatus);
        if (!e.comment.isEmpty())
            detail << e.comment;
        if (!e.orderNote.isEmpty())
            detail << tr("note: %1").arg(e.orderNote);
        auto *item = new QListWidgetItem(this);
        item->setData(StatusRole, int(e.status));
        item->setData(HeadlineRole, headline);
        item->setData(DetailRole, detail.join(QStringLiteral(" · ")));
        item->setData(WhenRole, DateText::shown(e.at));
        item->setData(FirstRole, i == 0);
        item->setData(LastRole, i == entries.size() - 1);
        // Screen readers and tooltips get the same words as the drawing.
        item->setData(Qt::DisplayRole, headline);
        item->setToolTip(headline + u'\n' + detail.join(u'\n') + u'\n' + e.at.toLocalTime().toString(Qt::ISODate));
    }
}

} // namespace pd
