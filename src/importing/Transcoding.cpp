// Character conversion to UTF-8 for export files written in Windows-1252 or
// UTF-16.
#include "importing/Transcoding.h"

#include <algorithm>
#include <cstring>

namespace duedesk {
namespace {

std::size_t putUtf8(char* out, char32_t c) {
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = static_cast<char>(0xC0 | (c >> 6));
        out[1] = static_cast<char>(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (c >> 12));
        out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (c & 0x3F));
    return 4;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; five of those are
// unassigned and decode to the replacement character.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

} // namespace

std::size_t windows1252ToUtf8(std::string_view in, char* out) {
    std::size_t n = 0;
    for (const char byte : in) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80)
            out[n++] = static_cast<char>(b);
        else if (b < 0xA0)
            n += putUtf8(out + n, kCp1252High[b - 0x80]);
        else
            n += putUtf8(out + n, b);
    }
    return n;
}

std::size_t Utf16ToUtf8::convert(std::string_view in, char* out) {
    if (bad_) return 0;
    std::size_t n = 0;
    // The carried bytes and the start of `in` seen as one sequence.
    const std::size_t total = carried_ + in.size();
    const auto byteAt = [&](std::size_t i) -> unsigned char {
        return i < carried_ ? carry_[i] : static_cast<unsigned char>(in[i - carried_]);
    };
    const auto unitAt = [&](std::size_t i) -> char16_t {
        const unsigned char a = byteAt(i), b = byteAt(i + 1);
        return bigEndian_ ? char16_t((a << 8) | b) : char16_t((b << 8) | a);
    };
    std::size_t i = 0;
    while (i + 1 < total) {
        const char16_t u = unitAt(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= total) break; // its pair is in the next block
            const char16_t low = unitAt(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) {
                bad_ = consumed_ + i;
                return n;
            }
            n += putUtf8(out + n, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            i += 4;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            bad_ = consumed_ + i;
            return n;
        } else {
            n += putUtf8(out + n, u);
            i += 2;
        }
    }
    unsigned char rest[kMaxCarry];
    const std::size_t left = total - i;
    for (std::size_t k = 0; k < left; ++k) rest[k] = byteAt(i + k);
    std::memcpy(carry_, rest, left);
    carried_ = left;
    consumed_ += i;
    return n;
}

void Utf16ToUtf8::finish() {
    if (!bad_ && carried_ > 0) bad_ = consumed_;
}

} // namespace duedesk
