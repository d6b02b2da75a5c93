// TextSource: export file bytes decoded to UTF-8 block by block, with the
// encoding decided and checked in a pass before the text is read. Tiny
// blocks put every multi-byte character and surrogate pair across a block
// boundary somewhere.
#include "duedesk/importing/TextSource.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {

// All the text of `bytes`, read in blocks of `blockSize` into a buffer of
// the smallest size read() accepts.
std::string readAll(std::string_view bytes, TextEncoding encoding, std::size_t blockSize) {
    MemoryBytes source(bytes, blockSize);
    TextSource text(source, encoding, blockSize);
    std::string out;
    char buffer[TextSource::kMinimumRead];
    while (const std::size_t n = text.read(buffer, sizeof buffer)) out.append(buffer, n);
    CHECK(text.bytesRead() == bytes.size());
    CHECK(text.bytesTotal() == bytes.size());
    return out;
}

EncodingCheck checked(std::string_view bytes, TextEncoding encoding, std::size_t blockSize) {
    MemoryBytes source(bytes, blockSize);
    return checkEncoding(source, encoding, blockSize);
}

std::string utf16le(std::u16string_view text) {
    std::string out;
    for (char16_t unit : text) {
        out.push_back(static_cast<char>(unit & 0xFF));
        out.push_back(static_cast<char>(unit >> 8));
    }
    return out;
}

std::string utf16be(std::u16string_view text) {
    std::string out;
    for (char16_t unit : text) {
        out.push_back(static_cast<char>(unit >> 8));
        out.push_back(static_cast<char>(unit & 0xFF));
    }
    return out;
}

// Müller, €, and 😀 (U+1F600, a surrogate pair in UTF-16).
const std::string kUtf8Text = "a,M\xC3\xBCller\r\n\xE2\x82\xAC"
                              "1,\"x\xF0\x9F\x98\x80y\"\n";
const std::u16string kUtf16Text = u"a,M\u00FCller\r\n\u20AC1,\"x\U0001F600y\"\n";

} // namespace

TEST_CASE("UTF-8 text is passed on whole across blocks and its byte order mark dropped", "[text]") {
    for (std::size_t block = 1; block <= 9; ++block) {
        INFO("block " << block);
        CHECK(readAll("\xEF\xBB\xBF" + kUtf8Text, TextEncoding::Auto, block) == kUtf8Text);
        CHECK(readAll(kUtf8Text, TextEncoding::Utf8, block) == kUtf8Text);
        const EncodingCheck check = checked("\xEF\xBB\xBF" + kUtf8Text, TextEncoding::Auto, block);
        CHECK(check.encoding == TextEncoding::Utf8);
        CHECK(check.markLength == 3);
        CHECK_FALSE(check.invalidLine);
    }
}

TEST_CASE("UTF-16 is decoded across blocks, surrogate pairs included, in both byte orders", "[text]") {
    for (std::size_t block = 1; block <= 9; ++block) {
        INFO("block " << block);
        CHECK(readAll("\xFF\xFE" + utf16le(kUtf16Text), TextEncoding::Auto, block) == kUtf8Text);
        CHECK(readAll("\xFE\xFF" + utf16be(kUtf16Text), TextEncoding::Auto, block) == kUtf8Text);
        // Without a mark: recognised by the zero bytes of ASCII.
        CHECK(readAll(utf16be(kUtf16Text), TextEncoding::Auto, block) == kUtf8Text);
        CHECK(readAll(utf16le(kUtf16Text), TextEncoding::Utf16, block) == kUtf8Text);
    }
}

TEST_CASE("An unpaired surrogate is reported with its line and ends the UTF-16 text", "[text]") {
    const std::string bytes = "\xFF\xFE" + utf16le(u"a\nb\nc") + std::string("\x00\xD8", 2) + utf16le(u"d\n");
    for (std::size_t block = 1; block <= 9; ++block) {
        INFO("block " << block);
        const EncodingCheck check = checked(bytes, TextEncoding::Auto, block);
        CHECK(check.encoding == TextEncoding::Utf16);
        CHECK(check.invalidLine == std::optional<std::size_t>(3));
        MemoryBytes source(bytes, block);
        TextSource text(source, check, block);
        std::string out;
        char buffer[TextSource::kMinimumRead];
        while (const std::size_t n = text.read(buffer, sizeof buffer)) out.append(buffer, n);
        CHECK(out == "a\nb\nc");
    }
    // A lone high surrogate at the very end, and an odd last byte.
    CHECK(checked("\xFF\xFE" + utf16le(u"a\n") + std::string("\x3D\xD8", 2), TextEncoding::Auto, 3).invalidLine ==
          std::optional<std::size_t>(2));
    CHECK(checked("\xFF\xFE" + utf16le(u"a\nb\n") + "x", TextEncoding::Auto, 3).invalidLine ==
          std::optional<std::size_t>(3));
}

TEST_CASE("With auto, one invalid UTF-8 byte anywhere makes the file Windows-1252", "[text]") {
    // The only invalid byte is the very last of a large file.
    std::string bytes;
    for (int i = 0; i < 20000; ++i) bytes += "M\xC3\xBCller,\xE2\x82\xAC\n";
    bytes += "\x80\xFC\x9F";
    for (std::size_t block : {std::size_t(7), std::size_t(16), TextSource::kBlockSize}) {
        INFO("block " << block);
        CHECK(checked(bytes, TextEncoding::Auto, block).encoding == TextEncoding::Windows1252);
        CHECK(checked(bytes.substr(0, bytes.size() - 3), TextEncoding::Auto, block).encoding == TextEncoding::Utf8);
    }
    // Each byte is a character: the UTF-8 above read as Windows-1252, and
    // the last three (euro sign, u umlaut, Y diaeresis).
    const std::string decoded = readAll("M\xC3\xBC\n\x80\xFC\x9F", TextEncoding::Auto, 7);
    CHECK(decoded == "M\xC3\x83\xC2\xBC\n\xE2\x82\xAC\xC3\xBC\xC5\xB8");
    CHECK(readAll("\x81\xE9", TextEncoding::Windows1252, 1) == "\xEF\xBF\xBD\xC3\xA9");
}

TEST_CASE("Invalid UTF-8 deep in a file is reported with its line", "[text]") {
    std::string bytes;
    for (int line = 1; line < 5000; ++line) bytes += "line " + std::to_string(line) + ",M\xC3\xBCller\n";
    const std::string bad = bytes + "line 5000,M\xFCller\nline 5001\n";
    for (std::size_t block : {std::size_t(7), std::size_t(16), std::size_t(4096), TextSource::kBlockSize}) {
        INFO("block " << block);
        const EncodingCheck check = checked(bad, TextEncoding::Utf8, block);
        CHECK(check.encoding == TextEncoding::Utf8);
        CHECK(check.invalidLine == std::optional<std::size_t>(5000));
        CHECK_FALSE(checked(bytes, TextEncoding::Utf8, block).invalidLine);
        // A character cut short by the end of the file.
        CHECK(checked(bytes + "x\xE2\x82", TextEncoding::Utf8, block).invalidLine == std::optional<std::size_t>(5000));
        // Overlong forms and encoded surrogates are invalid too.
        CHECK(checked(bytes + "\xC0\xAF", TextEncoding::Utf8, block).invalidLine == std::optional<std::size_t>(5000));
        CHECK(checked(bytes + "\xED\xA0\x80", TextEncoding::Utf8, block).invalidLine ==
              std::optional<std::size_t>(5000));
    }
}
