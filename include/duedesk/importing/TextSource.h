// TextSource: an export file's text as UTF-8, decoded block by block from
// its bytes, so only a block of the file is in memory at a time.
#pragma once

#include "duedesk/importing/ByteSource.h"
#include "duedesk/importing/TextDecoding.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace duedesk {

class Utf16ToUtf8;

// What the bytes are, decided before any record is read.
struct EncodingCheck {
    TextEncoding encoding = TextEncoding::Utf8;
    bool bigEndian = false; // UTF-16 only
    std::size_t markLength = 0; // byte order mark, dropped from the text
    // Set when the bytes are not valid in the encoding: the line of the
    // first invalid byte, for the error message.
    std::optional<std::size_t> invalidLine;
};

// Decides the encoding like this, reading the bytes once from the start
// (a pass over a file in the page cache takes well under a second for
// hundreds of MiB): a UTF-16 byte order mark (or the zero bytes of UTF-16
// text) means UTF-16; valid UTF-8 means UTF-8; with Auto, anything else is
// Windows-1252, which every byte sequence is. Explicit UTF-8 and UTF-16 are
// checked, so the first invalid byte can be reported with its line before
// any row is read; Windows-1252 needs no pass.
EncodingCheck checkEncoding(ByteSource& bytes, TextEncoding requested, std::size_t blockSize);

class TextSource final {
public:
    // Bytes read from the source at a time.
    static constexpr std::size_t kBlockSize = std::size_t(1) << 18;
    // The smallest buffer read() fills: room for any character.
    static constexpr std::size_t kMinimumRead = 8;

    // Checks the encoding (see checkEncoding), then reads from the start.
    TextSource(ByteSource& bytes, TextEncoding requested, std::size_t blockSize = kBlockSize);
    // With the encoding already checked (reading a file a second time).
    TextSource(ByteSource& bytes, const EncodingCheck& check, std::size_t blockSize = kBlockSize);
    ~TextSource();
    TextSource(const TextSource&) = delete;
    TextSource& operator=(const TextSource&) = delete;

    const EncodingCheck& check() const { return check_; }

    // Writes the next whole characters of the text, up to `capacity`
    // (at least kMinimumRead) bytes, to `out`; 0 only at the end. Text that
    // is not valid UTF-8 is passed on as it is; UTF-16 ends at its first
    // invalid unit.
    std::size_t read(char* out, std::size_t capacity);

    // Bytes of the source consumed so far and in all, for progress.
    std::size_t bytesRead() const { return bytesRead_; }
    std::size_t bytesTotal() const { return bytes_.size(); }

private:
    std::size_t readBytes(char* out, std::size_t count);

    ByteSource& bytes_;
    EncodingCheck check_;
    std::size_t blockSize_;
    std::size_t bytesRead_ = 0;
    std::vector<char> raw_; // undecoded bytes, for the encodings that convert
    std::unique_ptr<Utf16ToUtf8> utf16_;
};

} // namespace duedesk
