#pragma once

#include "Workspace.h"
#include "storage/BookReply.h"

#include <memory>

namespace pd {

// The answer of BookConnection::open: the workspace, opened, once finished() and ok(); else
// error() says why (the keychain's problem added when it could not be read). Finished once,
// queued, like every reply of the core.
class BookOpening : public BookReply {
public:
    using BookReply::BookReply;

    // The opened workspace, handed over once (nullptr afterwards, or when it failed).
    std::unique_ptr<Workspace> takeWorkspace() { return std::move(m_workspace); }

    // For BookConnection.
    void complete(std::unique_ptr<Workspace> workspace, const QString &error)
    {
        m_workspace = std::move(workspace);
        finish(m_workspace ? QString() : (error.isEmpty() ? QStringLiteral("failed") : error));
    }

private:
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace pd
