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
