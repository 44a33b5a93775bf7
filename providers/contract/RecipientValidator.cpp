#include "RecipientValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace pd {

namespace {

// What can be wrong with a value; each has one sentence in message().
enum class Problem {
    None,
    Empty,
    BadCharacters,
    WrongLength,
    Checksum,
    WrongNetwork,
    MixedCase,
    MissingPrefix,
    Malformed,
    CardCharacters,
    CardLength,
    CardLuhn,
};

QString message(Problem problem)
{
    // Literal strings inside translate() so that lupdate finds them.
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        return QCoreApplication::translate("RecipientValidator", "The recipient is empty.");
    case Problem::BadCharacters:
        return QCoreApplication::translate(
            "RecipientValidator", "The address contains characters that cannot appear in it.");
    case Problem::WrongLength:
        return QCoreApplication::translate(
            "RecipientValidator", "The address has the wrong length: a character is missing or extra.");
    case Problem::Checksum:
        return QCoreApplication::translate(
            "RecipientValidator", "The address checksum does not match: a character is mistyped.");
    case Problem::WrongNetwork:
        return QCoreApplication::translate("RecipientValidator", "The address belongs to another network or coin.");
    case Problem::MixedCase:
        return QCoreApplication::translate(
            "RecipientValidator", "The address mixes upper-case and lower-case letters; it must be all one case.");
    case Problem::MissingPrefix:
        return QCoreApplication::translate(
            "RecipientValidator", "The address must start with 0x followed by 40 hexadecimal digits.");
    case Problem::Malformed:
        return QCoreApplication::translate(
            "RecipientValidator", "The address is malformed; ask the client to copy it again.");
    case Problem::CardCharacters:
        return QCoreApplication::translate(
            "RecipientValidator", "The card number may contain only digits, spaces and dashes.");
    case Problem::CardLength:
        return QCoreApplication::translate("RecipientValidator", "The card number must have 12 to 19 digits.");
    case Problem::CardLuhn:
        return QCoreApplication::translate("RecipientValidator", "The card number fails its check digit (Luhn).");
    }
    return {};
}

using Bytes = std::vector<std::uint8_t>;

// ---- Cards -----------------------------------------------------------------

Problem cardProblem(const QString &value)
{
    std::vector<int> digits;
    for (const QChar ch : value) {
        // Only ASCII digits: QChar::isDigit() would also take Arabic-Indic ones.
        if (ch >= u'0' && ch <= u'9')
            digits.push_back(ch.unicode() - u'0');
        else if (ch != u' ' && ch != u'-') // how numbers are printed on cards and pasted
            return Problem::CardCharacters;
    }
    // ISO/IEC 7812: a PAN has 8 to 19 digits; payment cards in use have 12 or more.
    if (digits.size() < 12 || digits.size() > 19)
        return Problem::CardLength;
    // Luhn (ISO/IEC 7812-1 annex B): double every second digit from the right.
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int d = digits[digits.size() - 1 - i];
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0 ? Problem::None : Problem::CardLuhn;
}

// ---- Base58Check (Bitcoin wiki "Base58Check encoding") ----------------------

constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int base58Digit(QChar ch)
{
    if (ch.unicode() >= 128)
        return -1;
    for (int i = 0; i < 58; ++i) {
        if (kBase58[i] == ch.toLatin1())
            return i;
    }
    return -1;
}

bool isBase58(const QString &value)
{
    for (const QChar ch : value) {
        if (base58Digit(ch) < 0)
            return false;
    }
    return true;
}

// Big-endian bytes of the base-58 number; each leading '1' is one leading zero
// byte. Callers bound the length first, so the quadratic loop stays small.
Bytes base58Decode(const QString &value)
{
    Bytes bytes;
    for (const QChar ch : value) {
        unsigned carry = static_cast<unsigned>(base58Digit(ch));
        for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
            carry += 58u * *it;
            *it = static_cast<std::uint8_t>(carry & 0xffu);
            carry >>= 8;
        }
        while (carry != 0) {
            bytes.insert(bytes.begin(), static_cast<std::uint8_t>(carry & 0xffu));
            carry >>= 8;
        }
    }
    qsizetype zeros = 0;
    while (zeros < value.size() && value.at(zeros) == u'1')
        ++zeros;
    bytes.insert(bytes.begin(), static_cast<std::size_t>(zeros), 0);
    return bytes;
}

