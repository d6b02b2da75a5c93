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
};

} // namespace duedesk
