#include "OrderLookup.h"

#include "storage/Database.h"
#include "storage/DatabaseThread.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/RecipientReview.h"

namespace pd {

OrderLookup::OrderLookup(DatabaseThread &thread, QString actor)
    : m_thread(thread)
    , m_actor(std::move(actor))
{
}

BookAnswer<OrderDetails> *OrderLookup::details(const QString &orderId, QObject *parent)
{
    return m_thread.ask<OrderDetails>(DatabaseThread::Urgency::Later, parent, [orderId](Database &db, QString *error) {
        OrderDetails d;
        OrderStore store(db);
        d.order = store.byId(orderId, error);
        if (!d.order)
            return d;
        d.history = store.history(d.order->id);
        d.deliveries = IpnDeliveries(db).forOrder(d.order->id);
        DeskSettings desk(db);
        d.siteUrl = desk.value(QString::fromLatin1(DeskSettings::siteUrl));
        d.siteLanguage = desk.value(QString::fromLatin1(DeskSettings::siteLanguage), QStringLiteral("en"));
        return d;
    });
}

BookAnswer<bool> *OrderLookup::decideRecipient(
    const QString &orderId, bool accept, const QString &comment, QObject *parent)
{
    return m_thread.ask<bool>(DatabaseThread::Urgency::Urgent, parent,
        [orderId, accept, comment, actor = m_actor](Database &db, QString *error) {
            return RecipientReview(db).decide(orderId,
                accept ? RecipientReview::Decision::Accept : RecipientReview::Decision::Keep, actor, comment, error);
        });
}

} // namespace pd
