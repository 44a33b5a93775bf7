#pragma once

#include "contract/Money.h"
#include "domain/OrderStatus.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pd {

class Database;

// What the dashboard shows, read from the book in one go: payouts per day (by currency and
// by provider) with their exact sums, each provider's outcomes, and the orders per status.
// A payout counts on the day it was sent, in the desk's time zone. Sums are added as exact
// decimals; nothing here goes through a double.
struct DashboardFigures {
    struct Day {
        QDate day;
        QString key; // a currency's XML code, or a provider's name
        int count = 0;
    };
    struct Outcomes {
        int paid = 0;
        int failed = 0;
        int attention = 0; // unknown or needing a person
        int pending = 0; // prepared, sent, or accepted and waiting for the provider
        int total() const { return paid + failed + attention + pending; }
    };

    QDate from; // the first day shown
    QDate to; // the last day shown (today)
    QList<Day> paidByCurrency;
    QList<Day> paidByProvider;
    QMap<QString, Money> paidSums; // per currency, over the period
    QMap<QString, int> paidCounts; // per currency, over the period
    QMap<QString, Outcomes> outcomes; // per provider, over the period
    QMap<OrderStatus, qint64> ordersPerStatus; // the whole book

    // The `days` days up to and including `today`, in `zone`.
    static std::optional<DashboardFigures> read(
        Database &database, const QDate &today, int days, const QTimeZone &zone, QString *error = nullptr);
};

} // namespace pd
