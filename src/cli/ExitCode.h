// The exit statuses of duedesk-cli, documented in docs/cli.md.
#pragma once

namespace duedesk::cli {

enum ExitCode : int {
    kOk = 0,
    kRejected = 1, // the input had problems; nothing was written
    kUsage = 2, // wrong options or arguments
    kDatabase = 3, // the database could not be opened or was refused
    kFile = 4, // a file could not be read or written
    kInternal = 70, // an unexpected failure (a bug)
};

} // namespace duedesk::cli