// The last four bytes are the first four of SHA-256(SHA-256(the rest)).
bool base58ChecksumMatches(const Bytes &bytes)
{
    if (bytes.size() < 5)
        return false;
    const std::size_t body = bytes.size() - 4;
    const QByteArray once = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(body)),
        QCryptographicHash::Sha256);
    const QByteArray twice = QCryptographicHash::hash(once, QCryptographicHash::Sha256);
    for (std::size_t i = 0; i < 4; ++i) {
        if (static_cast<std::uint8_t>(twice[static_cast<qsizetype>(i)]) != bytes[body + i])
            return false;
    }
    return true;
}

bool contains(std::initializer_list<std::uint8_t> list, std::uint8_t value)
{
    for (const std::uint8_t v : list) {
        if (v == value)
            return true;
    }
    return false;
}

// A 25-byte Base58Check address: version byte, 20-byte hash, 4-byte checksum.
// minChars/maxChars bound the text before decoding (a truncated or doubled
// character may still decode to 25 bytes, and long input would be slow).
Problem base58CheckProblem(
    const QString &value, std::initializer_list<std::uint8_t> versions, qsizetype minChars, qsizetype maxChars)
{
    if (!isBase58(value))
        return Problem::BadCharacters;
    if (value.size() < minChars || value.size() > maxChars)
        return Problem::WrongLength;
    const Bytes bytes = base58Decode(value);
    if (bytes.size() != 25)
        return Problem::WrongLength;
    if (!base58ChecksumMatches(bytes))
        return Problem::Checksum;
    // Checked after the checksum: a well-formed address of another chain or of
    // a test network is a different mistake from a typo.
    if (!contains(versions, bytes[0]))
        return Problem::WrongNetwork;
    return Problem::None;
}

// ---- Bech32 / Bech32m (BIP-173, BIP-350) ------------------------------------
// Follows the reference implementation (github.com/sipa/bech32, ref/python
// segwit_addr.py) step by step; only the error reporting is ours.

constexpr char kBech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr std::uint32_t kBech32Const = 1; // BIP-173
constexpr std::uint32_t kBech32mConst = 0x2bc830a3; // BIP-350

std::uint32_t bech32Polymod(const std::vector<int> &values)
{
    constexpr std::uint32_t gen[5] = { 0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3 };
    std::uint32_t chk = 1;
    for (const int v : values) {
        const std::uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ static_cast<std::uint32_t>(v);
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                chk ^= gen[i];
        }
    }
    return chk;
}

struct Bech32 {
    Problem problem = Problem::None;
    std::string hrp; // lower case
    std::vector<int> data; // 5-bit groups, checksum removed
    bool isBech32m = false;
};

Bech32 bech32Decode(const QString &value)
{
    Bech32 out;
    bool lower = false;
    bool upper = false;
    for (const QChar ch : value) {
        if (ch.unicode() < 33 || ch.unicode() > 126) {
            out.problem = Problem::BadCharacters;
            return out;
        }
        lower = lower || (ch >= u'a' && ch <= u'z');
        upper = upper || (ch >= u'A' && ch <= u'Z');
    }
    if (lower && upper) {
        out.problem = Problem::MixedCase;
        return out;
    }
    const std::string s = value.toLower().toStdString();
    if (s.size() > 90) {
        out.problem = Problem::WrongLength;
        return out;
    }
    const std::size_t pos = s.rfind('1');
    if (pos == std::string::npos || pos < 1) { // no separator, or an empty human-readable part
        out.problem = Problem::Malformed;
        return out;
    }
    if (pos + 7 > s.size()) { // fewer than six checksum characters
        out.problem = Problem::WrongLength;
        return out;
    }
    out.hrp = s.substr(0, pos);
    std::vector<int> values;
    for (const char c : out.hrp) // hrp_expand
        values.push_back(static_cast<unsigned char>(c) >> 5);
    values.push_back(0);
    for (const char c : out.hrp)
        values.push_back(static_cast<unsigned char>(c) & 31);
    for (std::size_t i = pos + 1; i < s.size(); ++i) {
        const char *found = std::char_traits<char>::find(kBech32Charset, 32, s[i]);
        if (found == nullptr) {
            out.problem = Problem::BadCharacters;
            return out;
        }
        const int d = static_cast<int>(found - kBech32Charset);
        values.push_back(d);
        out.data.push_back(d);
    }
    const std::uint32_t residue = bech32Polymod(values);
    if (residue != kBech32Const && residue != kBech32mConst) {
        out.problem = Problem::Checksum;
        return out;
    }
    out.isBech32m = residue == kBech32mConst;
    out.data.resize(out.data.size() - 6);
    return out;
}

