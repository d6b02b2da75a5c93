// refusalOf: runs a change the window asked for (on a pool thread, on a
// connection of its own) and says whether the core refused it. A refusal
// (ChangeRefused, or PermissionDenied, which goes in the application log)
// comes back as the core words it, to show beside the change; a failure of
// the ledger (StorageError) goes in the log and is thrown on, for the
// background task to report as such.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace duedesk::app {

// `what` names the change in the log ("change", "cash application").
std::optional<std::string> refusalOf(const char* what, const std::function<void()>& write);

} // namespace duedesk::app
