#pragma once

#include "FakeServer.h"

#include <QMap>

namespace pd::fakes {

// Binance's SAPI wallet endpoints as its documentation describes them
// (providers/binance/README.md): the key in X-MBX-APIKEY, the HMAC-SHA256 of the query string
// as received (before "&signature=") followed by the body, a timestamp within recvWindow.
// A withdrawal is checked against the coin's networks, address patterns, tags, minimums and
// the balance, booked, and answered with its id; it settles later. Binance does not document
// a reused withdrawOrderId, so the fake assumes the worst: it pays again, and counts it.
class BinanceFake : public FakeServer {
    Q_OBJECT
public:
    struct Withdrawal {
        QString id;
        QString withdrawOrderId;
        QString coin;
        QString network;
        QString address;
        QString addressTag;
        Money amount;
        Money fee;
        int status
            = 4; // 0 Email Sent, 1 Cancelled, 2 Awaiting Approval, 3 Rejected, 4 Processing, 5 Failure, 6 Completed
        qint64 applyTimeMs = 0;
        qint64 completeTimeMs = 0;
    };

    explicit BinanceFake(QObject *parent = nullptr);

    QString provider() const override { return QStringLiteral("binance"); }
    QHash<QString, QString> config() const override;
    QHash<QString, QString> secrets() const override;
    QHash<QString, QString> recipient() const override;
    QStringList bookedReferences() const override;
    QString bookOutside(
        const QString &reference, const Money &amount, const QString &address, const QDateTime &at = {}) override;
    bool loseBooking(const QString &reference) override;
    int duplicateCreates() const override { return m_duplicates; }

    const QList<Withdrawal> &withdrawals() const { return m_withdrawals; }
    // New withdrawals settle from 4 (Processing) to `status` after `ms` (negative: they stay
    // processing until setStatus).
    void setSettling(int ms, int status = 6)
    {
        m_settleMs = ms;
        m_settleStatus = status;
    }
    // Any status for the withdrawal with this id; a failed one gives the money back.
    bool setStatus(const QString &id, int status);
    // The server's clock runs this far ahead of the machine's (negative: behind).
    void setClockOffset(qint64 ms) { m_clockOffsetMs = ms; }
    int refusedSignatures() const { return m_refusedSignatures; }

protected:
    std::optional<Answer> authenticate(const QHttpServerRequest &request) override;
    Answer serverError() const override;
    Answer rateLimited() const override;

private:
    Answer coinsCall(const QHttpServerRequest &request);
    Answer withdrawCall(const QHttpServerRequest &request);
    Answer historyCall(const QHttpServerRequest &request);
    QJsonObject item(const Withdrawal &w) const;
    Withdrawal *find(const QString &id);
    qint64 now() const;

    QList<Withdrawal> m_withdrawals;
    int m_duplicates = 0;
    int m_refusedSignatures = 0;
    int m_settleMs = 50;
    int m_settleStatus = 6;
    qint64 m_clockOffsetMs = 0;
};

} // namespace pd::fakes
