// PasswordPrompt: a new password from whoever runs the command: asked
// twice without echo at a terminal, else the first line of standard input
// (for scripts: `printf '%s\n' "$pw" | duedesk-cli users set-password ...`).
#pragma once

#include <string>
#include <string_view>

namespace duedesk::cli {

// Throws UsageError when the two entries differ or nothing was given.
std::string readNewPassword(std::string_view forUser);

} // namespace duedesk::cli
