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
    // Queued after the import: the thread ends once it is done.
    m_thread.quit();
    m_thread.wait();
}

void OrderImportJob::start()
{
    if (m_worker || isFinished())
        return;
    m_thread.setObjectName(QStringLiteral("order-import"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            const OrderImporter::Outcome outcome
                = OrderImporter::importFile(m_workspace, m_path, m_currencies, m_actor);
            // The reply finishes on the thread that started it, after the import's thread ended.
            QMetaObject::invokeMethod(
                this,
                [this, outcome] {
                    m_thread.quit();
                    m_thread.wait();
                    complete(outcome, outcome.error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace pd
