#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace pd {

struct Order;

// The client's links to an order (spec/001, spec/002): https://SITE/LANG/payment/UID/SECRET shows
// the payment page, and the same with /order/ shows the order as the client sees it. SITE is
// the desk setting exchange.site_url, LANG exchange.language ("en" by default).
struct PaymentLinks {
    QUrl payment;
    QUrl order;

    // nullopt, with a sentence for staff in `why`, when the site's address is not an absolute
    // http(s) URL or the order has no secret.
    static std::optional<PaymentLinks> make(
        const QString &siteUrl, const QString &language, qint64 uid, const QString &secret, QString *why = nullptr);
};

} // namespace pd
