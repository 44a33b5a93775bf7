#include "domain/BlockedRecipients.h"
#include "domain/LimitKind.h"
#include "domain/PayoutLimitCheck.h"
#include "domain/StaffRole.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace pd;

// The domain's rules without a database (app/domain): what each role may do, the limit kinds'
// words, the limits' check, and the blocklist's normalisation. Storage and the GUI ask these.
class TestDomainRules : public QObject {
    Q_OBJECT

    static Money money(const char *text) { return *Money::parse(QString::fromLatin1(text)); }

private slots:
    void roles()
    {
        QCOMPARE(StaffRoles::all().size(), 3);
        for (StaffRole role : StaffRoles::all())
            QCOMPARE(StaffRoles::fromCode(StaffRoles::code(role)), role);
        QCOMPARE(StaffRoles::code(StaffRole::Operator), QStringLiteral("operator"));
        QVERIFY(!StaffRoles::fromCode(u"owner"));
        QVERIFY(!StaffRoles::mayOperate(StaffRole::Viewer));
        QVERIFY(StaffRoles::mayOperate(StaffRole::Operator) && StaffRoles::mayOperate(StaffRole::Admin));
        QVERIFY(!StaffRoles::mayAdminister(StaffRole::Operator) && StaffRoles::mayAdminister(StaffRole::Admin));
        // A changed recipient: an admin accepts it, whoever operates may keep the pinned one.
        QVERIFY(!StaffRoles::mayAcceptRecipient(StaffRole::Operator));
        QVERIFY(StaffRoles::mayAcceptRecipient(StaffRole::Admin));
        QVERIFY(StaffRoles::mayKeepRecipient(StaffRole::Operator));
        QVERIFY(!StaffRoles::mayKeepRecipient(StaffRole::Viewer));
        QCOMPARE(StaffRoles::title(StaffRole::Admin), QStringLiteral("Admin"));
    }

    void limitKinds()
    {
        QCOMPARE(LimitKinds::all().size(), 8);
        for (LimitKind kind : LimitKinds::all())
            QCOMPARE(LimitKinds::fromCode(LimitKinds::code(kind)), kind);
        QCOMPARE(LimitKinds::code(LimitKind::SecondApproval), QStringLiteral("four_eyes"));
        QCOMPARE(LimitKinds::code(LimitKind::AutoMaximum), QStringLiteral("auto_max"));
        QVERIFY(!LimitKinds::fromCode(u"weekly"));
        QVERIFY(LimitKinds::isCount(LimitKind::DayCount) && !LimitKinds::isCount(LimitKind::DayTotal));
        QVERIFY(!LimitKinds::limitsPayouts(LimitKind::AutoMaximum) && LimitKinds::limitsPayouts(LimitKind::Maximum));
    }

    void limitCheck()
    {
        const qint64 now = QDateTime(QDate(2026, 11, 23), QTime(15, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(PayoutLimitCheck::dayStart(now),
            QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(PayoutLimitCheck::monthStart(now),
            QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());

        const QString p = QStringLiteral("sandbox"), c = QStringLiteral("USDTTRC20");
        const QList<std::pair<LimitKind, QString>> limits { { LimitKind::Minimum, QStringLiteral("10") },
            { LimitKind::Maximum, QStringLiteral("500") }, { LimitKind::DayTotal, QStringLiteral("1000") },
            { LimitKind::MonthCount, QStringLiteral("3") }, { LimitKind::AutoMaximum, QStringLiteral("1") } };
        PayoutLimitCheck::SoFar soFar;
        QVERIFY(!PayoutLimitCheck::refusal(limits, p, c, money("100"), soFar));
        QVERIFY(PayoutLimitCheck::refusal(limits, p, c, money("9.99"), soFar)->contains(QStringLiteral("minimum")));
        QVERIFY(PayoutLimitCheck::refusal(limits, p, c, money("500.01"), soFar)->contains(QStringLiteral("maximum")));
        // Exact sums: 900.000001 sent today leaves 99.999999.
        soFar.dayTotal = money("900.000001");
        QVERIFY(!PayoutLimitCheck::refusal(limits, p, c, money("99.999999"), soFar));
        QVERIFY(PayoutLimitCheck::refusal(limits, p, c, money("100"), soFar)->contains(QStringLiteral("today")));
        soFar = {};
        soFar.monthCount = 3;
        QVERIFY(PayoutLimitCheck::refusal(limits, p, c, money("100"), soFar)->contains(QStringLiteral("3 payouts")));
        // The automatic rule and four eyes limit nothing here.
        QVERIFY(!PayoutLimitCheck::refusal(
            { { LimitKind::AutoMaximum, QStringLiteral("1") }, { LimitKind::SecondApproval, QStringLiteral("1") } }, p,
            c, money("100"), {}));
    }

    void blockedRecipients()
    {
        QCOMPARE(
            BlockedRecipients::normalized(QStringLiteral(" 4111-1111 1111 1111 ")), QStringLiteral("4111111111111111"));
        QCOMPARE(BlockedRecipients::normalized(QStringLiteral("TQrY8tryqsYVCYS3MFbtffiPp2ccyn0042")),
            QStringLiteral("tqry8tryqsyvcys3mfbtffipp2ccyn0042"));
        QCOMPARE(BlockedRecipients::normalized(QStringLiteral("a-b c")), QStringLiteral("a-b c")); // not a card
        const QHash<QString, QString> listed { { QStringLiteral("4111111111111111"), QStringLiteral("fraud") } };
        const auto refused
            = BlockedRecipients::refusalIn(listed, { QStringLiteral("John"), QStringLiteral("4111 1111 1111 1111") });
        QVERIFY(refused && refused->contains(QStringLiteral("fraud")));
        QVERIFY(!BlockedRecipients::refusalIn(listed, { QStringLiteral("4111111111111112") }));
    }
};

QTEST_GUILESS_MAIN(TestDomainRules)
#include "test_domain_rules.moc"
