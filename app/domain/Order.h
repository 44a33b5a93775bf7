#pragma once

#include "OrderStatus.h"
#include "contract/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

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

    // The recipient is pinned when the order enters the book (how and when it was learnt:
    // "ipn", "import", "desk", "demo", or "staff" once a person accepted a new one). What money
    // follows is never changed on an IPN's word: a different recipient sent later waits in
    // `proposedToValues` until a staff member accepts or refuses it, and until then the order
    // cannot be paid to either.
    QString recipientSource;
    qint64 recipientPinnedAt = 0; // unix ms
    QList<OrderValue> proposedToValues;
    qint64 proposedAt = 0; // unix ms; 0 when nothing waits
    // A status the site sent that cannot follow the order's own (the transition table says
    // no): kept on the order for a person, never applied.
    QString siteStatus;
    qint64 siteStatusAt = 0;

    bool recipientWaitsForAPerson() const { return proposedAt != 0; }

    // Who gets the money: the value of the first recipient-like field (address, wallet,
    // card, account), else the first value. Stored beside the order so staff can search it.
    QString recipient() const;

    // Every problem with this order, each a full sentence for staff; empty when valid. The one
    // set of rules for an order entering the book, whichever way it comes (an IPN, `orders
    // import`, an order created through the desk or the CLI): a valid id and UID; both amounts
    // positive, within their currency's precision and at most `maxAmount`; both currencies
    // known XML codes; the recipient's details valid text without control characters.
    QStringList problems(const CurrencyRegistry &currencies, const Money &maxAmount = defaultMaxAmount()) const;
    // The desk setting that bounds one amount (in units of its currency), and its default.
    static constexpr const char *maxAmountSetting = "intake.max_amount";
    static Money defaultMaxAmount();
    // The recipient's details only: keys present, valid Unicode, no control characters.
    static QStringList valueProblems(const QList<OrderValue> &values);
    // Bytes that are UTF-8, as text; nullopt for anything else (never repaired into U+FFFD).
    static std::optional<QString> strictUtf8(QByteArrayView bytes);

    static bool isObjectId(QStringView text);
    // A fresh ObjectId for orders made on this desk: 4-byte time, then random bytes.
    static QString newObjectId(const QDateTime &at);

    static QJsonArray valuesToJson(const QList<OrderValue> &values);
    static QList<OrderValue> valuesFromJson(const QJsonArray &array);
};

} // namespace pd
