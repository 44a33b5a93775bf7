#include "IpnRoute.h"

#include "ConnectionGuard.h"
#include "DeskListener.h"
#include "secrets/SecretStore.h"
#include "storage/ActivityLog.h"
#include "storage/DatabaseThread.h"
#include "storage/DeskSettings.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QPointer>

namespace pd {

using StatusCode = DeskListener::StatusCode;

namespace {

const QString actor = QStringLiteral("listener");
const QString rejectedKind = QStringLiteral("ipn.rejected");

} // namespace

IpnRoute::IpnRoute(DeskListener &listener, Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_secrets(secrets)
    , m_writer(std::make_unique<DatabaseThread>(database, QStringLiteral("ipn")))
    , m_currencies(CurrencyRegistry::builtIn())
{
    const QPointer<IpnRoute> self(this);
    listener.http().route(
        QStringLiteral("/ipn"), [self](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (!self)
                return DeskListener::refuse(
                    responder, StatusCode::ServiceUnavailable, tr("IPNs are not taken at the moment."));
            self->handle(request, std::move(responder));
        });
    // Refused by the listener's guard before this route saw it (a body over the limit): logged
    // as every refusal of an IPN is.
    connect(&listener.guard(), &ConnectionGuard::refused, this,
        [this](const QString &peer, const QString &path, const QString &why) {
            if (path == QLatin1String("/ipn"))
                ActivityLog(m_db).append(actor, rejectedKind, peer, why);
        });
    // A secret changed in the Settings dialog takes effect with the next IPN, without a restart.
    connect(&m_secrets, &SecretStore::changed, this, [this](const QString &owner, const QString &key) {
        if (owner == secretOwner() && key == secretKey())
            forgetSecret();
    });
}

IpnRoute::~IpnRoute() = default;

void IpnRoute::forgetSecret()
{
    m_secret.reset();
    ++m_secretGeneration;
}

void IpnRoute::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString from = request.remoteAddress().toString();
    if (request.method() != QHttpServerRequest::Method::Post) {
        DeskListener::refuse(responder, StatusCode::MethodNotAllowed, tr("IPNs are sent with POST."),
            { { QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") } });
        ActivityLog(m_db).append(
            actor, rejectedKind, from, tr("Not a POST: %1").arg(QString::fromLatin1(request.value("Host"))));
        emit handled(int(StatusCode::MethodNotAllowed));
        return;
    }
    auto later = DeskListener::later(std::move(responder));
    const QPointer<IpnRoute> self(this);
    const Answer answer = [self, later](StatusCode status, const QJsonObject &body) {
        later(status, body);
        if (self)
            emit self->handled(int(status));
    };
    if (request.body().size() > maxBodyBytes)
        return reject(answer, StatusCode::PayloadTooLarge, from,
            tr("The body has %1 bytes; an IPN may have at most %2.").arg(request.body().size()).arg(maxBodyBytes));
    const QByteArray body = request.body();
    withSecret([this, body, from, answer] { check(body, from, answer); });
}

void IpnRoute::withSecret(std::function<void()> then)
{
    if (m_secret)
        return then();
    m_waitingForSecret << then;
    if (m_waitingForSecret.size() == 1)
        readSecret(); // else a read is under way
}

void IpnRoute::readSecret()
{
    const quint64 generation = m_secretGeneration;
    SecretJob *job = m_secrets.read(secretOwner(), secretKey());
    connect(job, &SecretJob::finished, this, [this, job, generation] {
        job->deleteLater();
        // Changed while this read was under way: what it read may be the old one.
        if (generation != m_secretGeneration)
            return readSecret();
        m_secret = job->ok() ? job->secret().toUtf8() : QByteArray();
        m_secretProblem = job->ok() ? QString() : job->error();
        for (const auto &waiting : std::exchange(m_waitingForSecret, {}))
            waiting();
        // A missing secret is read again next time: staff may be setting it right now.
        if (m_secret && m_secret->isEmpty())
            m_secret.reset();
    });
}

void IpnRoute::check(const QByteArray &body, const QString &from, const Answer &answer)
{
    IpnMessage::Problem problem;
    QString why;
    const auto message = IpnMessage::parse(body, &problem, &why);
    if (!message)
        return reject(answer, StatusCode::BadRequest, from, why);
    if (!m_secret || m_secret->isEmpty())
        return reject(answer, StatusCode::ServiceUnavailable, from,
            tr("The desk has no IPN secret to check the checksum with (%1). Set it under Settings.")
                .arg(m_secretProblem.isEmpty() ? tr("none is stored") : m_secretProblem));
    if (!message->hashMatches(*m_secret))
        return reject(answer, StatusCode::Forbidden, from, tr("Wrong checksum for order %1.").arg(message->orderId));
    readSettings();
    const int hours = m_windowHours;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 skew = qAbs(now - message->timestampMs());
    // From the future by more than a clock's drift: it would make every real IPN after it
    // "older", and the order would stop following the site.
    if (message->timestampMs() - now > qint64(m_futureMinutes) * 60 * 1000)
        return reject(answer, StatusCode::Forbidden, from,
            tr("The IPN for order %1 is dated %2, more than %3 minute(s) ahead of the desk's clock.")
                .arg(message->orderId,
                    QDateTime::fromMSecsSinceEpoch(message->timestampMs(), Qt::UTC).toString(Qt::ISODate))
                .arg(m_futureMinutes));
    if (hours > 0 && skew > qint64(hours) * 3600 * 1000)
        return reject(answer, StatusCode::Forbidden, from,
            tr("The IPN for order %1 was sent at %2, outside the %3-hour window.")
                .arg(message->orderId,
                    QDateTime::fromMSecsSinceEpoch(message->timestampMs(), Qt::UTC).toString(Qt::ISODate))
                .arg(hours));
    // The book's intake rules, the same as for an import or an order created at the desk.
    Order order = message->order();
    order.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (const QStringList problems = order.problems(m_currencies, m_maxAmount); !problems.isEmpty())
        return reject(answer, StatusCode::BadRequest, from,
            tr("The IPN for order %1 is refused: %2").arg(message->orderId, problems.join(u' ')));
    bool start = false;
    {
        QMutexLocker lock(&m_intake->mutex);
        m_intake->queue.append({ *message, answer });
        start = !std::exchange(m_intake->writing, true);
    }
    if (start)
        startWriter();
}

int IpnRoute::waiting() const
{
    QMutexLocker lock(&m_intake->mutex);
    return int(m_intake->queue.size());
}

// Group commit: every IPN that arrived while the last batch was being written goes into one
// transaction and all are answered after its one commit, so none is acknowledged before it is
// on disk. The writer takes the next batch itself as soon as a commit is done, without waiting
// for this thread to answer the last one; it stops when nothing is queued, and the next IPN
// starts it again.
void IpnRoute::startWriter()
{
    const std::shared_ptr<Intake> intake = m_intake;
    // What is queued now is the first group; the writer takes each next one itself.
    QList<Queued> first;
    {
        QMutexLocker lock(&intake->mutex);
        first = std::exchange(intake->queue, {});
    }
    // Alive while the writer works: the route's destructor waits for its writer's work first.
    IpnRoute *route = this;
    m_writer->run<bool>(
        DatabaseThread::Urgency::Urgent, this,
        [intake, route, first](Database &db) {
            for (QList<Queued> batch = first; !batch.isEmpty();) {
                QList<IpnMessage> messages;
                for (const Queued &q : batch)
                    messages << q.message;
                QMetaObject::invokeMethod(
                    route, [route, batch, results = write(db, messages)] { route->answer(batch, results); },
                    Qt::QueuedConnection);
                QMutexLocker lock(&intake->mutex);
                batch = std::exchange(intake->queue, {});
                if (batch.isEmpty())
                    intake->writing = false;
            }
            return true;
        },
        [](bool) {});
}

// No savepoint per IPN (they cost more than the IPN's own statements): should one IPN or the
// commit fail, the whole batch is rolled back and each IPN is taken again in a transaction of
// its own, so that one bad IPN does not fail the others. When the book cannot be written at
// all (another desk held its lock past the busy timeout), all are refused.
QList<IpnRoute::Taken> IpnRoute::write(Database &db, const QList<IpnMessage> &messages)
{
    QList<Taken> taken;
    IpnInbox inbox(db);
    QString error;
    {
        Transaction all(db);
        if (!all.isActive())
            return QList<Taken>(messages.size(), Taken { IpnInbox::Result::Failed, db.lastError() });
        const QList<IpnInbox::Result> results = inbox.takeInTransaction(messages, &error);
        if (!results.contains(IpnInbox::Result::Failed)) {
            for (const IpnInbox::Result result : results)
                taken << Taken { result, {} };
            if (all.commit())
                return taken;
            error = db.lastError();
        }
    } // rolled back
    if (messages.size() == 1)
        return QList<Taken>(1, Taken { IpnInbox::Result::Failed, error });
    taken.clear();
    for (const IpnMessage &m : messages) {
        Taken t { IpnInbox::Result::Failed, {} };
        t.result = inbox.take(m, &t.error);
        taken << t;
    }
    return taken;
}

void IpnRoute::answer(const QList<Queued> &batch, const QList<Taken> &results)
{
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const IpnMessage &m = batch.at(i).message;
        const Taken &t = results.at(i);
        if (t.result == IpnInbox::Result::Failed) {
            ActivityLog(m_db).append(actor, QStringLiteral("ipn.failed"), m.orderId, t.error);
            batch.at(i).answer(StatusCode::ServiceUnavailable,
                { { QStringLiteral("ok"), false },
                    { QStringLiteral("error"), tr("Not stored, send it again: %1").arg(t.error) } });
            continue;
        }
        batch.at(i).answer(
            StatusCode::Ok, { { QStringLiteral("ok"), true }, { QStringLiteral("result"), IpnInbox::word(t.result) } });
        if (t.result != IpnInbox::Result::Duplicate)
            emit taken(m.orderId, m.newStatus, t.result);
    }
}

void IpnRoute::readSettings()
{
    // Read again at most every 10 s: a settings change applies within seconds, and an IPN
    // does not cost a query.
    if (m_settingsRead.isValid() && !m_settingsRead.hasExpired(10000))
        return;
    DeskSettings desk(m_db);
    m_windowHours = desk.value(QString::fromLatin1(windowSetting), QStringLiteral("24")).toInt();
    bool ok = false;
    const int future = desk.value(QString::fromLatin1(futureSetting), QStringLiteral("5")).toInt(&ok);
    m_futureMinutes = ok && future >= 0 ? future : 5;
    m_maxAmount = desk.maxAmount();
    m_settingsRead.start();
}

void IpnRoute::reject(const Answer &answer, StatusCode status, const QString &from, const QString &reason)
{
    ActivityLog(m_db).append(actor, rejectedKind, from, QStringLiteral("%1 %2").arg(int(status)).arg(reason));
    answer(status, { { QStringLiteral("ok"), false }, { QStringLiteral("error"), reason } });
}

} // namespace pd
