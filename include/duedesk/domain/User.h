// User: a person who signs in, with the role that decides what they may do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

enum class Role { Analyst, TeamLeader, WriteOffApprover, Administrator };

std::string_view roleName(Role role); // "analyst", "team_leader", ...
std::optional<Role> roleFromName(std::string_view name);

using UserId = std::int64_t;

struct User {
    UserId id = 0;
    std::string name; // sign-in name, unique: "amorgan"
    std::string fullName; // "Alice Morgan"
    Role role = Role::Analyst;
    bool active = true;
    // The import run that created this user for an analyst its file named
    // (import --create-analysts); empty for users added by a person.
    std::optional<std::int64_t> createdByImportRun;
    // Whether a password is set; a user without one cannot sign in.
    bool hasPassword = false;
};

// Sign-in names: 2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter.
bool isValidUserName(std::string_view name);
// The rule above, for messages.
inline constexpr const char* kUserNameRule = "2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter";

} // namespace duedesk
