// The registry of built-in import profiles, read once from the mapping
// files compiled into the program.
#include "duedesk/importing/ImportProfiles.h"

#include "duedesk/importing/ExportReader.h"
#include "duedesk/importing/MappingFile.h"
#include "importing/EmbeddedProfiles.h"

#include <map>
#include <stdexcept>

namespace duedesk {
namespace {

const std::vector<ImportMapping>& builtIns() {
    static const std::vector<ImportMapping> mappings = [] {
        std::vector<ImportMapping> out;
        for (const EmbeddedFile& file : embeddedProfileFiles())
            out.push_back(parseMapping(file.text, "resources/profiles/" + std::string(file.name)));
        return out;
    }();
    return mappings;
}

} // namespace

std::vector<std::string> builtInProfileNames() {
    std::vector<std::string> names;
    for (const ImportMapping& m : builtIns()) names.push_back(m.profileName);
    return names;
}

std::optional<ImportMapping> builtInProfile(std::string_view name) {
    for (const ImportMapping& m : builtIns())
        if (m.profileName == name) return m;
    return std::nullopt;
}

ImportMapping resolveProfile(const std::string& nameOrPath) {
    if (nameOrPath.ends_with(".toml")) return loadMappingFile(nameOrPath);
    if (auto mapping = builtInProfile(nameOrPath)) return *mapping;
    std::string names;
    for (const std::string& n : builtInProfileNames()) names += (names.empty() ? "" : ", ") + n;
    throw std::invalid_argument("unknown profile \"" + nameOrPath + "\"; known profiles: " + names +
                                ", auto, or a mapping file (.toml)");
}

std::optional<RecognisedProfile> recogniseProfile(ByteSource& bytes) {
    std::optional<RecognisedProfile> best;
    std::size_t bestColumns = 0;
    // Profiles asking for the same encoding share one check of the bytes.
    std::map<TextEncoding, EncodingCheck> checks;
    for (const ImportMapping& mapping : builtIns()) {
        auto check = checks.find(mapping.encoding);
        if (check == checks.end())
            check =
                checks.emplace(mapping.encoding, checkEncoding(bytes, mapping.encoding, TextSource::kBlockSize)).first;
        TextSource source(bytes, check->second);
        RecordMapper mapper(mapping);
        ExportReader reader(source, mapping, mapper);
        ImportProblems ignored;
        if (!reader.readHeader(ignored)) continue;
        std::size_t bound = 0;
        for (int i = 0; i < kImportFieldCount; ++i)
            if (mapper.hasColumn(static_cast<ImportField>(i))) ++bound;
        if (bound > bestColumns) {
            bestColumns = bound;
            best = RecognisedProfile{mapping, reader.headerLine()};
        }
    }
    return best;
}

std::optional<RecognisedProfile> recogniseProfile(std::string_view fileBytes) {
    MemoryBytes bytes(fileBytes);
    return recogniseProfile(bytes);
}

} // namespace duedesk
