#include "DemoOrders.h"
#include "Workspace.h"

#include "storage/DeskSettings.h"

#include "contract/CurrencyRegistry.h"
#include "storage/OrderStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace pd {

namespace {

// A payment-link secret made from the order id, so the demo stays the same from run to run
// without drawing from the seeded dice (which would change every order after it).
QString secretFor(const QString &orderId)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    const QByteArray digest = QCryptographicHash::hash(orderId.toUtf8(), QCryptographicHash::Sha256);
    QString secret;
    for (int i = 0; i < 24; ++i)
        secret += alphabet.at(static_cast<unsigned char>(digest.at(i)) % alphabet.size());
    return secret;
}

using S = OrderStatus;

// How many units of each currency one US dollar buys, roughly: enough for amounts that
// look right on screen. Only codes the registry knows are used.
const QList<std::pair<const char *, const char *>> &unitsPerDollar()
{
    static const QList<std::pair<const char *, const char *>> rates = {
        { "BTC", "0.0000156" },
        { "ETH", "0.00031" },
        { "LTC", "0.0125" },
        { "USDTTRC20", "1" },
        { "USDTERC20", "1" },
        { "USDTBEP20", "1" },
        { "USDCERC20", "1" },
        { "TRX", "8.3" },
        { "XRP", "1.9" },
        { "DOGE", "6.6" },
        { "SOL", "0.0071" },
        { "TON", "0.19" },
        { "CARDUAH", "41.5" },
        { "CARDRUB", "92.4" },
        { "CARDUSD", "1" },
        { "CARDEUR", "0.92" },
        { "CARDKZT", "478" },
        { "WMZ", "1" },
        { "PMUSD", "1" },
        { "ADVCUSD", "1" },
        { "MONOBUAH", "41.5" },
        { "P24UAH", "41.5" },
        { "SEPAEUR", "0.92" },
        { "CASHUSD", "1" },
    };
    return rates;
}

// The paths orders take through the statuses (they all start as "new").
QList<S> pathTo(S status)
{
    switch (status) {
    case S::New:
        return { S::New };
    case S::WaitPayment:
        return { S::New, S::WaitPayment };
    case S::ErrorPayment:
        return { S::New, S::WaitPayment, S::ErrorPayment };
    case S::InProgress:
        return { S::New, S::WaitPayment, S::InProgress };
    case S::InProgressPayout:
        return { S::New, S::WaitPayment, S::InProgress, S::InProgressPayout };
    case S::ErrorPayout:
        return { S::New, S::WaitPayment, S::InProgress, S::InProgressPayout, S::ErrorPayout };
    case S::Hold:
        return { S::New, S::WaitPayment, S::InProgress, S::Hold };
    case S::Done:
        return { S::New, S::WaitPayment, S::InProgress, S::InProgressPayout, S::Done };
    case S::Returned:
        return { S::New, S::WaitPayment, S::InProgress, S::Returned };
    case S::Deleted:
        return { S::New, S::WaitPayment, S::Deleted };
    }
    return { S::New };
}

class Dice {
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }
    QString chars(const QString &alphabet, int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += alphabet.at(below(alphabet.size()));
        return s;
    }
    QString cardNumber(const QString &prefix)
    {
        // 15 digits and a Luhn check digit, so the number passes the checks a real one does.
        QString digits = prefix + chars(QStringLiteral("0123456789"), 15 - prefix.size());
        int sum = 0;
        for (int i = 0; i < digits.size(); ++i) {
            int d = digits.at(digits.size() - 1 - i).digitValue();
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
        }
        return digits + QString::number((10 - sum % 10) % 10);
    }

private:
    QRandomGenerator m_random;
};

