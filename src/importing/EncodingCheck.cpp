// The pass before the records: which encoding the bytes are in, and whether
// they are valid in it. Streamed in blocks; a character split between two
// blocks is carried to the next.
#include "duedesk/importing/TextSource.h"

#include "importing/Transcoding.h"

#include <algorithm>
#include <cstring>

namespace duedesk {
namespace {

// Reads until `count` bytes or the end: the decisions below must not depend
// on how the source happens to split its reads.
std::size_t readFully(ByteSource& bytes, char* out, std::size_t count) {
    std::size_t done = 0;
    while (done < count) {
        const std::size_t n = bytes.read(out + done, count - done);
        if (n == 0) break;
        done += n;
    }
    return done;
}

bool looksLikeUtf16(std::string_view head, bool& bigEndian) {
    const bool little = head.starts_with("\xFF\xFE") ||
                        // Without a mark: ASCII in UTF-16 has a zero in every other byte.
                        (head.size() >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0);
    const bool big = head.starts_with("\xFE\xFF") ||
                     (head.size() >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0);
    bigEndian = big && !little;
    return little || big;
}

// Offset of the first byte that is not part of valid UTF-8, if any. A
// sequence cut by the end of a block is checked again with the next block.
std::optional<std::size_t> firstInvalidUtf8Offset(ByteSource& bytes, std::size_t from, std::size_t blockSize) {
    std::vector<char> block(blockSize + 4);
    std::size_t carried = 0;
    std::size_t base = from; // offset of block[0]
    for (;;) {
        const std::size_t n = readFully(bytes, block.data() + carried, blockSize);
        const std::size_t size = carried + n;
        const bool last = n == 0 || n < blockSize;
        const auto invalid = firstInvalidUtf8(std::string_view(block.data(), size));
        if (invalid && (last || size - *invalid >= 4)) return base + *invalid;
        if (last) return std::nullopt;
        // Keep an incomplete last character for the next block.
        const std::size_t keep = invalid ? size - *invalid : 0;
        std::memmove(block.data(), block.data() + size - keep, keep);
        carried = keep;
        base += size - keep;
    }
}

std::size_t lineOfUtf8Offset(ByteSource& bytes, std::size_t offset, std::size_t blockSize) {
    bytes.rewind();
    std::vector<char> block(blockSize);
    std::size_t line = 1;
    for (std::size_t done = 0; done < offset;) {
        const std::size_t n = readFully(bytes, block.data(), std::min(blockSize, offset - done));
        if (n == 0) break;
        line += static_cast<std::size_t>(std::count(block.data(), block.data() + n, '\n'));
        done += n;
    }
    return line;
}

// The line of the first invalid unit of UTF-16 text, if any.
std::optional<std::size_t> invalidUtf16Line(ByteSource& bytes, bool bigEndian, std::size_t blockSize) {
    Utf16ToUtf8 decoder(bigEndian);
    std::vector<char> block(blockSize);
    std::vector<char> text(3 * (blockSize + Utf16ToUtf8::kMaxCarry) / 2);
    std::size_t line = 1;
    for (;;) {
        const std::size_t n = readFully(bytes, block.data(), blockSize);
        if (n == 0) decoder.finish();
        const std::size_t written = decoder.convert(std::string_view(block.data(), n), text.data());
        // Only a line feed unit decodes to a line feed byte.
        line += static_cast<std::size_t>(std::count(text.data(), text.data() + written, '\n'));
        if (decoder.bad()) return line;
        if (n == 0) return std::nullopt;
    }
}

} // namespace

EncodingCheck checkEncoding(ByteSource& bytes, TextEncoding requested, std::size_t blockSize) {
    EncodingCheck check;
    bytes.rewind();
    char headBytes[4];
    const std::string_view head(headBytes, readFully(bytes, headBytes, sizeof headBytes));
    bool bigEndian = false;
    const bool utf16 =
        requested == TextEncoding::Utf16 || (requested == TextEncoding::Auto && looksLikeUtf16(head, bigEndian));
    if (utf16) {
        if (requested == TextEncoding::Utf16) looksLikeUtf16(head, bigEndian);
        check.encoding = TextEncoding::Utf16;
        check.bigEndian = bigEndian;
        check.markLength = head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF") ? 2 : 0;
        bytes.rewind();
        char mark[2];
        readFully(bytes, mark, check.markLength);
        check.invalidLine = invalidUtf16Line(bytes, bigEndian, blockSize);
        return check;
    }
    check.markLength = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (requested == TextEncoding::Windows1252) {
        check.encoding = TextEncoding::Windows1252;
        return check;
    }
    bytes.rewind();
    char mark[3];
    readFully(bytes, mark, check.markLength);
    const auto invalid = firstInvalidUtf8Offset(bytes, check.markLength, blockSize);
    if (invalid && requested == TextEncoding::Auto) {
        check.encoding = TextEncoding::Windows1252;
        return check;
    }
    check.encoding = TextEncoding::Utf8;
    if (invalid) check.invalidLine = lineOfUtf8Offset(bytes, *invalid, blockSize);
    return check;
}

} // namespace duedesk
