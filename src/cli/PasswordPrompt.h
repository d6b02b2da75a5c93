// PasswordPrompt: a password from whoever runs the command: a new one
// asked twice without echo at a terminal, else the first line of standard
// input (for scripts: `printf '%s\n' "$pw" | duedesk-cli users set-password
// ...`); one to sign in with, also from $DUEDESK_PASSWORD.
#pragma once

#include <string>
#include <string_view>

namespace duedesk::cli {

// Throws UsageError when the two entries differ or nothing was given.
std::string readNewPassword(std::string_view forUser);
// The password `user` signs in with: $DUEDESK_PASSWORD when it is set and
// not empty (for scripts), else asked once without echo at a terminal, else the first
// line of standard input. Throws UsageError when none was given.
std::string readSignInPassword(std::string_view user);

} // namespace duedesk::cli
