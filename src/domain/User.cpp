// Role names as stored and shown.
#include "duedesk/domain/User.h"

#include <array>
#include <utility>

namespace duedesk {
namespace {
constexpr std::array<std::pair<Role, std::string_view>, 4> kRoleNames{{
    {Role::Analyst, "analyst"},
    {Role::TeamLeader, "team_leader"},
    {Role::WriteOffApprover, "write_off_approver"},
    {Role::Administrator, "administrator"},
}};
} // namespace

std::string_view roleName(Role role) {
    for (const auto& [r, name] : kRoleNames)
        if (r == role) return name;
    return "analyst";
}

std::optional<Role> roleFromName(std::string_view name) {
    for (const auto& [r, n] : kRoleNames)
        if (n == name) return r;
    return std::nullopt;
}

} // namespace duedesk
