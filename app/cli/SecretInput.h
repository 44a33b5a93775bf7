#pragma once

#include <QString>

namespace pd {

// Secrets given to the CLI come on standard input, never on the command line (where `ps` and
// the shell's history would keep them).
class SecretInput {
public:
    // One line from standard input, without echo when it is a terminal.
    static QString readLine();
};

} // namespace pd
