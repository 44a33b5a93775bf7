#pragma once

#include "Currency.h"

#include <QString>

#include <optional>

namespace pd {

// What a regexp cannot see in a recipient: the check digits and checksums that
// catch a mistyped card number or address before any money moves. Pure
// functions, no state; messages are full sentences in the staff's language.
class RecipientValidator {
public:
    enum class Check {
        None, // nothing beyond the field's regexp
        CardNumber, // 12-19 digits (spaces and dashes allowed), Luhn check digit
        Bitcoin, // Base58Check versions 0x00/0x05, or segwit "bc1" (BIP-173 Bech32 v0, BIP-350 Bech32m v1+)
        Litecoin, // Base58Check versions 0x30/0x32/0x05, or segwit "ltc1" (same rules as Bitcoin)
        Evm, // 0x + 40 hex; mixed case must match EIP-55 (Keccak-256 of the lower-case hex)
        Tron, // Base58Check, version byte 0x41, 21-byte payload ("T...")
    };

    // The check a payout in this currency needs, from its kind, network and XML
    // code (see currencies.json). Unknown chains get None: refusing a good
    // address we cannot check would block payouts, so only known formats are checked.
    static Check checkFor(const Currency &currency);

    // nullopt when the value passes; otherwise what is wrong, translated in the
    // "RecipientValidator" context. Surrounding whitespace is ignored. None
    // accepts anything (emptiness is the field's `required` business).
    static std::optional<QString> problem(Check check, const QString &value);

    // The form to send to a provider: card digits without spaces and dashes;
    // anything else trimmed. Call it on values problem() accepted.
    static QString normalized(Check check, const QString &value);
};

} // namespace pd
