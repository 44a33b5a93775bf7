#pragma once

namespace pd {

class Database;

// For the writes a crash may lose because the reconciler redoes them (docs/DESIGN.md, "The payout
// engine"): an attempt marked sent, an outcome recorded. While it lives, SQLite commits on
// this connection go to the WAL without waiting for the disk. The next ordinary commit (a
// claim, say) syncs the WAL, and with it every write made before, in order. Create it
// outside any transaction. A no-op on other databases.
class SkipFsync {
public:
    explicit SkipFsync(Database &database);
    ~SkipFsync();
    SkipFsync(const SkipFsync &) = delete;
    SkipFsync &operator=(const SkipFsync &) = delete;

private:
    Database &m_database;
    bool m_relaxed = false;
};

} // namespace pd
