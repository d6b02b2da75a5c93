// Decoding an export file's bytes to UTF-8 text as the records are read.
#include "duedesk/importing/TextSource.h"

#include "importing/Transcoding.h"

#include <algorithm>

namespace duedesk {

TextSource::TextSource(ByteSource& bytes, TextEncoding requested, std::size_t blockSize)
    : TextSource(bytes, checkEncoding(bytes, requested, blockSize), blockSize) {}

TextSource::TextSource(ByteSource& bytes, const EncodingCheck& check, std::size_t blockSize)
    : bytes_(bytes), check_(check), blockSize_(std::max<std::size_t>(blockSize, 1)) {
    bytes_.rewind();
    char mark[3];
    readBytes(mark, check_.markLength);
    if (check_.encoding == TextEncoding::Utf16) utf16_ = std::make_unique<Utf16ToUtf8>(check_.bigEndian);
}

TextSource::~TextSource() = default;

std::size_t TextSource::readBytes(char* out, std::size_t count) {
    std::size_t done = 0;
    while (done < count) {
        const std::size_t n = bytes_.read(out + done, count - done);
        if (n == 0) break;
        done += n;
    }
    bytesRead_ += done;
    return done;
}

std::size_t TextSource::read(char* out, std::size_t capacity) {
    switch (check_.encoding) {
    case TextEncoding::Auto: // decided by the check; never left Auto
    case TextEncoding::Utf8:
        // Already UTF-8 (and checked): read straight into the caller's buffer.
        return readBytes(out, std::min(capacity, blockSize_));
    case TextEncoding::Windows1252: {
        // One byte becomes at most three.
        const std::size_t count = std::min(blockSize_, capacity / 3);
        raw_.resize(count);
        return windows1252ToUtf8(std::string_view(raw_.data(), readBytes(raw_.data(), count)), out);
    }
    case TextEncoding::Utf16: {
        // Two bytes become at most three, counting those carried over.
        const std::size_t room = (capacity / 3) * 2;
        const std::size_t count =
            std::min(blockSize_, room >= Utf16ToUtf8::kMaxCarry + 2 ? room - Utf16ToUtf8::kMaxCarry : 2);
        raw_.resize(count);
        for (;;) {
            if (utf16_->bad()) return 0;
            const std::size_t n = readBytes(raw_.data(), count);
            if (n == 0) {
                utf16_->finish();
                return 0;
            }
            // A block may hold only half a surrogate pair: read on.
            if (const std::size_t written = utf16_->convert(std::string_view(raw_.data(), n), out)) return written;
        }
    }
    }
    return 0;
}

} // namespace duedesk
