// Reading export files as UTF-8 text: the byte order mark is dropped and
// invalid UTF-8 is found, so it can be reported with its line.
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

// Whole file contents; throws ImportFileError with the system's reason.
std::string readWholeFile(const std::string& path);

// Removes a leading UTF-8 byte order mark, if any.
std::string_view stripUtf8Bom(std::string_view text);

// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// 1-based line number of a byte offset.
std::size_t lineOfOffset(std::string_view text, std::size_t offset);

} // namespace duedesk
