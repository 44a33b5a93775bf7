#pragma once

#include "domain/HistoryEntry.h"
#include "domain/Order.h"
#include "merchant/IpnDeliveries.h"
#include "storage/BookReply.h"

#include <optional>

class QObject;

namespace pd {

class DatabaseThread;

// Everything the order's window shows of one order, read in one go.
struct OrderDetails {
    std::optional<Order> order; // none: not in the book (error() says why if it could not be read)
    QList<HistoryEntry> history;
    QList<IpnDeliveries::Delivery> deliveries;
    QString siteUrl; // for the client's links
    QString siteLanguage;
};

// One order as the order's window reads it, and the decision on a recipient the site changed
// (storage/RecipientReview), on the workspace's database thread.
class OrderLookup {
public:
    OrderLookup(DatabaseThread &thread, QString actor);

    BookAnswer<OrderDetails> *details(const QString &orderId, QObject *parent);
    // Accept the recipient the site sent (admins) or keep the pinned one (operators too).
    BookAnswer<bool> *decideRecipient(const QString &orderId, bool accept, const QString &comment, QObject *parent);

private:
    DatabaseThread &m_thread;
    QString m_actor;
};

} // namespace pd
