#pragma once

#include "OrderStatus.h"
#include "contract/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class CurrencyRegistry;

// One of the client's details, as the merchant protocol sends them in `toValues`
// (and `fromValues`): a machine key, the field's human name, and what the client typed.
struct OrderValue {
    QString key;
    QString name;
    QString value;
    bool operator==(const OrderValue &) const = default;
};

// An exchange order as the site knows it: the client pays `inAmount` of `xmlFrom` and is
// paid `outAmount` of `xmlTo` to the recipient described by `toValues`.
struct Order {
    QString id; // the site's 24-hex ObjectId
    qint64 uid = 0; // the number clients and staff quote
    OrderStatus status = OrderStatus::New;
    Money inAmount;
    Money outAmount;
    QString xmlFrom; // bestchange.com / jsons.info currency codes
    QString xmlTo;
    QList<OrderValue> toValues;
    QString routeId; // the exchange direction's ObjectId, may be empty
    QString partner;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString secret; // with the UID, the client's payment link (/payment/UID/SECRET)
    QString ipnUrl; // for orders created through the desk: where its IPNs go
    qint64 statusAt = 0; // unix ms when the status was last set; an older IPN does not roll it back
    qint64 revision = 0; // grows with every change: "is it still what I checked?"

    // Who gets the money: the value of the first recipient-like field (address, wallet,
    // card, account), else the first value. Stored beside the order so staff can search it.
    QString recipient() const;

    // Every problem with this order, each a full sentence for staff; empty when valid.
    QStringList problems(const CurrencyRegistry &currencies) const;

    static bool isObjectId(QStringView text);
    // A fresh ObjectId for orders made on this desk: 4-byte time, then random bytes.
    static QString newObjectId(const QDateTime &at);

    static QJsonArray valuesToJson(const QList<OrderValue> &values);
    static QList<OrderValue> valuesFromJson(const QJsonArray &array);
};

} // namespace pd
