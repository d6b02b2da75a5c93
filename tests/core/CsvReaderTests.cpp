// CsvReader: RFC 4180 quoting and the physical line of every record.
#include "duedesk/importing/CsvReader.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {
std::vector<std::string> fields(const CsvRecord& r) { return {r.fields.begin(), r.fields.end()}; }
} // namespace

TEST_CASE("CsvReader reads quoted fields and tracks lines", "[csv]") {
    const std::string text = "a,b,c\r\n"
                             "1,\"two, with comma\",3\r\n"
                             "\r\n"
                             "x,\"say \"\"hi\"\"\",\"line one\nline two\"\n"
                             "last,,\"\"";
    CsvReader reader(text);
    CsvRecord r;
    REQUIRE(reader.next(r));
    CHECK(r.line == 1);
    CHECK(fields(r) == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(reader.next(r));
    CHECK(r.line == 2);
    CHECK(fields(r) == std::vector<std::string>{"1", "two, with comma", "3"});
    REQUIRE(reader.next(r));
    CHECK(r.line == 4); // the blank line 3 is skipped
    CHECK(fields(r) == std::vector<std::string>{"x", "say \"hi\"", "line one\nline two"});
    REQUIRE(reader.next(r));
    CHECK(r.line == 6); // the quoted field spanned lines 4 and 5
    CHECK(fields(r) == std::vector<std::string>{"last", "", ""});
    CHECK_FALSE(reader.next(r));
}

TEST_CASE("CsvReader keeps several unescaped fields of one record apart", "[csv]") {
    const std::string text = "\"a\"\"1\",\"b\"\"2\",\"c\"\"3\"\n";
    CsvReader reader(text);
    CsvRecord r;
    REQUIRE(reader.next(r));
    CHECK(fields(r) == std::vector<std::string>{"a\"1", "b\"2", "c\"3"});
}

TEST_CASE("CsvReader reads other separators", "[csv]") {
    const std::string text = "a;b\n\"1;2\";3\n";
    CsvReader reader(text, ';');
    CsvRecord r;
    REQUIRE(reader.next(r));
    REQUIRE(reader.next(r));
    CHECK(fields(r) == std::vector<std::string>{"1;2", "3"});
}

TEST_CASE("CsvReader can read quotes as text, as printed lists write them", "[csv]") {
    const std::string text = "|\"ACME\" order|5\" pipe|\"|\n|\"never closed|x|\n";
    CsvReader reader(text, '|');
    reader.setQuotesAreText(true);
    CsvRecord r;
    REQUIRE(reader.next(r));
    CHECK(fields(r) == std::vector<std::string>{"", "\"ACME\" order", "5\" pipe", "\"", ""});
    REQUIRE(reader.next(r));
    CHECK(r.line == 2);
    CHECK(fields(r) == std::vector<std::string>{"", "\"never closed", "x", ""});
    CHECK_FALSE(reader.next(r));
}

TEST_CASE("CsvReader reports broken quoting with its line", "[csv]") {
    // The line and message of the syntax error the second record raises.
    const auto secondRecordError = [](const std::string& text) -> std::pair<std::size_t, std::string> {
        CsvReader reader(text);
        CsvRecord r;
        REQUIRE(reader.next(r));
        try {
            reader.next(r);
        } catch (const CsvSyntaxError& e) {
            return {e.line(), e.what()};
        }
        return {0, "no error"};
    };
    CHECK(secondRecordError("a,b\n1,\"never closed\n2,3\n") ==
          std::pair<std::size_t, std::string>{2, "a quoted field is not closed before the end of the file"});
    CHECK(secondRecordError("a,b\n\"1\"x,2\n") ==
          std::pair<std::size_t, std::string>{2, "unexpected character after a closing quote"});
}

namespace {

struct Row {
    std::size_t line;
    std::vector<std::string> fields;
    bool operator==(const Row&) const = default;
};

// Every record of `bytes` read through blocks of `block` bytes and a
// record buffer of `buffer` bytes.
std::vector<Row> readInBlocks(std::string_view bytes, std::size_t block, std::size_t buffer,
                              TextEncoding encoding = TextEncoding::Auto) {
    MemoryBytes source(bytes, block);
    TextSource text(source, encoding, block);
    CsvReader reader(text, ',', buffer);
    std::vector<Row> rows;
    CsvRecord r;
    while (reader.next(r)) rows.push_back({r.line, fields(r)});
    return rows;
}

const std::vector<Row> kStraddled = {
    {1, {"a", "b", "c"}},
    {2, {"1", "two, with comma", "3"}},
    {4, {"x", "say \"hi\"", "line one\nline two"}},
    {6, {"M\xC3\xBCller \xE2\x82\xAC", "\"", ""}},
    {7, {"lone", "cr"}},
    {8, {"last", "", ""}},
};

} // namespace

TEST_CASE("CsvReader reads the same records and lines from a source in tiny blocks", "[csv]") {
    const std::string text = "a,b,c\r\n"
                             "1,\"two, with comma\",3\r\n"
                             "\r\n"
                             "x,\"say \"\"hi\"\"\",\"line one\nline two\"\n"
                             "M\xC3\xBCller \xE2\x82\xAC,\"\"\"\",\r\n"
                             "lone,cr\r"
                             "last,,\"\"";
    // Every block size up to a whole record puts each quote, line end and
    // multi-byte character across a boundary somewhere.
    for (std::size_t block = 1; block <= 24; ++block) {
        INFO("block " << block);
        CHECK(readInBlocks(text, block, 16) == kStraddled);
        CHECK(readInBlocks(text, block, CsvReader::kBufferSize) == kStraddled);
    }
}

TEST_CASE("CsvReader reads UTF-16 and Windows-1252 records across blocks", "[csv]") {
    // "Müller €" and a surrogate pair (U+1F600) inside a quoted field.
    const std::u16string text = u"\uFEFFname,note\r\nM\u00FCller \u20AC,\"a\U0001F600\nb\"\r\nz,\"\"\"\"\r\n";
    std::string utf16;
    for (char16_t unit : text) {
        utf16.push_back(static_cast<char>(unit & 0xFF));
        utf16.push_back(static_cast<char>(unit >> 8));
    }
    const std::vector<Row> expected = {
        {1, {"name", "note"}},
        {2, {"M\xC3\xBCller \xE2\x82\xAC", "a\xF0\x9F\x98\x80\nb"}},
        {4, {"z", "\""}},
    };
    const std::string cp1252 = "name,note\r\nM\xFCller \x80,\"a\x85\nb\"\r\nz,\"\"\"\"\r\n";
    const std::vector<Row> expected1252 = {
        {1, {"name", "note"}},
        {2, {"M\xC3\xBCller \xE2\x82\xAC", "a\xE2\x80\xA6\nb"}},
        {4, {"z", "\""}},
    };
    for (std::size_t block = 1; block <= 24; ++block) {
        INFO("block " << block);
        CHECK(readInBlocks(utf16, block, 16) == expected);
        CHECK(readInBlocks(cp1252, block, 16) == expected1252);
        CHECK(readInBlocks(cp1252, block, 16, TextEncoding::Windows1252) == expected1252);
    }
}

TEST_CASE("CsvReader grows its buffer for a record larger than it", "[csv]") {
    const std::string longField(1000, 'L');
    const std::string text = "a,b\n1,\"" + longField + "\n" + longField + "\"\n2," + longField + "\n3,x";
    const std::vector<Row> expected = {
        {1, {"a", "b"}},
        {2, {"1", longField + "\n" + longField}},
        {4, {"2", longField}},
        {5, {"3", "x"}},
    };
    for (std::size_t block : {std::size_t(1), std::size_t(7), std::size_t(16), std::size_t(100)}) {
        INFO("block " << block);
        CHECK(readInBlocks(text, block, 16) == expected);
    }
}

TEST_CASE("CsvReader reports broken quoting with its line when reading in blocks", "[csv]") {
    const auto error = [](const std::string& text) -> std::pair<std::size_t, std::string> {
        MemoryBytes source(text, 7);
        TextSource source7(source, TextEncoding::Utf8, 7);
        CsvReader reader(source7, ',', 16);
        CsvRecord r;
        try {
            while (reader.next(r)) {
            }
        } catch (const CsvSyntaxError& e) {
            return {e.line(), e.what()};
        }
        return {0, "no error"};
    };
    CHECK(error("a,b\n1,2\n\"x\ny\",3\n4,\"never closed\n5,6\n7,8\n") ==
          std::pair<std::size_t, std::string>{5, "a quoted field is not closed before the end of the file"});
    CHECK(error("a,b\n1,2\n3,4\n\"1\nx\"y,2\n") ==
          std::pair<std::size_t, std::string>{5, "unexpected character after a closing quote"});
}
