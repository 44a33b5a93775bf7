#pragma once

#include "domain/Order.h"
#include "domain/OrderFilter.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

namespace pd {

class Database;
class Workspace;

// Reads pages of the order book on a worker thread, with its own connection, so that no
// query — a count over a million orders, a search through every recipient — ever runs on
// the GUI thread. Requests of an outdated generation (the filter changed since) are dropped
// before they reach the database.
class OrderPageLoader : public QObject {
    Q_OBJECT
public:
    explicit OrderPageLoader(const Workspace &workspace);
    ~OrderPageLoader() override;

    // Called from the GUI thread: requests older than this are skipped.
    void setCurrentGeneration(int generation) { m_generation.store(generation); }
    // The page last asked for: pages far from it were scrolled past before their turn came
    // and are skipped (and may be asked for again).
    void setWantedPage(int page) { m_wantedPage.store(page); }

public slots:
    void count(int generation, const pd::OrderFilter &filter);
    // Page `page` of `pageSize` orders: after `previous` when the page before is known
    // (keyset), else at the page's offset.
    void load(int generation, const pd::OrderFilter &filter, const pd::OrderSort &sort, int page, int pageSize,
        const std::optional<pd::Order> &previous);

signals:
    void counted(int generation, qint64 total);
    void loaded(int generation, int page, const QList<pd::Order> &orders);
    void failed(int generation, const QString &error);
    void skipped(int generation, int page);

private:
    bool open();

    const Workspace &m_workspace;
    std::unique_ptr<Database> m_database;
    std::atomic<int> m_generation { 0 };
    std::atomic<int> m_wantedPage { 0 };
};

} // namespace pd

Q_DECLARE_METATYPE(pd::OrderFilter)
Q_DECLARE_METATYPE(pd::OrderSort)
Q_DECLARE_METATYPE(std::optional<pd::Order>)