const QString base58 = QStringLiteral("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

// A Base58Check address (version byte + 20 random bytes + the double-SHA-256 checksum), so
// that demo payouts pass the same recipient checks real ones do.
QString base58Check(quint8 version, Dice &dice)
{
    QByteArray payload(1, char(version));
    for (int i = 0; i < 20; ++i)
        payload.append(char(dice.below(256)));
    const QByteArray check = QCryptographicHash::hash(
        QCryptographicHash::hash(payload, QCryptographicHash::Sha256), QCryptographicHash::Sha256);
    payload.append(check.left(4));
    // Base58: the bytes as one big number in base 58; each leading zero byte is a '1'.
    QList<int> digits;
    for (char byte : payload) {
        int carry = static_cast<unsigned char>(byte);
        for (int &d : digits) {
            carry += d * 256;
            d = carry % 58;
            carry /= 58;
        }
        while (carry > 0) {
            digits.append(carry % 58);
            carry /= 58;
        }
    }
    QString text;
    for (char byte : payload) {
        if (byte != 0)
            break;
        text += u'1';
    }
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        text += base58.at(*it);
    return text;
}

QList<OrderValue> recipientFor(const Currency &currency, Dice &dice)
{
    static const QList<QString> holders = { QStringLiteral("Олена Коваленко"), QStringLiteral("Ivan Petrov"),
        QStringLiteral("María García"), QStringLiteral("Андрій Шевченко"), QStringLiteral("Дмитрий Смирнов"),
        QStringLiteral("John O'Neil"), QStringLiteral("Lucía Fernández, Jr."), QStringLiteral("Тарас Бондаренко") };
    if (currency.kind == CurrencyKind::Card || currency.kind == CurrencyKind::Bank) {
        return { { QStringLiteral("card"), QStringLiteral("Card number"),
                     dice.cardNumber(dice.pick(
                         QList<QString> { QStringLiteral("4"), QStringLiteral("51"), QStringLiteral("53") })) },
            { QStringLiteral("cardholder"), QStringLiteral("Cardholder"), dice.pick(holders) } };
    }
    if (currency.kind != CurrencyKind::Crypto) {
        return { { QStringLiteral("account"), QStringLiteral("Account"),
            currency.xml.left(1) + dice.chars(QStringLiteral("0123456789"), 12) } };
    }
    QString address;
    const QString &net = currency.network;
    if (net == QLatin1String("ERC20") || net == QLatin1String("BEP20") || currency.xml == QLatin1String("ETH"))
        address = QStringLiteral("0x") + dice.chars(QStringLiteral("0123456789abcdef"), 40);
    else if (net == QLatin1String("TRC20") || currency.xml == QLatin1String("TRX"))
        address = base58Check(0x41, dice);
    else if (currency.xml == QLatin1String("BTC"))
        address = base58Check(0x00, dice);
    else if (currency.xml == QLatin1String("LTC"))
        address = base58Check(0x30, dice);
    else if (currency.xml == QLatin1String("XRP"))
        address = u'r' + dice.chars(base58, 33);
    else
        address = dice.chars(base58, 34);
    return { { QStringLiteral("address"), QStringLiteral("Wallet address"), address } };
}

} // namespace

