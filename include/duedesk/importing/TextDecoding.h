// The encodings of export files and the UTF-8 check; the decoding itself is
// done block by block as a file is read (see TextSource).
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace duedesk {

// The file could not be read at all.
class ImportFileError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Whole file contents, for small files (mapping files); throws
// ImportFileError with the system's reason.
std::string readWholeFile(const std::string& path);

enum class TextEncoding { Auto, Utf8, Utf16, Windows1252 };

// "utf-8", "utf-16", "windows-1252", "auto".
std::optional<TextEncoding> textEncodingFromName(std::string_view name);
std::string_view textEncodingName(TextEncoding encoding);

// Removes a leading UTF-8 byte order mark, if any.
std::string_view stripUtf8Bom(std::string_view text);

// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

} // namespace duedesk
