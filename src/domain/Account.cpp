// Account status names as stored and shown.
#include "duedesk/domain/Account.h"

namespace duedesk {

std::string_view accountStatusName(AccountStatus status) {
    switch (status) {
    case AccountStatus::Active: return "active";
    case AccountStatus::OnHold: return "on_hold";
    case AccountStatus::Closed: return "closed";
    }
    return "active";
}

std::optional<AccountStatus> accountStatusFromName(std::string_view name) {
    if (name == "active") return AccountStatus::Active;
    if (name == "on_hold") return AccountStatus::OnHold;
    if (name == "closed") return AccountStatus::Closed;
    return std::nullopt;
}

} // namespace duedesk
