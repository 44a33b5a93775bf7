#include "TrayBadge.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>

namespace pd {

QString TrayBadge::label(int count)
{
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

QIcon TrayBadge::withCount(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    const QString text = label(count);
    QIcon icon;
    for (const int side : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = base.pixmap(side, side);
        if (pixmap.isNull()) {
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(8, side * 9 / 16));
        painter.setFont(font);
        const QFontMetrics metrics(font);
        // A pill in the lower right corner, as wide as the number needs, never wider than the icon.
        const int height = qMax(9, side * 5 / 8);
        const int width = qMin(side, qMax(height, metrics.horizontalAdvance(text) + height / 2));
        const QRectF pill(side - width, side - height, width, height);
        painter.setPen(QPen(Qt::white, qMax(1.0, side / 32.0)));
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter.setPen(Qt::white);
        painter.drawText(pill, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace pd
