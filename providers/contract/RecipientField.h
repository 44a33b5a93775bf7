#pragma once

#include "Currency.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pd {

// One detail a payout needs from the client, as spec/000's getFields(lang, xml) returns it:
// _id, name, placeholder, regexp, regexp_error, required, in the staff's language. `check`
// adds what a regexp cannot: "address" (the currency's own checksum: Base58Check, Bech32,
// EIP-55, …) or "card" (Luhn).
struct RecipientField {
    QString id;
    QString name;
    QString placeholder;
    QString regexp;
    QString regexpError;
    bool required = true;
    QString check;

    // From the manifest's JSON: translatable texts are {"en": …, "ru": …, "uk": …, "es": …}.
    static RecipientField fromJson(const QJsonObject &object, const QString &language);

    // Nothing when the value will do; otherwise a sentence for staff, in their language.
    std::optional<QString> problem(const Currency &currency, const QString &value) const;
};

} // namespace pd
