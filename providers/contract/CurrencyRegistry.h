#pragma once

#include "contract/Currency.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace pd {

// XML code → currency, kind, network and precision: the seed's
// getProviderByXML, shared by every adapter. A plain value: whoever needs it
// keeps a copy (there is no global instance), and tests build their own from JSON.
class CurrencyRegistry {
    Q_DECLARE_TR_FUNCTIONS(CurrencyRegistry)

public:
    // The list shipped with the desk (the resource contract/currencies.json).
    // Broken shipped data is a build defect, so it stops the program with qFatal.
    static CurrencyRegistry builtIn();

    // Parses and checks a registry document (see currencies.json for the shape).
    // Rejects duplicate codes (case-insensitively), unknown kinds, missing or
    // mistyped fields, and precisions outside 0..18, saying which entry and why.
    static std::optional<CurrencyRegistry> fromJson(const QByteArray &json, QString *error);

    // Case-insensitive: "usdttrc20" finds USDTTRC20. Unknown codes give nullopt.
    std::optional<Currency> byXml(QStringView xml) const;
    // In file order.
    QList<Currency> all() const { return m_currencies; }
    // Every XML code paid in this currency (USDT on TRC20, ERC20, …): what one balance pays.
    QStringList xmlsIn(const QString &currency) const
    {
        QStringList xmls;
        for (const Currency &c : m_currencies) {
            if (c.currency == currency)
                xmls << c.xml;
        }
        return xmls;
    }
    // Where the data comes from, one line each.
    QStringList sources() const { return m_sources; }

private:
    CurrencyRegistry() = default;

    QList<Currency> m_currencies;
    QHash<QString, qsizetype> m_indexByXml; // upper-cased code → index in m_currencies
    QStringList m_sources;
};

} // namespace pd
