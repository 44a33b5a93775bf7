#pragma once

#include "contract/Money.h"
#include "contract/Payout.h"

#include <QLocale>
#include <QString>

namespace pd {

// An amount as staff read it in their language: the locale's decimal separator and digit
// groups, every stored digit kept (never through a double). CSV files and the command line
// keep the stored form ("1234.50").
class AmountText {
public:
    static QString shown(const Money &amount, const QLocale &locale = QLocale());
    // The same for an amount already in the stored form; other text is returned unchanged.
    static QString shown(const QString &stored, const QLocale &locale = QLocale());
    // A provider's balances: "1,250.50 USDT, 0.5 BTC".
    static QString list(const Balances &balances, const QLocale &locale = QLocale());
};

} // namespace pd
