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

} // namespace duedesk
