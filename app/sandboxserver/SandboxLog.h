#pragma once

#include <QLoggingCategory>

// One category for the whole sandbox server ("payoutdesk.sandbox"); defined in SandboxServer.cpp.
// Nothing logged under it may carry the API secret (a secret is never printed, logged, stored or exported).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
