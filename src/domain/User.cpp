// Role names as stored and shown.
#include "duedesk/domain/User.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<Role, 4> kRoles{{{
    {Role::Analyst, "analyst"},
    {Role::TeamLeader, "team_leader"},
    {Role::WriteOffApprover, "write_off_approver"},
    {Role::Administrator, "administrator"},
}}};
} // namespace

std::string_view roleName(Role role) { return kRoles.nameOf(role); }
std::optional<Role> roleFromName(std::string_view name) { return kRoles.valueOf(name); }

} // namespace duedesk
