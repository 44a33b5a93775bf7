#pragma once

#include "domain/HistoryEntry.h"
#include "domain/Order.h"

#include <QList>

namespace pd {

class Workspace;

class CurrencyRegistry;
class OrderStore;

// Realistic sample orders for the demo workspace: every status, many currencies, recipients
// in the shapes real ones have, and a history that walks each order to where it stands.
// The same seed always gives the same orders (times are relative to `now`).
class DemoOrders {
public:
    struct Book {
        QList<Order> orders;
        QList<HistoryEntry> history;
    };

    static Book generate(const CurrencyRegistry &currencies, quint32 seed, int count, const QDateTime &now);

    // Fills an empty book with the demo's fixed seed; a book with orders is left alone.
    static bool fillIfEmpty(OrderStore &store, const CurrencyRegistry &currencies, QString *error);
    // The same on the workspace's own book (the demo's start-up).
    static bool fillIfEmpty(Workspace &workspace, const CurrencyRegistry &currencies, QString *error);

    static constexpr quint32 seed = 20261123;
    static constexpr int size = 600;
};

} // namespace pd
