#include "HistoryTimeline.h"

#include "StatusStyle.h"

#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

namespace pd {

namespace {

enum Role { StatusRole = Qt::UserRole + 1, HeadlineRole, DetailRole, WhenRole, FirstRole, LastRole };

class TimelineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = option.fontMetrics.height();
        const bool detail = !index.data(DetailRole).toString().isEmpty();
        return { option.rect.width(), line * (detail ? 2 : 1) + 18 };
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

        const QRect text = r.adjusted(36, 8, -8, -4);
        QFont bold = option.font;
        bold.setBold(true);
        // The time keeps its place on the right; the headline is elided before it, never under it.
        const QString when = index.data(WhenRole).toString();
        const int whenWidth = option.fontMetrics.horizontalAdvance(when) + 12;
        p->setFont(bold);
        p->setPen(option.palette.text().color());
        p->drawText(QRect(text.left(), text.top(), text.width() - whenWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(
                index.data(HeadlineRole).toString(), Qt::ElideRight, text.width() - whenWidth));
        p->setFont(option.font);
        p->setPen(option.palette.placeholderText().color());
        p->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignRight | Qt::AlignVCenter, when);
        p->setPen(option.palette.text().color());
        p->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(index.data(DetailRole).toString(), Qt::ElideRight, text.width()));
        p->restore();
    }
};

} // namespace

HistoryTimeline::HistoryTimeline(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new TimelineDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(false);
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
        item->setData(WhenRole, QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setData(FirstRole, i == 0);
        item->setData(LastRole, i == entries.size() - 1);
        // Screen readers and tooltips get the same words as the drawing.
        item->setData(Qt::DisplayRole, headline);
        item->setToolTip(headline + u'\n' + detail.join(u'\n') + u'\n' + e.at.toLocalTime().toString(Qt::ISODate));
    }
}

} // namespace pd
