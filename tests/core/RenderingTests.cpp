// Aging output formats, checked character for character.
#include "duedesk/reports/AgingRendering.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {
AgingTable sample() {
    AgingTable t;
    t.options.asOf = Date::ymd(2026, 6, 30);
    t.options.grouping = OpenItemGrouping::Account;
    t.options.buckets = *AgingBuckets::parse("30");
    const Currency gbp = Currency::of("GBP");
    t.rows.push_back({"A1", "Acme, \"The\" Ltd", gbp, {100000, 20050, 0}, -30000, 90050});
    t.rows.push_back({"A2", "Bravo", gbp, {0, 123456789, 0}, 0, 123456789});
    t.totals.push_back({"Total", "", gbp, {100000, 123476839, 0}, -30000, 123546839});
    return t;
}
} // namespace

TEST_CASE("The aging text table aligns text left and amounts right", "[aging][render]") {
    CHECK(renderAgingText(sample()) ==
          "Aging as of 2026-06-30 by account, days past due date\n"
          "\n"
          "Account  Name             Currency   current          1-30   31+  Unapplied         Total  Disputed\n"
          "---------------------------------------------------------------------------------------------------\n"
          "A1       Acme, \"The\" Ltd  GBP       1,000.00        200.50  0.00    -300.00        900.50      0.00\n"
          "A2       Bravo            GBP           0.00  1,234,567.89  0.00       0.00  1,234,567.89      0.00\n"
          "---------------------------------------------------------------------------------------------------\n"
          "Total                     GBP       1,000.00  1,234,768.39  0.00    -300.00  1,235,468.39      0.00\n");
}

TEST_CASE("The aging CSV carries its as-of date, quotes only what needs it and uses plain decimals",
          "[aging][render]") {
    CHECK(renderAgingCsv(sample()) ==
          "as_of,account,name,currency,current,1-30,31+,unapplied,total,disputed\r\n"
          "2026-06-30,A1,\"Acme, \"\"The\"\" Ltd\",GBP,1000.00,200.50,0.00,-300.00,900.50,0.00\r\n"
          "2026-06-30,A2,Bravo,GBP,0.00,1234567.89,0.00,0.00,1234567.89,0.00\r\n"
          "2026-06-30,Total,,GBP,1000.00,1234768.39,0.00,-300.00,1235468.39,0.00\r\n");
}

TEST_CASE("The aging JSON gives money as decimal strings", "[aging][render]") {
    const std::string json = renderAgingJson(sample());
    CHECK(json.find("\"as_of\": \"2026-06-30\"") != std::string::npos);
    CHECK(json.find("\"buckets\": [\n    \"current\",\n    \"1-30\",\n    \"31+\"\n  ]") != std::string::npos);
    CHECK(json.find("\"account\": \"A1\",\n      \"name\": \"Acme, \\\"The\\\" Ltd\",\n      \"currency\": \"GBP\",\n"
                    "      \"buckets\": {\n        \"current\": \"1000.00\",\n        \"1-30\": \"200.50\",\n"
                    "        \"31+\": \"0.00\"\n      },\n      \"unapplied\": \"-300.00\",\n      \"total\": "
                    "\"900.50\",\n      \"disputed\": \"0.00\"") != std::string::npos);
}
