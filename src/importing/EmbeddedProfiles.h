// The mapping files of the built-in profiles, compiled into the program.
#pragma once

#include <string_view>
#include <vector>

namespace duedesk {

struct EmbeddedFile {
    std::string_view name; // "sap-fbl5n.toml"
    std::string_view text;
};

// In the order the build lists them: the order profile recognition tries.
const std::vector<EmbeddedFile>& embeddedProfileFiles();

} // namespace duedesk
