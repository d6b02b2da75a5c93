// The registry of built-in import profiles.
#include "duedesk/importing/ImportProfiles.h"

namespace duedesk {

std::vector<std::string> builtInProfileNames() { return {"generic"}; }

std::optional<ImportMapping> builtInProfile(std::string_view name) {
    if (name == "generic") return genericMapping();
    return std::nullopt;
}

} // namespace duedesk
