#pragma once

#include "domain/OrderStatus.h"

#include <QColor>
#include <QIcon>

namespace pd {

// How a status looks wherever it is shown: one colour and one icon each, so that staff
// learn them once. Icons are drawn, not shipped, so they stay sharp at any scale.
class StatusStyle {
public:
    static QColor color(OrderStatus status);
    static QIcon icon(OrderStatus status);
};

} // namespace pd
