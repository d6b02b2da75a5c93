// Signing in at the command line.
#include "cli/SignedInUser.h"

#include "cli/PasswordPrompt.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/SignIn.h"

namespace duedesk::cli {

Actor signedInActor(CliContext& context, LedgerDatabase& database, const std::string& userName) {
    const std::string password = readSignInPassword(userName);
    const auto user = SignIn(database, context.log).attempt(userName, password);
    if (!user) throw PermissionDenied("sign-in failed for \"" + userName + "\"");
    return Actor::person(*user, CliContext::today());
}

} // namespace duedesk::cli
