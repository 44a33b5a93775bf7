#pragma once

#include "domain/Order.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace pd {

class CurrencyRegistry;

// An order as it travels in files: the fields `orders list --format json|csv` writes and
// `orders import` reads, named as the merchant protocol names them. One shape both ways,
// so a listing can be imported again.
class OrderRecord {
public:
    static QStringList fieldNames();

    static QJsonObject toJson(const Order &order);
    static QStringList toFields(const Order &order); // in fieldNames() order, for CSV

    // Reads an order from field → text (a CSV row, or a JSON object turned to text). Every
    // problem found is appended to `problems`; the order is only usable if none were.
    static Order fromFields(const QHash<QString, QString> &fields, const CurrencyRegistry &currencies,
        QStringList *problems, const Money &maxAmount = Order::defaultMaxAmount());
};

} // namespace pd
