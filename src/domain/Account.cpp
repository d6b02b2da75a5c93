// Account status names as stored and shown.
#include "duedesk/domain/Account.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<AccountStatus, 3> kStatuses{{{
    {AccountStatus::Active, "active"},
    {AccountStatus::OnHold, "on_hold"},
    {AccountStatus::Closed, "closed"},
}}};
} // namespace

std::string_view accountStatusName(AccountStatus status) { return kStatuses.nameOf(status); }
std::optional<AccountStatus> accountStatusFromName(std::string_view name) { return kStatuses.valueOf(name); }

} // namespace duedesk
