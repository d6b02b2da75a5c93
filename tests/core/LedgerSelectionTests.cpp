// Sorting and filtering the ledger list: hand-built rows, so every order
// below is worked out from the values in the table.
#include "duedesk/reports/LedgerSelection.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {
LedgerRow row(std::string number, std::string name, std::string analyst, std::int64_t balance, std::int64_t overdue,
              int oldest, std::optional<std::int64_t> limit = std::nullopt) {
    LedgerRow r;
    r.id = std::stoi(number.substr(1));
    r.number = std::move(number);
    r.name = std::move(name);
    r.analyst = std::move(analyst);
    r.currency = *Currency::fromCode("GBP");
    r.balance = balance;
    r.overdue = overdue;
    r.oldestDaysPastDue = oldest;
    r.creditLimit = limit;
    if (limit) r.creditUsePercent = static_cast<int>(balance * 100 / *limit);
    // All in the reporting currency: converted amounts are the amounts.
    r.netOverdue = overdue;
    r.balanceConverted = balance;
    r.overdueConverted = r.netOverdueConverted = overdue;
    r.unappliedConverted = 0;
    r.creditLimitConverted = limit;
    return r;
}

// In account-number order, as loadLedgerList returns them.
std::vector<LedgerRow> rows() {
    return {
        row("A1", "delta plc", "amorgan", 50000, 20000, 40, 100000), // use 50%
        row("A2", "Acme Ltd", "bokafor", 30000, 0, 0),
        row("A3", "bravo GmbH", "amorgan", 90000, 20000, 95, 60000), // use 150%
        row("A4", "Charlie SA", "", 0, 0, 0),
        row("A5", "ACME Holdings", "amorgan", 12000, 12000, 12),
    };
}

std::string shownNumbers(const LedgerSelection& s) {
    std::string out;
    for (std::size_t i = 0; i < s.shownCount(); ++i) out += (out.empty() ? "" : " ") + s.shown(i).number;
    return out;
}
} // namespace

TEST_CASE("The ledger selection sorts every column on raw values, ties in number order", "[ledger]") {
    LedgerSelection s;
    s.setRows(rows());
    CHECK(shownNumbers(s) == "A1 A2 A3 A4 A5");
    s.sortBy(LedgerColumn::Overdue, SortOrder::Descending);
    // A1 and A3 tie at 200.00 and keep number order in either direction.
    CHECK(shownNumbers(s) == "A1 A3 A5 A2 A4");
    s.sortBy(LedgerColumn::Overdue, SortOrder::Ascending);
    CHECK(shownNumbers(s) == "A2 A4 A5 A1 A3");
    // Names ignore case: "acme holdings" < "acme ltd" < "bravo" < "charlie" < "delta".
    s.sortBy(LedgerColumn::Name, SortOrder::Ascending);
    CHECK(shownNumbers(s) == "A5 A2 A3 A4 A1");
    s.sortBy(LedgerColumn::Balance, SortOrder::Descending);
    CHECK(shownNumbers(s) == "A3 A1 A2 A5 A4");
    // Accounts without a limit sort below every limit.
    s.sortBy(LedgerColumn::CreditUse, SortOrder::Descending);
    CHECK(shownNumbers(s) == "A3 A1 A2 A4 A5");
    s.sortBy(LedgerColumn::CreditLimit, SortOrder::Ascending);
    CHECK(shownNumbers(s) == "A2 A4 A5 A3 A1");
    // Unassigned ("") first, then by user name.
    s.sortBy(LedgerColumn::Analyst, SortOrder::Ascending);
    CHECK(shownNumbers(s) == "A4 A1 A3 A5 A2");
    s.sortBy(LedgerColumn::OldestDays, SortOrder::Descending);
    CHECK(shownNumbers(s) == "A3 A1 A5 A2 A4");

    // Accounts never contacted sort below every date.
    std::vector<LedgerRow> contacted = rows();
    contacted[1].lastContact = Date::ymd(2026, 6, 1);
    contacted[3].lastContact = Date::ymd(2026, 6, 20);
    contacted[3].nextFollowUp = Date::ymd(2026, 6, 27);
    s.setRows(std::move(contacted));
    CHECK(shownNumbers(s) == "A3 A1 A5 A2 A4"); // the sort key stays
    s.sortBy(LedgerColumn::LastContact, SortOrder::Descending);
    CHECK(shownNumbers(s) == "A4 A2 A1 A3 A5");
    s.sortBy(LedgerColumn::NextFollowUp, SortOrder::Ascending);
    CHECK(shownNumbers(s) == "A1 A2 A3 A5 A4");
}

TEST_CASE("The ledger selection filters in the sort order and keeps it", "[ledger]") {
    LedgerSelection s;
    s.setRows(rows());
    s.sortBy(LedgerColumn::Balance, SortOrder::Descending);
    LedgerFilter mine;
    mine.analyst = "amorgan";
    s.setFilter(mine);
    CHECK(shownNumbers(s) == "A3 A1 A5");
    CHECK(s.totalCount() == 5);
    CHECK(s.positionOf(1) == std::optional<std::size_t>(1));
    CHECK_FALSE(s.positionOf(2));

    // Typing on narrows; deleting widens again from all rows.
    LedgerFilter typed = mine;
    typed.text = "AC";
    s.setFilter(typed);
    CHECK(shownNumbers(s) == "A5");
    typed.text = "acme h";
    s.setFilter(typed);
    CHECK(shownNumbers(s) == "A5");
    typed.text = "";
    typed.analyst.reset();
    s.setFilter(typed);
    CHECK(shownNumbers(s) == "A3 A1 A2 A5 A4");
    // A sort after a filter keeps the filter.
    LedgerFilter overLimit;
    overLimit.overCreditLimitOnly = true;
    s.setFilter(overLimit);
    s.sortBy(LedgerColumn::Number, SortOrder::Descending);
    CHECK(shownNumbers(s) == "A3");
}

TEST_CASE("A filter narrows another only with the same choices and a longer search", "[ledger]") {
    LedgerFilter wide;
    wide.text = "Ac";
    LedgerFilter narrow = wide;
    narrow.text = "xACme";
    CHECK(filterNarrows(wide, narrow));
    CHECK_FALSE(filterNarrows(narrow, wide));
    narrow.riskClass = "C";
    CHECK_FALSE(filterNarrows(wide, narrow));
    LedgerFilter any;
    CHECK(filterNarrows(any, wide));
}
