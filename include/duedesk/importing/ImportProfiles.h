// The import profiles Duedesk knows by name.
#pragma once

#include "duedesk/importing/ImportMapping.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

std::vector<std::string> builtInProfileNames();
std::optional<ImportMapping> builtInProfile(std::string_view name);

} // namespace duedesk
