#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace pd {

// One IPN of the merchant protocol (spec/001, spec/002): a status-change notification sent by
// POST as application/x-www-form-urlencoded. The amounts and the timestamp are kept exactly as
// sent, because the checksum is computed over those strings:
//     sha256(orderId:newStatus:inAmount:outAmount:xml_from:xml_to:timestamp:ipnSecret), hex
// The specification does not name the field that carries it; the desk reads `hash` (the name
// in the specification's example) or `checksum`, and sends `hash`.
struct IpnMessage {
    QString orderUid;
    QString orderId;
    QString newStatus;
    QString inAmount;
    QString outAmount;
    QString xmlFrom;
    QString xmlTo;
    QString timestamp; // unix ms
    QList<OrderValue> toValues;
    QString hash;

    enum class Problem { None, Malformed, MissingField, UnknownStatus, BadValue };

    // Parses a form body. `toValues` may come in bracket notation (toValues[0][key]=…&
    // toValues[0][name]=…&toValues[0][value]=…) or as one field holding a JSON array.
    // nullopt, with `problem` and a sentence for the sender in `error`, when it is not a
    // complete, well-formed IPN.
    static std::optional<IpnMessage> parse(
        const QByteArray &body, Problem *problem = nullptr, QString *error = nullptr);

    static QByteArray checksum(const QString &orderId, const QString &newStatus, const QString &inAmount,
        const QString &outAmount, const QString &xmlFrom, const QString &xmlTo, const QString &timestamp,
        const QByteArray &secret);
    QByteArray expectedHash(const QByteArray &secret) const;
    // In constant time, so that a wrong guess says nothing about how close it was.
    bool hashMatches(const QByteArray &secret) const;

    qint64 timestampMs() const { return timestamp.toLongLong(); }
    // The order as this IPN describes it (id in lower case; amounts as sent, or 0 when they
    // are not decimal), for the book's intake rules and the inbox.
    Order order() const;

    // The form body to send, with `hash` computed from `secret` and toValues in bracket notation.
    QByteArray toForm(const QByteArray &secret) const;
    // The IPN that announces `order` in `status` at `timestampMs`.
    static IpnMessage about(const Order &order, const QString &status, qint64 timestampMs);
};

} // namespace pd