DemoOrders::Book DemoOrders::generate(const CurrencyRegistry &currencies, quint32 seed, int count, const QDateTime &now)
{
    Dice dice(seed);
    QList<std::pair<Currency, Money>> known;
    for (const auto &[code, rate] : unitsPerDollar()) {
        if (const auto currency = currencies.byXml(QString::fromLatin1(code)))
            known.append({ *currency, *Money::parse(QString::fromLatin1(rate)) });
    }
    // Weighted the way a working exchange's book looks: mostly paid out, a queue waiting.
    const QList<std::pair<S, int>> weights
        = { { S::Done, 40 }, { S::InProgressPayout, 10 }, { S::ErrorPayout, 4 }, { S::Hold, 3 }, { S::WaitPayment, 10 },
              { S::New, 5 }, { S::InProgress, 8 }, { S::ErrorPayment, 5 }, { S::Returned, 5 }, { S::Deleted, 10 } };
    const QList<QString> staff = { QStringLiteral("olena"), QStringLiteral("maksym"), QStringLiteral("sofia") };
    const QList<QString> partners = { QString(), QStringLiteral("bestchange"), QStringLiteral("p-1042"), QString() };

    Book book;
    for (int i = 0; i < count && known.size() >= 2; ++i) {
        int roll = dice.below(100);
        S status = S::Done;
        for (const auto &[s, w] : weights) {
            if (roll < w) {
                status = s;
                break;
            }
            roll -= w;
        }
        const auto &[from, fromRate] = dice.pick(known);
        auto to = dice.pick(known);
        while (to.first.xml == from.xml)
            to = dice.pick(known);

        const Money dollars = *Money::parse(QString::number(20 + dice.below(100) * dice.below(50) + dice.below(100)));
        Order o;
        o.createdAt = now.addSecs(-60LL * (1 + dice.below(60 * 24 * 60))); // within 60 days
        o.uid = 100000 + i;
        o.id = QStringLiteral("%1").arg(static_cast<quint32>(o.createdAt.toSecsSinceEpoch()), 8, 16, QLatin1Char('0'))
            + dice.chars(QStringLiteral("0123456789abcdef"), 16);
        o.status = status;
        o.xmlFrom = from.xml;
        o.xmlTo = to.first.xml;
        o.inAmount = dollars.multipliedBy(fromRate).rounded(from.precision, Money::Rounding::Up).normalized();
        o.outAmount = dollars.multipliedBy(*Money::parse(QStringLiteral("0.985")))
                          .multipliedBy(to.second)
                          .rounded(to.first.precision, Money::Rounding::Down)
                          .normalized();
        o.toValues = recipientFor(to.first, dice);
        o.recipientSource = QStringLiteral("demo");
        o.routeId = QStringLiteral("5d8e6002b80b7b4cd75a64%1").arg(dice.below(256), 2, 16, QLatin1Char('0'));
        o.partner = dice.pick(partners);
        o.secret = secretFor(o.id);

        QDateTime at = o.createdAt, last = at;
        const QList<S> path = pathTo(status);
        for (int step = 0; step < path.size(); ++step) {
            HistoryEntry e = HistoryEntry::arrival(o.id, path.at(step), QStringLiteral("site"), QString(), at);
            if (step > 0) {
                e.oldStatus = path.at(step - 1);
                const bool byStaff
                    = path.at(step) == S::Hold || path.at(step) == S::Done || path.at(step) == S::Returned;
                e.actor = byStaff ? dice.pick(staff) : QStringLiteral("site");
                if (path.at(step) == S::Hold)
                    e.comment = QStringLiteral("Recipient name does not match the card; asked the client.");
                else if (path.at(step) == S::ErrorPayout)
                    e.comment = QStringLiteral("Provider refused: daily limit of the card reached.");
                else if (path.at(step) == S::Returned)
                    e.comment = QStringLiteral("Rate moved more than 2%; refunded to the sender.");
                if (path.at(step) == S::Done)
                    e.payoutStatus = QStringLiteral("paid");
            } else {
                e.comment = QStringLiteral("Created on the site");
            }
            book.history.append(e);
            last = at;
            // Each next step a few minutes on, but never past now: a recent order's steps close up.
            const qint64 remaining = qMax<qint64>(1, path.size() - 1 - step);
            at = at.addSecs(qMin<qint64>(60 * (2 + dice.below(90)), at.secsTo(now) / remaining));
        }
        o.updatedAt = last;
        book.orders.append(o);
    }
    return book;
}

} // namespace pd

namespace pd {

bool DemoOrders::fillIfEmpty(OrderStore &store, const CurrencyRegistry &currencies, QString *error)
{
    // The demo's orders have client links: they need the site's address.
    DeskSettings desk(store.database());
    if (desk.value(QString::fromLatin1(DeskSettings::siteUrl)).isEmpty())
        desk.setValue(QString::fromLatin1(DeskSettings::siteUrl), QStringLiteral("https://exchange.example"));
    const qint64 existing = store.count({}, error);
    if (existing != 0)
        return existing > 0;
    const Book book = generate(currencies, seed, size, QDateTime::currentDateTimeUtc());
    return store.add(book.orders, book.history, error);
}

bool DemoOrders::fillIfEmpty(Workspace &workspace, const CurrencyRegistry &currencies, QString *error)
{
    OrderStore store(workspace.database());
    return fillIfEmpty(store, currencies, error);
}

} // namespace pd
