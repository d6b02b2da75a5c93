// Mapping files: an export format described in TOML (see
// docs/import-formats.md). Mistakes are reported as FILE:LINE: key: reason.
#pragma once

#include "duedesk/importing/ImportMapping.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace duedesk {

class MappingError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// `label` names the text in messages (its file name).
ImportMapping parseMapping(std::string_view toml, const std::string& label);
ImportMapping loadMappingFile(const std::string& path);

} // namespace duedesk
