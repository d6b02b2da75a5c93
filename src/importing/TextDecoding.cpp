// File reading and UTF-8 validation for import files.
#include "duedesk/importing/TextDecoding.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

namespace duedesk {

std::string readWholeFile(const std::string& path) {
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) throw ImportFileError("cannot read " + path + ": " + std::strerror(errno));
    std::string data;
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) data.append(buffer, n);
    if (std::ferror(file.get())) throw ImportFileError("cannot read " + path + ": " + std::strerror(errno));
    return data;
}

std::string_view stripUtf8Bom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    return text;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Export files are mostly ASCII: skip eight such bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length;
        unsigned minimum;
        unsigned codepoint;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, codepoint = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, codepoint = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, codepoint = c & 0x07u;
        } else {
            return i;
        }
        if (i + length > n) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            codepoint = (codepoint << 6) | (s[i + k] & 0x3Fu);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        if (codepoint < minimum || (codepoint >= 0xD800 && codepoint <= 0xDFFF) || codepoint > 0x10FFFF) return i;
        i += length;
    }
    return std::nullopt;
}

std::size_t lineOfOffset(std::string_view text, std::size_t offset) {
    const auto end = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
    return 1 + static_cast<std::size_t>(std::count(text.begin(), end, '\n'));
}

} // namespace duedesk

namespace duedesk {
namespace {

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; five of those are
// unassigned and decode to the replacement character.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

std::string decodeWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char b : bytes) {
        if (b < 0x80)
            out.push_back(static_cast<char>(b));
        else if (b < 0xA0)
            appendUtf8(out, kCp1252High[b - 0x80]);
        else
            appendUtf8(out, b);
    }
    return out;
}

// UTF-16 to UTF-8; returns the byte offset of an unpaired surrogate or an
// odd trailing byte in `bad`.
std::string decodeUtf16(std::string_view bytes, bool bigEndian, std::optional<std::size_t>& bad) {
    std::string out;
    out.reserve(bytes.size() / 2);
    const auto unit = [&](std::size_t i) -> char16_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? char16_t((a << 8) | b) : char16_t((b << 8) | a);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= bytes.size()) {
                bad = i;
                return out;
            }
            const char16_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) {
                bad = i;
                return out;
            }
            appendUtf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            bad = i;
            return out;
        } else {
            appendUtf8(out, u);
        }
    }
    if (i < bytes.size()) bad = i;
    return out;
}

bool looksLikeUtf16(std::string_view bytes, bool& bigEndian) {
    const bool little = bytes.starts_with("\xFF\xFE") ||
                        // Without a mark: ASCII in UTF-16 has a zero in every other byte.
                        (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0);
    const bool big = bytes.starts_with("\xFE\xFF") ||
                     (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0);
    bigEndian = big && !little;
    return little || big;
}

std::size_t utf16LineOf(std::string_view bytes, std::size_t offset, bool bigEndian) {
    std::size_t line = 1;
    for (std::size_t i = 0; i + 1 < bytes.size() && i < offset; i += 2)
        if (bytes[i + (bigEndian ? 1 : 0)] == '\n' && bytes[i + (bigEndian ? 0 : 1)] == 0) ++line;
    return line;
}

} // namespace

std::optional<TextEncoding> textEncodingFromName(std::string_view name) {
    if (name == "auto") return TextEncoding::Auto;
    if (name == "utf-8") return TextEncoding::Utf8;
    if (name == "utf-16") return TextEncoding::Utf16;
    if (name == "windows-1252") return TextEncoding::Windows1252;
    return std::nullopt;
}

std::string_view textEncodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Auto: return "auto";
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Utf16: return "utf-16";
    case TextEncoding::Windows1252: return "windows-1252";
    }
    return "auto";
}

DecodedText decodeText(std::string_view bytes, TextEncoding encoding) {
    DecodedText result;
    bool bigEndian = false;
    const bool utf16 =
        encoding == TextEncoding::Utf16 || (encoding == TextEncoding::Auto && looksLikeUtf16(bytes, bigEndian));
    if (utf16) {
        if (encoding == TextEncoding::Utf16) looksLikeUtf16(bytes, bigEndian);
        std::string_view body = bytes;
        if (body.starts_with("\xFF\xFE") || body.starts_with("\xFE\xFF")) body.remove_prefix(2);
        std::optional<std::size_t> bad;
        result.converted = decodeUtf16(body, bigEndian, bad);
        result.isConverted = true;
        result.encoding = TextEncoding::Utf16;
        if (bad) result.invalidLine = utf16LineOf(body, *bad, bigEndian);
        return result;
    }
    const std::string_view text = stripUtf8Bom(bytes);
    const auto invalid = firstInvalidUtf8(text);
    if (encoding == TextEncoding::Windows1252 || (encoding == TextEncoding::Auto && invalid)) {
        result.converted = decodeWindows1252(text);
        result.isConverted = true;
        result.encoding = TextEncoding::Windows1252;
        return result;
    }
    result.borrowed = text;
    result.encoding = TextEncoding::Utf8;
    if (invalid) result.invalidLine = lineOfOffset(text, *invalid);
    return result;
}

} // namespace duedesk
