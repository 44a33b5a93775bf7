// RecipientValidator: the checks a regexp cannot do, against published vectors.
//
// Sources of the values below (each row's tag names its source):
//   BIP-173  https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki  "Test vectors"
//   BIP-350  https://github.com/bitcoin/bips/blob/master/bip-0350.mediawiki  "Test vectors for v0-v16
//            native segregated witness addresses"
//   wiki     https://en.bitcoin.it/wiki/Genesis_block (1A1zP1..., the genesis coinbase address) and
//            https://en.bitcoin.it/wiki/Pay_to_script_hash (3J98t1..., its P2SH example)
//   LTC      Litecoin Core v0.21.5.5 src/test/data/key_io_valid.json and key_io_invalid.json
//            (github.com/litecoin-project/litecoin), chain "main" unless said otherwise
//   EIP-55   https://eips.ethereum.org/EIPS/eip-55 "Test Cases" (all caps, all lower, normal)
//   TRON     TR7NHq... the USDT TRC20 contract (tronscan.org, tether.to); TNPeea... with hex
//            418840E6C55B9ADA326D211D818C34A994AECED808, the example of developers.tron.network
//            "Account" / address format
//   Stripe   https://docs.stripe.com/testing test card numbers; PayPal/Braintree sandbox
//            "Credit card numbers" publish the same Visa/Mastercard/Amex ones
// Rows marked "mutated" change one character of a published value; the expected sentence
// says which kind of mistake it is.
#include "contract/CurrencyRegistry.h"
#include "contract/RecipientValidator.h"

#include <QTest>
#include <QTranslator>

using pd::Currency;
using pd::CurrencyKind;
using pd::CurrencyRegistry;
using pd::RecipientValidator;
using Check = pd::RecipientValidator::Check;

namespace {

// The English sentences, as staff see them without a translation installed.
QString sentence(const QByteArray &tag)
{
    if (tag == "ok")
        return {};
    if (tag == "empty")
        return QStringLiteral("The recipient is empty.");
    if (tag == "chars")
        return QStringLiteral("The address contains characters that cannot appear in it.");
    if (tag == "length")
        return QStringLiteral("The address has the wrong length: a character is missing or extra.");
    if (tag == "checksum")
        return QStringLiteral("The address checksum does not match: a character is mistyped.");
    if (tag == "network")
        return QStringLiteral("The address belongs to another network or coin.");
    if (tag == "case")
        return QStringLiteral("The address mixes upper-case and lower-case letters; it must be all one case.");
    if (tag == "prefix")
        return QStringLiteral("The address must start with 0x followed by 40 hexadecimal digits.");
    if (tag == "malformed")
        return QStringLiteral("The address is malformed; ask the client to copy it again.");
    if (tag == "card-chars")
        return QStringLiteral("The card number may contain only digits, spaces and dashes.");
    if (tag == "card-length")
        return QStringLiteral("The card number must have 12 to 19 digits.");
    if (tag == "luhn")
        return QStringLiteral("The card number fails its check digit (Luhn).");
    qFatal("unknown tag %s", tag.constData());
}

void addRow(const char *name, const QString &value, const QByteArray &expected)
{
    QTest::newRow(name) << value << expected;
}

void verifyRow(Check check)
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const std::optional<QString> got = RecipientValidator::problem(check, value);
    QCOMPARE(got.value_or(QString()), sentence(expected));
    QCOMPARE(got.has_value(), expected != "ok");
}

void columns()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
}

