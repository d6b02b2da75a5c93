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

enum class TextEncoding { Auto, Utf8, Utf16, Windows1252 };

// "utf-8", "utf-16", "windows-1252", "auto".
std::optional<TextEncoding> textEncodingFromName(std::string_view name);
std::string_view textEncodingName(TextEncoding encoding);

// The text as UTF-8: the input bytes themselves when they were UTF-8
// already (no copy of a large file), else the converted copy.
struct DecodedText {
    std::string converted; // used when the input needed converting
    std::string_view borrowed; // used otherwise: views the input bytes
    bool isConverted = false;
    std::string_view text() const { return isConverted ? std::string_view(converted) : borrowed; }
    TextEncoding encoding = TextEncoding::Utf8; // what the bytes were
    // Set when the bytes are not valid in the encoding: offset into the
    // original bytes and its line, for the error message.
    std::optional<std::size_t> invalidLine;
};

// Converts export file bytes to UTF-8; the result may view `bytes`, which
// must outlive it. With Auto: a UTF-16 byte order mark
// (or the zero bytes of UTF-16 text) means UTF-16; valid UTF-8 means UTF-8;
// anything else is read as Windows-1252, which every byte sequence is.
// A byte order mark is dropped.
DecodedText decodeText(std::string_view bytes, TextEncoding encoding);

// Removes a leading UTF-8 byte order mark, if any.
std::string_view stripUtf8Bom(std::string_view text);

// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// 1-based line number of a byte offset.
std::size_t lineOfOffset(std::string_view text, std::size_t offset);

} // namespace duedesk
