#include "StatusStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace pd {

namespace {

struct Look {
    QColor color;
    QString glyph;
};

Look look(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
        return { QColor(0x60, 0x7d, 0x8b), QStringLiteral("+") };
    case OrderStatus::WaitPayment:
        return { QColor(0x8e, 0x6c, 0x00), QStringLiteral("…") };
    case OrderStatus::ErrorPayment:
        return { QColor(0xc6, 0x28, 0x28), QStringLiteral("!") };
    case OrderStatus::InProgress:
        return { QColor(0x15, 0x65, 0xc0), QStringLiteral("↻") };
    case OrderStatus::InProgressPayout:
        return { QColor(0x6a, 0x1b, 0x9a), QStringLiteral("→") };
    case OrderStatus::ErrorPayout:
        return { QColor(0xd8, 0x43, 0x15), QStringLiteral("!") };
    case OrderStatus::Hold:
        return { QColor(0xef, 0x6c, 0x00), QStringLiteral("‖") };
    case OrderStatus::Done:
        return { QColor(0x2e, 0x7d, 0x32), QStringLiteral("✓") };
    case OrderStatus::Returned:
        return { QColor(0x00, 0x83, 0x8f), QStringLiteral("↩") };
    case OrderStatus::Deleted:
        return { QColor(0x75, 0x75, 0x75), QStringLiteral("×") };
    }
    return { Qt::gray, QString() };
}

QPixmap paint(OrderStatus status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const Look l = look(status);
    p.setPen(Qt::NoPen);
    p.setBrush(l.color);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, l.glyph);
    return pixmap;
}

} // namespace

QColor StatusStyle::color(OrderStatus status)
{
    return look(status).color;
}

QIcon StatusStyle::icon(OrderStatus status)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(status));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : { 16, 24, 32, 48 })
        icon.addPixmap(paint(status, size));
    cache.insert(int(status), icon);
    return icon;
}

} // namespace pd
