// SignedInUser: who a command that records a person's work acts as: the
// user named by --user, signed in with their password (see
// readSignInPassword). A failed sign-in says only that it failed.
#pragma once

#include "cli/CliContext.h"

namespace duedesk::cli {

// Throws PermissionDenied when the name, the password or the user's
// status does not let them sign in (exit 1, logged as a refusal).
Actor signedInActor(CliContext& context, LedgerDatabase& database, const std::string& userName);

} // namespace duedesk::cli
