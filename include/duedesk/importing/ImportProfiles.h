// The import profiles Duedesk knows: the built-in mapping files shipped in
// resources/profiles, a user's own mapping file, and recognition of a
// built-in profile from a file's header.
#pragma once

#include "duedesk/importing/ByteSource.h"
#include "duedesk/importing/ImportMapping.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

// "generic", "sap-fbl5n", "netsuite", "oracle-ar".
std::vector<std::string> builtInProfileNames();
std::optional<ImportMapping> builtInProfile(std::string_view name);

// A built-in profile by name, or a mapping file when `nameOrPath` ends in
// ".toml". Throws MappingError for a bad mapping file, ImportFileError for
// one that cannot be read, and std::invalid_argument for an unknown name.
ImportMapping resolveProfile(const std::string& nameOrPath);

struct RecognisedProfile {
    ImportMapping mapping;
    std::size_t headerLine = 0;
};

// The built-in profile whose columns the file's header names (the one that
// binds the most columns when several do), or nothing.
// Reads only as far as the header search looks, after the pass that checks
// the encoding.
std::optional<RecognisedProfile> recogniseProfile(ByteSource& bytes);
std::optional<RecognisedProfile> recogniseProfile(std::string_view fileBytes);

} // namespace duedesk
