#include "OrderImportJob.h"

namespace pd {

OrderImportJob::OrderImportJob(const Workspace &workspace, const QString &path, const CurrencyRegistry &currencies,
    const QString &actor, QObject *parent)
    : BookAnswer<OrderImporter::Outcome>(parent)
    , m_workspace(workspace)
    , m_path(path)
    , m_currencies(currencies)
    , m_actor(actor)
{
}

OrderImportJob::~OrderImportJob()
{
    if (m_thread)
        m_thread->wait();
}

void OrderImportJob::start()
{
    if (m_thread || isFinished())
        return;
    m_thread = QThread::create(
        [this] { m_outcome = OrderImporter::importFile(m_workspace, m_path, m_currencies, m_actor); });
    m_thread->setObjectName(QStringLiteral("order-import"));
    m_thread->setParent(this);
    // QThread::finished is emitted on the import's thread; the reply finishes on ours.
    connect(
        m_thread, &QThread::finished, this,
        [this] {
            m_thread->wait();
            complete(m_outcome, m_outcome.error);
        },
        Qt::QueuedConnection);
    m_thread->start();
}

} // namespace pd