// convertbits(data, 5, 8, pad=False) of the reference: at most 4 bits of
// padding, and they must be zero.
bool fiveToEight(const std::vector<int> &in, Bytes *out)
{
    std::uint32_t acc = 0;
    int bits = 0;
    for (const int v : in) {
        acc = ((acc << 5) | static_cast<std::uint32_t>(v)) & 0xfff; // max_acc = 2^(5+8-1) - 1
        bits += 5;
        while (bits >= 8) {
            bits -= 8;
            out->push_back(static_cast<std::uint8_t>((acc >> bits) & 0xff));
        }
    }
    return bits < 5 && ((acc << (8 - bits)) & 0xff) == 0;
}

// A segwit address for the human-readable part `hrp` ("bc", "ltc").
Problem segwitProblem(const QString &value, const std::string &hrp)
{
    const Bech32 d = bech32Decode(value);
    if (d.problem != Problem::None)
        return d.problem;
    if (d.hrp != hrp)
        return Problem::WrongNetwork;
    if (d.data.empty()) // no witness version at all
        return Problem::WrongLength;
    const int version = d.data.front();
    if (version > 16)
        return Problem::Malformed;
    Bytes program;
    if (!fiveToEight(std::vector<int>(d.data.begin() + 1, d.data.end()), &program))
        return Problem::Malformed;
    if (program.size() < 2 || program.size() > 40) // BIP-141
        return Problem::WrongLength;
    if (version == 0 && program.size() != 20 && program.size() != 32) // P2WPKH or P2WSH only
        return Problem::WrongLength;
    // BIP-350: version 0 keeps Bech32, versions 1+ use Bech32m. The wrong
    // constant is what a checksum error looks like to the reference decoder.
    if ((version == 0) == d.isBech32m)
        return Problem::Checksum;
    return Problem::None;
}

bool startsWithHrp(const QString &value, const std::string &hrp)
{
    const QString prefix = QString::fromStdString(hrp) + u'1';
    return value.startsWith(prefix, Qt::CaseInsensitive);
}

Problem utxoProblem(const QString &value, const std::string &hrp, std::initializer_list<std::uint8_t> versions)
{
    if (startsWithHrp(value, hrp))
        return segwitProblem(value, hrp);
    // 25 bytes take 26 to 35 Base58 characters; the version byte decides which.
    return base58CheckProblem(value, versions, 25, 35);
}

// ---- EVM (EIP-55) ------------------------------------------------------------

bool isHexDigit(QChar ch)
{
    return (ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f') || (ch >= u'A' && ch <= u'F');
}

bool isEvmShape(const QString &value)
{
    if (value.size() != 42 || !value.startsWith(QLatin1String("0x")))
        return false;
    for (qsizetype i = 2; i < value.size(); ++i) {
        if (!isHexDigit(value.at(i)))
            return false;
    }
    return true;
}

Problem evmProblem(const QString &value)
{
    // Upper-case "0X" is refused too: no wallet prints it, and providers reject it.
    if (!value.startsWith(QLatin1String("0x")))
        return Problem::MissingPrefix;
    const QString hex = value.mid(2);
    bool lower = false;
    bool upper = false;
    for (const QChar ch : hex) {
        if (!isHexDigit(ch))
            return Problem::BadCharacters;
        lower = lower || (ch >= u'a' && ch <= u'f');
        upper = upper || (ch >= u'A' && ch <= u'F');
    }
    if (hex.size() != 40)
        return Problem::WrongLength;
    // One case throughout carries no checksum (EIP-55 keeps those valid).
    if (!(lower && upper))
        return Problem::None;
    // EIP-55: the i-th hex letter is upper case exactly when the i-th nibble of
    // Keccak-256(lower-case hex as ASCII) is 8 or more.
    const QByteArray ascii = hex.toLower().toLatin1();
    // The original Keccak-256 (not SHA3-256, which differs in its padding byte).
    const QByteArray hash = QCryptographicHash::hash(ascii, QCryptographicHash::Keccak_256);
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const QChar ch = hex.at(i);
        if (ch >= u'0' && ch <= u'9')
            continue;
        const int nibble = (static_cast<std::uint8_t>(hash[i / 2]) >> (i % 2 == 0 ? 4 : 0)) & 0xf;
        const bool wantUpper = nibble >= 8;
        if ((ch >= u'A' && ch <= u'F') != wantUpper)
            return Problem::Checksum;
    }
    return Problem::None;
}

// ---- Which check a value belongs to instead -----------------------------------

std::string ownHrp(RecipientValidator::Check check)
{
    switch (check) {
    case RecipientValidator::Check::Bitcoin:
        return "bc";
    case RecipientValidator::Check::Litecoin:
        return "ltc";
    default:
        return {};
    }
}

