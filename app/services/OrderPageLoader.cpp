#include "OrderPageLoader.h"

#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

namespace pd {

OrderPageLoader::OrderPageLoader(const Workspace &workspace)
    : m_workspace(workspace)
{
}

OrderPageLoader::~OrderPageLoader() = default;

bool OrderPageLoader::open()
{
    if (m_database)
        return true;
    QString error;
    // Opened on first use, so the connection belongs to the worker thread.
    m_database = m_workspace.openConnection(QStringLiteral("pages"), &error);
    if (!m_database)
        emit failed(m_generation.load(), error);
    return bool(m_database);
}

void OrderPageLoader::count(int generation, const OrderFilter &filter)
{
    if (generation != m_generation.load() || !open())
        return;
    OrderStore store(*m_database);
    QString error;
    const qint64 total = store.count(filter, &error);
    if (total < 0)
        emit failed(generation, error);
    else
        emit counted(generation, total);
}

void OrderPageLoader::load(int generation, const OrderFilter &filter, const OrderSort &sort, int page, int pageSize,
    const std::optional<Order> &previous)
{
    if (generation != m_generation.load() || !open())
        return;
    if (qAbs(page - m_wantedPage.load()) > 3) {
        emit skipped(generation, page);
        return;
    }
    OrderStore store(*m_database);
    QString error;
    const auto orders = previous ? store.pageAfter(filter, sort, *previous, pageSize, &error)
                                 : store.page(filter, sort, pageSize, qint64(page) * pageSize, &error);
    if (!orders)
        emit failed(generation, error);
    else
        emit loaded(generation, page, *orders);
}

} // namespace pd
