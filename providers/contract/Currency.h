#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// What kind of thing a payout in this currency lands on; it decides which
// recipient fields an adapter asks for (an address and a network, a card
// number, a wallet id, a bank account, a cash pick-up).
enum class CurrencyKind {
    Crypto, // a coin or token on a blockchain; `network` says which chain
    Card, // a payment card (Visa/Mastercard, Mir, ...)
    EMoney, // an e-money wallet (WebMoney, Perfect Money, Payeer, ...)
    Bank, // a named bank's transfer or any-bank wire (Privat24, SEPA, ...)
    Cash, // cash handed over in person
};

// The words used in currencies.json: "crypto", "card", "emoney", "bank", "cash".
inline QString toString(CurrencyKind kind)
{
    switch (kind) {
    case CurrencyKind::Crypto:
        return QStringLiteral("crypto");
    case CurrencyKind::Card:
        return QStringLiteral("card");
    case CurrencyKind::EMoney:
        return QStringLiteral("emoney");
    case CurrencyKind::Bank:
        return QStringLiteral("bank");
    case CurrencyKind::Cash:
        return QStringLiteral("cash");
    }
    return {};
}

// Exact, lower-case match of the words above; anything else is nullopt.
inline std::optional<CurrencyKind> currencyKindFromString(QStringView text)
{
    for (CurrencyKind kind :
        { CurrencyKind::Crypto, CurrencyKind::Card, CurrencyKind::EMoney, CurrencyKind::Bank, CurrencyKind::Cash }) {
        if (text == toString(kind))
            return kind;
    }
    return std::nullopt;
}

// One entry of the currency registry: what an XML code (the bestchange.com /
// jsons.info standard code an order carries in xml_from / xml_to) pays out in.
struct Currency {
    QString xml; // the XML code as published, e.g. "USDTTRC20", "CARDUAH"
    QString currency; // ISO 4217 code or ticker, e.g. "USDT", "UAH"
    CurrencyKind kind = CurrencyKind::Crypto;
    QString network; // chain for crypto, e.g. "TRC20", "ERC20", "BEP20", "BTC"; empty otherwise
    int precision = 0; // decimals the currency is paid in (BTC 8, ETH 18, cards 2)
    QString name; // human-readable English name

    bool operator==(const Currency &) const = default;
};

} // namespace pd