bool isOwnVersion(RecipientValidator::Check check, std::uint8_t version)
{
    switch (check) {
    case RecipientValidator::Check::Bitcoin:
        return contains({ 0x00, 0x05 }, version);
    case RecipientValidator::Check::Litecoin:
        return contains({ 0x30, 0x32, 0x05 }, version);
    case RecipientValidator::Check::Tron:
        return version == 0x41;
    default:
        return false;
    }
}

// A value refused for its characters or length may be a perfectly good
// address of another chain (an 0x address in a Tron order, a bc1 address in a
// Litecoin one): saying so tells staff what actually went wrong.
bool belongsElsewhere(RecipientValidator::Check check, const QString &value)
{
    if (check != RecipientValidator::Check::Evm && isEvmShape(value))
        return true;
    // Lower-cased first: a mixed-case testnet address is still another network's.
    const Bech32 segwit = bech32Decode(value.toLower());
    if (segwit.problem == Problem::None)
        return segwit.hrp != ownHrp(check);
    if (isBase58(value) && value.size() <= 40) {
        const Bytes bytes = base58Decode(value);
        if (bytes.size() == 25 && base58ChecksumMatches(bytes))
            return !isOwnVersion(check, bytes[0]);
    }
    return false;
}

bool oneOf(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text == QLatin1String(word))
            return true;
    }
    return false;
}

} // namespace

RecipientValidator::Check RecipientValidator::checkFor(const Currency &currency)
{
    const QString xml = currency.xml.toUpper();
    if (currency.kind == CurrencyKind::Card)
        return Check::CardNumber;
    if (currency.kind == CurrencyKind::Bank) {
        // Most bank payouts go to an IBAN, an account or a phone number, where
        // Luhn would refuse good values. These banks pay to a card number only
        // (Privat24 and monobank payouts are card-to-card).
        if (xml.startsWith(QLatin1String("CARD")) || oneOf(xml, { "P24UAH", "P24USD", "MONOBUAH" }))
            return Check::CardNumber;
        return Check::None;
    }
    if (currency.kind != CurrencyKind::Crypto)
        return Check::None;

    // The network decides (a token lives on its chain's addresses); the XML
    // code is the fallback for a coin entered without one.
    const QString network = currency.network.toUpper();
    for (const QString &key : { network, xml }) {
        if (key == QLatin1String("BTC"))
            return Check::Bitcoin;
        if (key == QLatin1String("LTC"))
            return Check::Litecoin;
        if (oneOf(key, { "TRC20", "TRX", "TRON" }))
            return Check::Tron;
        // Ethereum and the chains that share its 0x + EIP-55 addresses.
        if (oneOf(key,
                { "ETH", "ERC20", "BEP20", "BSC", "BNB", "BNBBEP20", "POLYGON", "MATIC", "POL", "ARBITRUM", "ARB",
                    "OPTIMISM", "BASE", "AVAXC", "ETC" }))
            return Check::Evm;
        if (!network.isEmpty()) // a known network we have no check for: do not guess from the code
            break;
    }
    return Check::None;
}

std::optional<QString> RecipientValidator::problem(Check check, const QString &value)
{
    if (check == Check::None)
        return std::nullopt;
    const QString v = value.trimmed();
    if (v.isEmpty())
        return message(Problem::Empty);

    Problem p = Problem::None;
    switch (check) {
    case Check::None:
        break;
    case Check::CardNumber:
        p = cardProblem(v);
        break;
    case Check::Bitcoin:
        p = utxoProblem(v, "bc", { 0x00, 0x05 });
        break;
    case Check::Litecoin:
        // 0x05 is Litecoin's old P2SH version, the same byte as Bitcoin's "3...".
        p = utxoProblem(v, "ltc", { 0x30, 0x32, 0x05 });
        break;
    case Check::Evm:
        p = evmProblem(v);
        break;
    case Check::Tron:
        // 0x41 and 25 bytes always give 34 characters starting with 'T'.
        p = base58CheckProblem(v, { 0x41 }, 34, 34);
        break;
    }
    if (check != Check::CardNumber
        && (p == Problem::BadCharacters || p == Problem::WrongLength || p == Problem::MissingPrefix)
        && belongsElsewhere(check, v))
        p = Problem::WrongNetwork;
    if (p == Problem::None)
        return std::nullopt;
    return message(p);
}

QString RecipientValidator::normalized(Check check, const QString &value)
{
    QString v = value.trimmed();
    if (check == Check::CardNumber) {
        // Only the separators problem() allows are dropped, so an unchecked bad
        // value stays visibly bad instead of being quietly repaired.
        v.remove(u' ');
        v.remove(u'-');
    }
    return v;
}

} // namespace pd