// A translator for the "RecipientValidator" context only, so the test can see
// that every sentence goes through QCoreApplication::translate.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "RecipientValidator") != 0)
            return {};
        return QStringLiteral("[uk] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestRecipientValidation : public QObject {
    Q_OBJECT

private slots:
    void bitcoin_data()
    {
        columns();
        // Base58Check.
        addRow("wiki: genesis coinbase P2PKH", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), "ok");
        addRow("wiki: P2SH example", QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"), "ok");
        addRow("wiki: surrounding whitespace ignored", QStringLiteral("  1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa\n"), "ok");
        addRow("mutated: genesis last char a->b", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"), "checksum");
        addRow("mutated: P2SH last char y->z", QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz"), "checksum");
        addRow("mutated: genesis two chars swapped", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivNfa"), "checksum");
        addRow("mutated: genesis with 0 (not Base58)", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7Div0Na"), "chars");
        addRow("mutated: genesis with l (not Base58)", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl"), "chars");
        addRow("mutated: genesis with inner space", QStringLiteral("1A1zP1eP5QGefi2DMP TfTL5SLmv7DivfNa"), "chars");
        // 33 characters still decode to 25 bytes (P2PKH addresses have 26 to 34), so only the checksum sees it.
        addRow("mutated: genesis last char dropped", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN"), "checksum");
        addRow("mutated: genesis char doubled", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNaa"), "length");
        addRow("mutated: genesis cut to 20 chars", QStringLiteral("1A1zP1eP5QGefi2DMPTf"), "length");
        addRow("100000 ones (bounded before decoding)", QString(100000, u'1'), "length");
        addRow("100000 q after bc1", QStringLiteral("bc1") + QString(100000, u'q'), "length");
        addRow("empty", QString(), "empty");
        addRow("blank", QStringLiteral(" \t "), "empty");
        // Other networks' valid addresses.
        addRow("LTC: Litecoin P2PKH", QStringLiteral("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA"), "network");
        addRow("LTC: Litecoin test-chain P2PKH (version 0x6f)", QStringLiteral("mwXn5Vhicdav8Av3KMokx4YNuHoGRKxtWs"),
            "network");
        addRow("LTC: Litecoin bech32", QStringLiteral("ltc1qhdhvrwe6rgqns8fz28tee0hphr5x7ulw5exv4w"), "network");
        addRow("TRON: USDT contract", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), "network");
        addRow("EIP-55: an Ethereum address", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "network");

        // BIP-350 valid segwit addresses (mainnet ones pass, testnet ones are another network).
        addRow("BIP-350 valid: P2WPKH upper case", QStringLiteral("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"), "ok");
        addRow("BIP-350 valid: P2WPKH lower case", QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"), "ok");
        addRow("BIP-350 valid: v1 40-byte program",
            QStringLiteral("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y"), "ok");
        addRow("BIP-350 valid: v16 2-byte program", QStringLiteral("BC1SW50QGDZ25J"), "ok");
        addRow("BIP-350 valid: v2 16-byte program", QStringLiteral("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs"), "ok");
        addRow("BIP-350 valid: v1 taproot",
            QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"), "ok");
        addRow("BIP-350 valid: testnet P2WSH",
            QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7"), "network");
        addRow("BIP-350 valid: testnet P2WSH 2",
            QStringLiteral("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy"), "network");
        addRow("BIP-350 valid: testnet v1",
            QStringLiteral("tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c"), "network");

        // BIP-350 invalid segwit addresses, in the BIP's order, with its reason.
        addRow("BIP-350 invalid: human-readable part tc",
            QStringLiteral("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut"), "network");
        addRow("BIP-350 invalid: v1 with Bech32 checksum",
            QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"), "checksum");
        addRow("BIP-350 invalid: testnet v2 with Bech32 checksum",
            QStringLiteral("tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf"), "network");
        addRow("BIP-350 invalid: v16 with Bech32 checksum",
            QStringLiteral("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL"), "checksum");
        addRow("BIP-350 invalid: v0 with Bech32m checksum",
            QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"), "checksum");
        addRow("BIP-350 invalid: testnet v0 with Bech32m checksum",
            QStringLiteral("tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47"), "network");
        addRow("BIP-350 invalid: character o in checksum",
            QStringLiteral("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4"), "chars");
        addRow("BIP-350 invalid: witness version 17",
            QStringLiteral("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R"), "malformed");
        addRow("BIP-350 invalid: 1-byte program", QStringLiteral("bc1pw5dgrnzv"), "length");
        addRow("BIP-350 invalid: 41-byte program",
            QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav"), "length");
        addRow("BIP-350 invalid: v0 16-byte program", QStringLiteral("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"), "length");
        // A testnet address: the network is the bigger mistake (mainnet mixed case is below).
        addRow("BIP-350 invalid: mixed case",
            QStringLiteral("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq"), "network");
        addRow("BIP-350 invalid: zero padding of more than 4 bits",
            QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf"), "malformed");
        addRow("BIP-350 invalid: testnet non-zero padding",
            QStringLiteral("tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j"), "network");
        addRow("BIP-350 invalid: empty data section", QStringLiteral("bc1gmk9yu"), "length");

        // BIP-173 invalid segwit addresses.
        addRow("BIP-173 invalid: human-readable part tc", QStringLiteral("tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty"),
            "network");
        addRow("BIP-173 invalid: checksum", QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"), "checksum");
        addRow("BIP-173 invalid: witness version 17", QStringLiteral("BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2"),
            "malformed");
        addRow("BIP-173 invalid: program length 1", QStringLiteral("bc1rw5uspcuh"), "length");
        addRow("BIP-173 invalid: program length 41",
            QStringLiteral("bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90"), "length");
        addRow(
            "BIP-173 invalid: v0 program length 16", QStringLiteral("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"), "length");
        addRow("BIP-173 invalid: mixed case",
            QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7"), "network");
        addRow("BIP-173 invalid: zero padding of more than 4 bits",
            QStringLiteral("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du"), "malformed");
        addRow("BIP-173 invalid: testnet non-zero padding",
            QStringLiteral("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv"), "network");
        // BIP-173's own v1+ examples carry Bech32 checksums, which BIP-350 retired.
        addRow("BIP-173 valid, refused since BIP-350: v1",
            QStringLiteral("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx"), "checksum");
        addRow("BIP-173 valid, refused since BIP-350: v16", QStringLiteral("BC1SW50QA3JX3S"), "checksum");
        addRow("BIP-173 valid, refused since BIP-350: v2", QStringLiteral("bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj"),
            "checksum");
        addRow("mutated: BIP-173 P2WPKH with one letter in upper case",
            QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8F3t4"), "case");
        addRow("mutated: BIP-173 P2WPKH with HRP in upper case only",
            QStringLiteral("BC1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"), "case");
        addRow("mutated: BIP-173 P2WPKH with b (not Bech32)",
            QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3tb"), "chars");
        addRow("mutated: BIP-173 P2WPKH last char dropped", QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t"),
            "checksum");
        addRow("mutated: BIP-173 P2WPKH checksum cut to 5", QStringLiteral("bc1qw5"), "length");
    }
    void bitcoin() { verifyRow(Check::Bitcoin); }

    void litecoin_data()
    {
        columns();
        addRow("LTC: P2PKH L...", QStringLiteral("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA"), "ok");
        addRow("LTC: P2PKH L... 2", QStringLiteral("LbfVMz974gbbGFqXF7FZUpSBWSbwBHDwR5"), "ok");
        addRow("LTC: P2PKH L... 3", QStringLiteral("LgUPnP2UZxmFBJb8FDgNd5JcU9b7CNfrw1"), "ok");
        addRow("LTC: P2SH M...", QStringLiteral("MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZW2"), "ok");
        addRow("LTC: P2SH M... 2", QStringLiteral("M9dw1FAoWpHC6PcMzoCHhqQ9McvTyG5Ywj"), "ok");
        addRow("LTC: P2SH M... 3", QStringLiteral("MWGEAUUZoN4r6puz8KsgnE9wNTQ8fGWCEy"), "ok");
        addRow("wiki: old-style P2SH 3... (version 0x05)", QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"), "ok");
        addRow("LTC: P2WPKH", QStringLiteral("ltc1qhdhvrwe6rgqns8fz28tee0hphr5x7ulw5exv4w"), "ok");
        addRow("LTC: P2WPKH upper case (tryCaseFlip)", QStringLiteral("LTC1QHDHVRWE6RGQNS8FZ28TEE0HPHR5X7ULW5EXV4W"),
            "ok");
        addRow("LTC: P2WSH", QStringLiteral("ltc1qa9dykljtgeayhm8ygx25sc22p0wzgudpe4hw9dyvaz0ye3j5kduq9mf68z"), "ok");
        addRow("LTC: v1", QStringLiteral("ltc1ppu2gv0tujus0f6eggrk7eqmaf0567x6zer4fcuhz4z7ztzq9u9yseqxltc"), "ok");
        addRow("LTC: v2 2-byte program", QStringLiteral("ltc1zjwls6j8c4u"), "ok");
        addRow("LTC: P2WPKH 2", QStringLiteral("ltc1qxjkwr09apz3w5hsr33uyq9sdfx8tn26g39g00g"), "ok");
        addRow("LTC test: P2PKH m... (version 0x6f)", QStringLiteral("mwXn5Vhicdav8Av3KMokx4YNuHoGRKxtWs"), "network");
        addRow("LTC test: P2SH Q... (version 0x3a)", QStringLiteral("QXaUgLHkZcbJb2j5XgMYzY8cF9YM48Y81Z"), "network");
        addRow("LTC test: tltc1 P2WPKH", QStringLiteral("tltc1qpftpsvdn6mjp8celrkj0qxqy4jlapl959rlwg9"), "network");
        addRow("LTC invalid: tltc1 with Bech32 checksum on v1+ data",
            QStringLiteral("tltc13vj87tzu08d9277dqfzafda7snm796xrx3kyv2536km3m3ef7lk7q0yq8hg"), "network");
        addRow("LTC invalid: mainnet v15 41-byte program",
            QStringLiteral("ltc10utujc7h82n098qam35qv4sm4kztue0lh04er7zf6lslcwfmhc92kym83guu06nrvl56g2ekm"), "length");
        addRow("LTC invalid: mainnet empty data section", QStringLiteral("ltc153m7rf"), "length");
        addRow("wiki: Bitcoin genesis P2PKH (version 0x00)", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
            "network");
        addRow("BIP-350: Bitcoin bech32", QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"), "network");
        addRow("mutated: P2PKH last char A->B", QStringLiteral("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeB"), "checksum");
        addRow("mutated: P2SH with O (not Base58)", QStringLiteral("MHrYRxAiMNBTku3eoDHwhA1LQGDjUStZWO"), "chars");
        addRow("mutated: P2PKH last char dropped", QStringLiteral("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPe"), "length");
        addRow("mutated: P2WPKH last char w->x", QStringLiteral("ltc1qhdhvrwe6rgqns8fz28tee0hphr5x7ulw5exv4x"),
            "checksum");
        addRow("mutated: P2WPKH mixed case", QStringLiteral("ltc1QHDHVRWE6RGQNS8FZ28TEE0HPHR5X7ULW5EXV4W"), "case");
        addRow("empty", QString(), "empty");
    }
    void litecoin() { verifyRow(Check::Litecoin); }

    void evm_data()
    {
        columns();
        addRow("EIP-55 normal 1", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "ok");
        addRow("EIP-55 normal 2", QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"), "ok");
        addRow("EIP-55 normal 3", QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"), "ok");
        addRow("EIP-55 normal 4", QStringLiteral("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"), "ok");
        addRow("EIP-55 all caps 1", QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"), "ok");
        addRow("EIP-55 all caps 2", QStringLiteral("0x8617E340B3D01FA5F11F306F4090FD50E238070D"), "ok");
        addRow("EIP-55 all lower 1", QStringLiteral("0xde709f2102306220921060314715629080e2fb77"), "ok");
        addRow("EIP-55 all lower 2", QStringLiteral("0x27b1fdb04752bbc536007a920d24acb045561c26"), "ok");
        addRow("EIP-55 normal 1, all lower", QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), "ok");
        addRow("EIP-55 normal 1, all upper", QStringLiteral("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"), "ok");
        addRow(
            "mutated: normal 1, last d->D", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"), "checksum");
        addRow(
            "mutated: normal 1, first a->A", QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "checksum");
        addRow("mutated: normal 2, B->b", QStringLiteral("0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359"), "checksum");
        addRow(
            "mutated: normal 3, last B->b", QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6Fb"), "checksum");
        addRow("mutated: normal 4, D->d", QStringLiteral("0xd1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"), "checksum");
        addRow("mutated: all caps 1, E->e", QStringLiteral("0x52908400098527886E0F7030069857D2E4169Ee7"), "checksum");
        addRow("mutated: all lower 1, one digit changed, case kept",
            QStringLiteral("0xde709f2102306220921060314715629080e2fb78"), "ok"); // no checksum without mixed case
        addRow("mutated: normal 1 without 0x", QStringLiteral("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "prefix");
        addRow("mutated: all caps 1 with 0X", QStringLiteral("0X52908400098527886E0F7030069857D2E4169EE7"), "prefix");
        addRow("mutated: normal 1 last char dropped", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"),
            "length");
        addRow(
            "mutated: normal 1 char doubled", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd"), "length");
        addRow("short", QStringLiteral("0x123"), "length");
        addRow("mutated: normal 1 with g", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg"), "chars");
        addRow("forty g", QStringLiteral("0xgggggggggggggggggggggggggggggggggggggggg"), "chars");
        addRow("TRON: USDT contract", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), "network");
        addRow("wiki: Bitcoin genesis", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), "network");
        addRow("BIP-350: Bitcoin taproot",
            QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"), "network");
        addRow("empty", QString(), "empty");
    }
    void evm() { verifyRow(Check::Evm); }

    void tron_data()
    {
        columns();
        addRow("TRON: USDT TRC20 contract", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), "ok");
        addRow("TRON: developer docs example", QStringLiteral("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"), "ok");
        addRow("mutated: USDT last char t->u", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u"), "checksum");
        addRow("mutated: USDT two chars swapped", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjL6jt"), "checksum");
        addRow("mutated: docs example with one letter in lower case",
            QStringLiteral("tNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"), "checksum");
        addRow("mutated: USDT last char dropped", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6"), "length");
        addRow("mutated: USDT char doubled", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6tt"), "length");
        addRow("100000 T", QString(100000, u'T'), "length");
        addRow("mutated: USDT with 0 (not Base58)", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj0t"), "chars");
        addRow("mutated: USDT with I (not Base58)", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjIt"), "chars");
        addRow("wiki: Bitcoin genesis (version 0x00)", QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), "network");
        addRow("LTC: Litecoin P2PKH (version 0x30)", QStringLiteral("LT2KVaAy1ppRuxRgrS5RNU3vBsy7RibPeA"), "network");
        addRow("EIP-55: Ethereum address", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), "network");
        addRow("TRON hex form (41 + 20 bytes)", QStringLiteral("418840E6C55B9ADA326D211D818C34A994AECED808"), "chars");
        addRow("empty", QString(), "empty");
    }
    void tron() { verifyRow(Check::Tron); }

    void card_data()
    {
        columns();
        addRow("Stripe: Visa", QStringLiteral("4111111111111111"), "ok");
        addRow("Stripe: Visa 2", QStringLiteral("4012888888881881"), "ok");
        addRow("Stripe: Visa 4242", QStringLiteral("4242424242424242"), "ok");
        addRow("Stripe: Mastercard", QStringLiteral("5555555555554444"), "ok");
        addRow("Stripe: Mastercard prepaid", QStringLiteral("5105105105105100"), "ok");
        addRow("Stripe: Mastercard 2-series", QStringLiteral("2223003122003222"), "ok");
        addRow("Stripe: Amex 15 digits", QStringLiteral("378282246310005"), "ok");
        addRow("Stripe: Amex 2", QStringLiteral("371449635398431"), "ok");
        addRow("Stripe: Discover", QStringLiteral("6011111111111117"), "ok");
        addRow("Stripe: Diners Club 14 digits", QStringLiteral("30569309025904"), "ok");
        addRow("Stripe: UnionPay 19 digits", QStringLiteral("6205500000000000004"), "ok");
        addRow("Stripe: Visa in groups of four", QStringLiteral("4111 1111 1111 1111"), "ok");
        addRow("Stripe: Mastercard with dashes", QStringLiteral("5555-5555-5555-4444"), "ok");
        addRow("Stripe: Amex 4-6-5 with outer blanks", QStringLiteral(" 3782 822463 10005 "), "ok");
        addRow("mutated: Visa check digit 1->2", QStringLiteral("4111111111111112"), "luhn");
        addRow("mutated: Visa 2 check digit 1->0", QStringLiteral("4012888888881880"), "luhn");
        addRow("mutated: Mastercard check digit 4->5", QStringLiteral("5555555555554445"), "luhn");
        addRow("mutated: Mastercard two digits swapped", QStringLiteral("5105105105105010"), "luhn");
        addRow("mutated: Amex check digit 5->6", QStringLiteral("378282246310006"), "luhn");
        addRow("mutated: Visa cut to 12 digits", QStringLiteral("411111111111"), "luhn");
        addRow("mutated: Visa cut to 11 digits", QStringLiteral("41111111111"), "card-length");
        addRow("mutated: Visa grown to 20 digits", QStringLiteral("41111111111111111111"), "card-length");
        addRow("mutated: Visa with a letter", QStringLiteral("4111 1111 1111 111a"), "card-chars");
        addRow("mutated: Visa with O for 0", QStringLiteral("4O12888888881881"), "card-chars");
        addRow("mutated: Visa with dots", QStringLiteral("4111.1111.1111.1111"), "card-chars");
        addRow("Arabic-Indic digits",
            QStringLiteral("\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661"
                           "\u0661\u0661\u0661\u0661\u0661"),
            "card-chars");
        addRow("empty", QString(), "empty");
        addRow("blank", QStringLiteral("   "), "empty");
    }
    void card() { verifyRow(Check::CardNumber); }

    void noneAcceptsAnything()
    {
        QVERIFY(!RecipientValidator::problem(Check::None, QString()).has_value());
        QVERIFY(!RecipientValidator::problem(Check::None, QStringLiteral("anything at all")).has_value());
        QVERIFY(!RecipientValidator::problem(Check::None, QStringLiteral("4111111111111112")).has_value());
    }

    void checkForBuiltIn_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<int>("check");
        const auto row = [](const char *xml, Check check) {
            QTest::newRow(xml) << QString::fromLatin1(xml) << static_cast<int>(check);
        };
        row("BTC", Check::Bitcoin);
        row("LTC", Check::Litecoin);
        row("ETH", Check::Evm);
        row("ETC", Check::Evm);
        row("BNBBEP20", Check::Evm);
        row("LINK", Check::Evm);
        row("POL", Check::Evm);
        row("USDTERC20", Check::Evm);
        row("USDTBEP20", Check::Evm);
        row("USDTPOLYGON", Check::Evm);
        row("USDCERC20", Check::Evm);
        row("TRX", Check::Tron);
        row("USDTTRC20", Check::Tron);
        row("USDCTRC20", Check::Tron);
        row("CARDUAH", Check::CardNumber);
        row("CARDUSD", Check::CardNumber);
        row("MIRCRUB", Check::CardNumber);
        row("P24UAH", Check::CardNumber);
        row("MONOBUAH", Check::CardNumber);
        // Chains without a check here, and payouts that are not cards.
        row("BCH", Check::None); // legacy addresses share Bitcoin's version bytes, CashAddr is another format
        row("DOGE", Check::None);
        row("XRP", Check::None);
        row("SOL", Check::None);
        row("USDTSOL", Check::None);
        row("USDTTON", Check::None);
        row("WMZ", Check::None);
        row("SEPAEUR", Check::None);
        row("SBPRUB", Check::None);
        row("WIREUAH", Check::None);
        row("CASHUSD", Check::None);
    }
    void checkForBuiltIn()
    {
        QFETCH(QString, xml);
        QFETCH(int, check);
        const std::optional<Currency> currency = CurrencyRegistry::builtIn().byXml(xml);
        QVERIFY2(currency.has_value(), qPrintable(xml));
        QCOMPARE(static_cast<int>(RecipientValidator::checkFor(*currency)), check);
    }

    void checkForHandBuilt()
    {
        const auto make = [](const char *xml, CurrencyKind kind, const char *network) {
            Currency c;
            c.xml = QString::fromLatin1(xml);
            c.currency = c.xml;
            c.kind = kind;
            c.network = QString::fromLatin1(network);
            return c;
        };
        const auto checkOf = [&](const char *xml, CurrencyKind kind, const char *network) {
            return static_cast<int>(RecipientValidator::checkFor(make(xml, kind, network)));
        };
        QCOMPARE(checkOf("USDTARBITRUM", CurrencyKind::Crypto, "ARBITRUM"), static_cast<int>(Check::Evm));
        QCOMPARE(checkOf("USDCBASE", CurrencyKind::Crypto, "base"), static_cast<int>(Check::Evm));
        QCOMPARE(checkOf("ETH", CurrencyKind::Crypto, ""), static_cast<int>(Check::Evm));
        QCOMPARE(checkOf("BNB", CurrencyKind::Crypto, ""), static_cast<int>(Check::Evm));
        QCOMPARE(checkOf("TRX", CurrencyKind::Crypto, ""), static_cast<int>(Check::Tron));
        QCOMPARE(checkOf("btc", CurrencyKind::Crypto, ""), static_cast<int>(Check::Bitcoin));
        // The network wins over the code: BTC bridged onto BNB Smart Chain is an 0x address.
        QCOMPARE(checkOf("BTC", CurrencyKind::Crypto, "BEP20"), static_cast<int>(Check::Evm));
        // A known network without a check is not guessed from the code.
        QCOMPARE(checkOf("ETH", CurrencyKind::Crypto, "SOL"), static_cast<int>(Check::None));
        QCOMPARE(checkOf("VISAUSD", CurrencyKind::Card, ""), static_cast<int>(Check::CardNumber));
        QCOMPARE(checkOf("CARDXYZ", CurrencyKind::Bank, ""), static_cast<int>(Check::CardNumber));
        QCOMPARE(checkOf("SEPAEUR", CurrencyKind::Bank, ""), static_cast<int>(Check::None));
        QCOMPARE(checkOf("PMUSD", CurrencyKind::EMoney, ""), static_cast<int>(Check::None));
        QCOMPARE(checkOf("CASHUSD", CurrencyKind::Cash, ""), static_cast<int>(Check::None));
    }

    void normalized()
    {
        QCOMPARE(RecipientValidator::normalized(Check::CardNumber, QStringLiteral(" 4111 1111-1111 1111\n")),
            QStringLiteral("4111111111111111"));
        QCOMPARE(RecipientValidator::normalized(Check::CardNumber, QStringLiteral("378282246310005")),
            QStringLiteral("378282246310005"));
        QCOMPARE(
            RecipientValidator::normalized(Check::Bitcoin, QStringLiteral("\t1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ")),
            QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
        QCOMPARE(
            RecipientValidator::normalized(Check::Evm, QStringLiteral(" 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed ")),
            QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QCOMPARE(RecipientValidator::normalized(Check::Tron, QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")),
            QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QCOMPARE(RecipientValidator::normalized(Check::None, QStringLiteral("  a b  ")), QStringLiteral("a b"));
        // Whatever normalized() gives for an accepted value is accepted too.
        const QString card = RecipientValidator::normalized(Check::CardNumber, QStringLiteral("5555-5555-5555-4444"));
        QVERIFY(!RecipientValidator::problem(Check::CardNumber, card).has_value());
    }

    void messagesAreTranslated()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const std::optional<QString> luhn
            = RecipientValidator::problem(Check::CardNumber, QStringLiteral("4111111111111112"));
        const std::optional<QString> checksum
            = RecipientValidator::problem(Check::Evm, QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(luhn.value_or(QString()), QStringLiteral("[uk] ") + sentence("luhn"));
        QCOMPARE(checksum.value_or(QString()), QStringLiteral("[uk] ") + sentence("checksum"));
    }
};

QTEST_GUILESS_MAIN(TestRecipientValidation)
#include "test_recipient_validation.moc"
