// The rules for addresses, contacts, logged contacts and entered dates:
// every problem at once, in plain words, with the field it belongs to.
#include "duedesk/domain/ContactRules.h"
#include "duedesk/domain/DateLimits.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {
Address goodAddress() {
    Address a;
    a.line1 = "1 Park Row";
    a.city = "Leeds";
    a.country = "GB";
    return a;
}
Contact goodContact() {
    Contact c;
    c.name = "Sam Clerk";
    c.phone = "+44 (0)113 496-0000";
    return c;
}
} // namespace

TEST_CASE("An address lists every problem at once, each with its field", "[rules]") {
    CHECK(addressProblems(goodAddress()).empty());
    Address a;
    a.kind = "home";
    a.line1 = " ";
    a.country = "G1";
    CHECK(addressProblems(a) ==
          std::vector<FieldProblem>{
              {"kind", "The kind \"home\" is not one of billing, delivery, registered."},
              {"line1", "Line 1 is required."},
              {"city", "City is required."},
              {"country", "The country code is two letters, such as GB, DE or US; \"G1\" is not."}});
    a.country = "";
    CHECK(addressProblems(a).back() ==
          FieldProblem{"country", "The country code is required: two letters, such as GB, DE or US."});
    CHECK(problemsText(addressProblems(a)) ==
          "The kind \"home\" is not one of billing, delivery, registered. Line 1 is required. City is required. The "
          "country code is required: two letters, such as GB, DE or US.");
}

TEST_CASE("A country code in lower case is accepted in capitals", "[rules]") {
    CHECK(normalizedCountry(" gb ") == "GB");
    CHECK(normalizedCountry("De") == "DE");
    Address a = goodAddress();
    a.country = "gb";
    CHECK(addressProblems(a).empty());
}

TEST_CASE("A phone number has 6 to 15 digits, spaces, a leading +, - and brackets", "[rules]") {
    CHECK(isPhoneNumber("+44 (0)113 496-0000"));
    CHECK(isPhoneNumber("123456"));
    CHECK(isPhoneNumber("123 456 789 012 345"));
    CHECK_FALSE(isPhoneNumber("12345")); // 5 digits
    CHECK_FALSE(isPhoneNumber("1234567890123456")); // 16 digits
    CHECK_FALSE(isPhoneNumber("0113 496 0000 ext 12"));
    CHECK_FALSE(isPhoneNumber("0113+4960000")); // + only at the start
    CHECK_FALSE(isPhoneNumber("0113/496/0000"));
    Contact c = goodContact();
    c.phone = "call me";
    CHECK(contactProblems(c) == std::vector<FieldProblem>{{"phone", "A phone number has 6 to 15 digits and may have "
                                                                    "spaces, a leading +, -, ( and ); \"call me\" "
                                                                    "does not."}});
}

TEST_CASE("A contact lists a missing name, a bad phone and a bad e-mail together", "[rules]") {
    CHECK(contactProblems(goodContact()).empty());
    Contact c;
    c.name = "";
    c.phone = "12";
    c.email = "sam at acme";
    CHECK(contactProblems(c) ==
          std::vector<FieldProblem>{
              {"name", "Name is required."},
              {"phone", "A phone number has 6 to 15 digits and may have spaces, a leading +, -, ( and ); \"12\" does "
                        "not."},
              {"email", "\"sam at acme\" is not an e-mail address (name@example.com)."}});
    c = Contact{};
    c.name = "Sam";
    CHECK(contactProblems(c) ==
          std::vector<FieldProblem>{{"phone", "A phone number or an e-mail address is required."}});
}

TEST_CASE("A logged contact's dates stay within the allowed ranges", "[rules]") {
    const Date today = Date::ymd(2026, 11, 25);
    ContactLogEntry e;
    e.outcome = ContactOutcome::PromiseToPay;
    e.contactedOn = today;
    e.followUpOn = Date::ymd(2027, 11, 25);
    CHECK(contactLogProblems(e, today).empty());
    e.followUpOn = Date::ymd(2031, 1, 15);
    CHECK(contactLogProblems(e, today) ==
          std::vector<FieldProblem>{{"followUpOn", "2031-01-15 is after the latest follow-up allowed, 2027-11-25."}});
    e.outcome = ContactOutcome::Other;
    e.contactedOn = Date::ymd(2016, 11, 24);
    e.followUpOn = Date::ymd(2016, 11, 23);
    CHECK(contactLogProblems(e, today) ==
          std::vector<FieldProblem>{
              {"note", "A note is required when the outcome is Other: say what came of the contact."},
              {"contactedOn", "2016-11-24 is before the earliest contact date allowed, 2016-11-25."},
              {"followUpOn", "The follow-up 2016-11-23 is before the contact date 2016-11-24."}});
}

TEST_CASE("Each kind of date has its range from today", "[rules]") {
    const Date today = Date::ymd(2026, 11, 25);
    const auto range = [](DateRange r) { return r.earliest.toIso() + ".." + r.latest.toIso(); };
    CHECK(range(followUpDates(today)) == "2016-11-25..2027-11-25");
    CHECK(range(contactDates(today)) == "2016-11-25..2026-11-25");
    CHECK(range(effectiveDates(today)) == "2016-11-25..2027-11-25");
    CHECK(range(importDates(today)) == "2016-11-25..2026-11-25");
    CHECK(range(asOfDates(today)) == "1990-01-01..2027-11-25");
    CHECK(range(followUpDates(Date::ymd(2028, 2, 29))) == "2018-02-28..2029-02-28");
    CHECK(dateRangeProblem(Date::ymd(2027, 11, 25), followUpDates(today), "follow-up") == std::nullopt);
    CHECK(dateRangeProblem(Date::ymd(1989, 12, 31), asOfDates(today), "as-of date") ==
          "1989-12-31 is before the earliest as-of date allowed, 1990-01-01");
}

TEST_CASE("A follow-up is required only while the account is overdue", "[rules]") {
    const Date today = Date::ymd(2026, 11, 25);
    ContactLogEntry e;
    e.outcome = ContactOutcome::NoAnswer;
    e.contactedOn = today;
    CHECK(contactLogProblems(e, today, false).empty());
    CHECK(contactLogProblems(e, today, true) ==
          std::vector<FieldProblem>{
              {"followUpOn", "A follow-up date is required while the account is overdue: when is the next step?"}});
    e.followUpOn = today.addDays(2);
    CHECK(contactLogProblems(e, today, true).empty());
}
