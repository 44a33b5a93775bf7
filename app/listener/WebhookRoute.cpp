#include "WebhookRoute.h"

#include "ConnectionGuard.h"
#include "DeskListener.h"
#include "contract/Provider.h"
#include "domain/PayoutAttempt.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/WebhookNonces.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QPointer>

#include <memory>

namespace pd {

using StatusCode = DeskListener::StatusCode;

namespace {

const QString actor = QStringLiteral("listener");
const QString rejectedKind = QStringLiteral("webhook.rejected");

// What came in the URL or a signed body, cut short for a log line.
QString shown(const QString &text)
{
    return text.size() <= 80 ? text : text.left(80) + QStringLiteral("…");
}

} // namespace

struct WebhookRoute::Call {
    QString provider;
    QString from; // the caller's address, for the log
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names, as adapters expect them
    QString transaction;
    DeskListener::Later answer;
};

WebhookRoute::WebhookRoute(
    DeskListener &listener, Database &database, ProviderHub &providers, PayoutEngine &engine, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_providers(providers)
    , m_engine(engine)
{
    // QHttpServer 6.4 cannot remove a route: one that outlives this object says so.
    const QPointer<WebhookRoute> self(this);
    listener.http().route(QStringLiteral("/webhook/<arg>"),
        [self](const QString &provider, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (!self)
                return DeskListener::refuse(
                    responder, StatusCode::ServiceUnavailable, tr("Webhooks are not taken at the moment."));
            self->handle(provider, request, std::move(responder));
        });
    // Refused by the listener's guard before this route saw it: logged like its own refusals.
    connect(&listener.guard(), &ConnectionGuard::refused, this,
        [this](const QString &, const QString &path, const QString &why) {
            if (path.startsWith(QLatin1String("/webhook/")))
                ActivityLog(m_db).append(actor, rejectedKind, shown(path.mid(9)), why);
        });
}

void WebhookRoute::handle(const QString &provider, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString from = request.remoteAddress().toString();
    if (request.method() != QHttpServerRequest::Method::Post) {
        qCInfo(lcListener).noquote() << "webhook" << shown(provider) << "from" << from << "refused: not a POST";
        DeskListener::refuse(responder, StatusCode::MethodNotAllowed, tr("Webhooks are sent with POST."),
            { { QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") } });
        emit handled(provider, QString(), int(StatusCode::MethodNotAllowed));
        return;
    }
    if (!m_providers.registry().manifest(provider)) {
        qCInfo(lcListener).noquote() << "webhook from" << from << "for an unknown provider" << shown(provider);
        DeskListener::refuse(
            responder, StatusCode::NotFound, tr("No provider \"%1\" is built in.").arg(shown(provider)));
        emit handled(provider, QString(), int(StatusCode::NotFound));
        return;
    }
    auto call = std::make_shared<Call>();
    call->provider = provider;
    call->from = from;
    call->answer = DeskListener::later(std::move(responder));
    // QHttpServer 6.4 has read the whole body by now; what is refused here is what is kept
    // and handed to the adapter.
    if (request.body().size() > maxBodyBytes)
        return reject(call, StatusCode::PayloadTooLarge,
            tr("The body has %1 bytes, more than the %2 a webhook may have.")
                .arg(request.body().size())
                .arg(maxBodyBytes));
    call->body = request.body();
    for (const auto &header : request.headers())
        call->headers.insert(header.first.toLower(), request.value(header.first));
    verify(call);
}

void WebhookRoute::verify(const std::shared_ptr<Call> &call)
{
    // The adapter with its secrets, read from the keychain for this webhook: a settings
    // change (a new secret, the provider disabled) applies to the next webhook.
    ProviderLoad *load = m_providers.load(call->provider);
    connect(load, &ProviderLoad::finished, this, [this, load, call] {
        load->deleteLater();
        const std::unique_ptr<Provider> provider = load->takeProvider();
        QString problem = load->error();
        if (provider && !provider->missingConfig().isEmpty())
            problem = tr("%1 is not configured: %2 missing.")
                          .arg(call->provider, provider->missingConfig().join(QStringLiteral(", ")));
        else if (provider && !m_providers.isEnabled(call->provider))
            problem = tr("%1 is disabled.").arg(call->provider);
        if (!problem.isEmpty() || !provider)
            return reject(call, StatusCode::ServiceUnavailable, problem);

        QString why;
        const std::optional<QString> transaction = provider->webhookTransaction(call->body, call->headers, &why);
        if (!transaction)
            return reject(
                call, StatusCode::BadRequest, why.isEmpty() ? tr("The webhook was refused by the adapter.") : why);
        call->transaction = *transaction;
        if (const std::optional<qint64> nonce = provider->webhookNonce(call->body)) {
            qint64 last = 0;
            QString error;
            switch (WebhookNonces(m_db).take(call->provider, *nonce, &last, &error)) {
            case WebhookNonces::Take::New:
                break;
            case WebhookNonces::Take::Replay:
                return reject(call, StatusCode::BadRequest,
                    tr("The webhook's nonce %1 is not above the last one taken (%2): a replay.").arg(*nonce).arg(last));
            case WebhookNonces::Take::Failed:
                return reject(call, StatusCode::ServiceUnavailable, tr("The book cannot be written: %1").arg(error));
            }
        }

        const auto attempt = AttemptStore(m_db).byTransaction(call->provider, *transaction);
        const auto answer = [this, call](const QJsonObject &body) {
            call->answer(StatusCode::Ok, body);
            emit handled(call->provider, call->transaction, int(StatusCode::Ok));
        };
        if (!attempt) {
            // Not an error of the provider's (it may be another desk's or an old book's): no
            // retry is asked for, but staff can see it came.
            ActivityLog(m_db).append(actor, rejectedKind, call->provider,
                tr("Webhook from %1 for transaction %2, which is not one of ours: ignored.")
                    .arg(call->from, shown(*transaction)));
            qCInfo(lcListener).noquote() << "webhook" << call->provider << "for an unknown transaction"
                                         << shown(*transaction);
            return answer({ { QStringLiteral("ok"), true },
                { QStringLiteral("ignored"), QStringLiteral("unknown transaction") } });
        }
        // Paid or failed is final, and a person's case stays a person's: a replayed or
        // duplicated webhook changes nothing and asks the provider nothing.
        if (!PayoutAttempt::isOpen(attempt->state) || attempt->state == PayoutAttempt::State::NeedsAttention) {
            qCInfo(lcListener).noquote() << "webhook" << call->provider << *transaction << "for an attempt already"
                                         << PayoutAttempt::code(attempt->state) << ": nothing to do";
            return answer(
                { { QStringLiteral("ok"), true }, { QStringLiteral("ignored"), QStringLiteral("already recorded") },
                    { QStringLiteral("state"), PayoutAttempt::code(attempt->state) } });
        }
        qCInfo(lcListener).noquote() << "webhook" << call->provider << *transaction << "for" << attempt->key
                                     << ": re-reading";
        const QPointer<WebhookRoute> self(this);
        m_engine.recheck(*attempt, [self, call](PayoutAttempt::State after) {
            call->answer(StatusCode::Ok,
                { { QStringLiteral("ok"), true }, { QStringLiteral("state"), PayoutAttempt::code(after) } });
            if (self)
                emit self->handled(call->provider, call->transaction, int(StatusCode::Ok));
        });
    });
}

void WebhookRoute::reject(const std::shared_ptr<Call> &call, StatusCode status, const QString &reason)
{
    QString message = tr("Webhook from %1 refused (HTTP %2): %3").arg(call->from).arg(int(status)).arg(reason);
    if (!call->transaction.isEmpty())
        message += u' ' + tr("Transaction %1.").arg(shown(call->transaction));
    ActivityLog(m_db).append(actor, rejectedKind, call->provider, message);
    qCWarning(lcListener).noquote() << "webhook" << call->provider << "from" << call->from << "refused:" << int(status)
                                    << reason;
    call->answer(status, { { QStringLiteral("ok"), false }, { QStringLiteral("error"), reason } });
    emit handled(call->provider, call->transaction, int(status));
}

} // namespace pd
