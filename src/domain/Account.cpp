// Account status and address kind names as stored and shown.
#include "duedesk/domain/Account.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<AccountStatus, 3> kStatuses{{{
    {AccountStatus::Active, "active"},
    {AccountStatus::OnHold, "on_hold"},
    {AccountStatus::Closed, "closed"},
}}};
constexpr NameTable<AddressKind, 3> kAddressKinds{{{
    {AddressKind::Billing, "billing"},
    {AddressKind::Delivery, "delivery"},
    {AddressKind::Registered, "registered"},
}}};
} // namespace

std::string_view accountStatusName(AccountStatus status) { return kStatuses.nameOf(status); }
std::optional<AccountStatus> accountStatusFromName(std::string_view name) { return kStatuses.valueOf(name); }

std::string_view addressKindName(AddressKind kind) { return kAddressKinds.nameOf(kind); }
std::optional<AddressKind> addressKindFromName(std::string_view name) { return kAddressKinds.valueOf(name); }

std::string addressKindList() {
    std::string out;
    for (const auto& [kind, name] : kAddressKinds.entries) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

} // namespace duedesk
