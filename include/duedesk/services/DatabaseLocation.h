// Where a front end finds its database: --db PATH, else $DUEDESK_DB, else
// the user's data location. Both front ends resolve it the same way.
#pragma once

#include <optional>
#include <string>

namespace duedesk {

// The default file in the user's data location
// (~/.local/share/duedesk/duedesk.db on Linux).
std::string defaultDatabasePath();

// `explicitPath` (from --db) wins, then $DUEDESK_DB, then the default.
std::string resolveDatabasePath(const std::optional<std::string>& explicitPath);

// The one rule every file location follows (the database, the log): a
// non-empty option wins, then a non-empty environment variable, then
// `fallback`.
std::string resolvePath(const std::optional<std::string>& option, const char* environmentVariable,
                        const std::string& fallback);

} // namespace duedesk
