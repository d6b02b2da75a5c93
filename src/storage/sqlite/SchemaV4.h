// Version 4 of the Duedesk schema: users an import created. A file that
// names analysts the ledger does not know may create them (with
// --create-analysts); each such user records the run that created it, and
// has no password, so cannot sign in, until an administrator sets one. The
// run counts the users it created.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion4 = R"SQL(
ALTER TABLE users ADD COLUMN created_by_import_run INTEGER REFERENCES import_runs(id);
ALTER TABLE import_runs ADD COLUMN users_created INTEGER NOT NULL DEFAULT 0;
)SQL";

} // namespace duedesk::schema
