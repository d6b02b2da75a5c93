// Role names as stored and shown, and the rule for sign-in names.
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

bool isValidUserName(std::string_view name) {
    if (name.size() < 2 || name.size() > 32 || name[0] < 'a' || name[0] > 'z') return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) return false;
    return true;
}

} // namespace duedesk
