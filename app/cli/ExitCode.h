#pragma once

namespace pd {

// payoutdesk-cli's exit codes, documented in --help and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the work could not be done: storage error, locked book, ...
    ExitUsage = 2, // wrong command line
    ExitNotFound = 3, // no such order
    ExitInvalidInput = 4, // a file with bad rows: nothing was imported
    ExitNoWorkspace = 5, // no workspace in that folder (a typo?): nothing was created
    ExitMismatches = 6, // reconcile: a mismatch with a provider's books is open
};

} // namespace pd
