// SAP FBL5N lists as SAP GUI prints them and saves them "unconverted":
// per-customer blocks that repeat the title and header, `*` subtotals and
// `**` grand totals, short labels, local-currency columns, quotes in text.
// Imported and aged as of 2026-06-30; days past due are worked out in the
// comments.
#include "duedesk/importing/ImportProfiles.h"
#include "duedesk/importing/MappingFile.h"
#include "duedesk/importing/TextSource.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "support/AgingExpect.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Date kJune30 = Date::ymd(2026, 6, 30);

std::string erp(const std::string& name) { return testDataPath("erp/" + name); }

ImportMapping sap() { return *builtInProfile("sap-fbl5n"); }

ImportResult importInto(LedgerDatabase& db, const std::string& text, const std::string& label,
                        std::size_t readBlockSize = TextSource::kBlockSize) {
    ImportOptions o;
    o.effectiveOn = kJune30;
    o.readBlockSize = readBlockSize;
    return ImportService(db).importText(text, label, sap(), o, operatorActor());
}

std::vector<std::string> agingByAccount(LedgerDatabase& db) {
    AgingOptions o;
    o.asOf = kJune30;
    o.grouping = OpenItemGrouping::Account;
    return describeRows(computeAging(db, o).rows);
}

std::vector<std::string> problems(const ImportResult& r) {
    std::vector<std::string> out;
    for (const ImportProblem& p : r.problems.kept()) out.push_back(p.describe("f"));
    return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("SAP list in blocks: repeated headers, subtotals, grand total, local currency", "[import][erp][sap]") {
    // Read in blocks of every size, so lines, frames and totals straddle them.
    const std::size_t block = GENERATE(std::size_t{7}, std::size_t{64}, TextSource::kBlockSize);
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const ImportResult r =
        importInto(*db, readFile(erp("sap-fbl5n-en-blocks-local-currency.txt")), "blocks.txt", block);
    CHECK(problems(r).empty());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.rowsRead == 7);
    // 100001: RV due 07-01 current; RV due 05-15, 46 days; DZ 500,00- unapplied.
    // 100004: RV due 03-31, 91 days; DR due 06-19, 11 days; DG 45,67- unapplied.
    // 100007: RV due 02-14, 136 days.
    CHECK(agingByAccount(*db) == std::vector<std::string>{
                                     "100001 EUR | 1234.56 0.00 12000.00 0.00 0.00 0.00 | -500.00 | 12734.56",
                                     "100004 EUR | 0.00 1000.00 0.00 0.00 2345.67 0.00 | -45.67 | 3300.00",
                                     "100007 EUR | 0.00 0.00 0.00 0.00 0.00 99.99 | 0.00 | 99.99",
                                 });
    // Reference wins over Assignment when the layout has both.
    const auto account = db->accounts().findByNumber("100001");
    REQUIRE(account);
    CHECK(db->documents().findByKey(account->id, DocumentType::Invoice, "1800000012")->reference == "INV-7001");
}

TEST_CASE("German SAP list in Windows-1252 with document and local currency columns", "[import][erp][sap]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const ImportResult r = importInto(*db, readFile(erp("sap-fbl5n-de-blocks-1252.txt")), "bloecke.txt");
    CHECK(problems(r).empty());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.rowsRead == 6);
    // "Betrag in BW" (document currency) wins over "Betrag in HW": the USD
    // invoice stays 1.000,00 USD, not its 920,00 EUR.
    // 200001 EUR: RV due 06-01, 29 days; DZ 1.000,00- unapplied.
    // 200001 USD: RV due 07-10 current; DG 200,00- unapplied.
    // 200002 EUR: RV due 03-03, 119 days; RV due 07-20 current.
    CHECK(agingByAccount(*db) == std::vector<std::string>{
                                     "200001 EUR | 0.00 2500.00 0.00 0.00 0.00 0.00 | -1000.00 | 1500.00",
                                     "200001 USD | 1000.00 0.00 0.00 0.00 0.00 0.00 | -200.00 | 800.00",
                                     "200002 EUR | 250.50 0.00 0.00 0.00 10000.00 0.00 | 0.00 | 10250.50",
                                 });
    // No "Name 1" in the layout: accounts are named by their number.
    CHECK(db->accounts().findByNumber("200002")->name == "200002");
}

TEST_CASE("A tampered SAP subtotal rejects the list and leaves the ledger alone", "[import][erp][sap]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    REQUIRE(importInto(*db, readFile(erp("sap-fbl5n-de-blocks-1252.txt")), "bloecke.txt").outcome ==
            ImportOutcome::Imported);
    const std::string before = dumpDatabase(db->path());

    const ImportResult r = importInto(*db, readFile(erp("sap-fbl5n-en-tampered-subtotal.txt")), "f");
    CHECK(r.outcome == ImportOutcome::Rejected);
    CHECK(problems(r) == std::vector<std::string>{
                             "f:28: Amt in loc.cur.: the subtotal 3.030,00 EUR does not match the 3 rows above it "
                             "(3.300,00 EUR)",
                         });
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("SAP totals are checked per currency and level", "[import][erp][sap]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string list = readFile(erp("sap-fbl5n-de-blocks-1252.txt"));

    SECTION("a row edited: its block's subtotal and the grand total both disagree") {
        const std::string edited = replaced(list, "|      2.500,00|EUR  |", "|      2.600,00|EUR  |");
        CHECK(problems(importInto(*db, edited, "f")) ==
              std::vector<std::string>{
                  "f:13: Betrag in BW: the subtotal 1.500,00 EUR does not match the 2 rows above it (1.600,00 EUR)",
                  "f:30: Betrag in BW: the total 11.750,50 EUR does not match the 4 rows above it (11.850,50 EUR)",
              });
    }
    SECTION("a currency's total line removed") {
        const std::string edited =
            replaced(list,
                     "|*         |          |  |          |          |        800,00|USD  |        736,00|EUR  |"
                     "                |\n",
                     "");
        CHECK(problems(importInto(*db, edited, "f")) ==
              std::vector<std::string>{"f:13: Betrag in BW: the subtotal has no USD line, but the 2 rows above it add "
                                       "up to 800,00 USD"});
    }
    SECTION("the last block cut off after its rows") {
        const std::string cut = list.substr(0, list.find("|*         |          |  |          |          |     "
                                                         "10.250,50"));
        CHECK(problems(importInto(*db, cut, "f")) ==
              std::vector<std::string>{"f:24: file: no total line follows the 2 rows from this line on, as one "
                                       "follows every block above: the list looks cut short"});
    }
    SECTION("a credit made a debit: the row and the totals it upsets") {
        const std::string edited = replaced(list, "|       200,00-|USD  |", "|       200,00 |USD  |");
        CHECK(problems(importInto(*db, edited, "f")) ==
              std::vector<std::string>{
                  "f:11: Betrag in BW: \"200,00\" is positive, but \"DG\" is a credit type",
                  "f:14: Betrag in BW: the subtotal 800,00 USD does not match the 2 rows above it (1.200,00 USD)",
                  "f:31: Betrag in BW: the total 800,00 USD does not match the 2 rows above it (1.200,00 USD)",
              });
    }
    CHECK(agingByAccount(*db).empty());
}

TEST_CASE("Quotes in an unconverted SAP list are text, not CSV quoting", "[import][erp][sap]") {
    const std::size_t block = GENERATE(std::size_t{5}, std::size_t{64}, TextSource::kBlockSize);
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const ImportResult r = importInto(*db, readFile(erp("sap-fbl5n-en-quotes.txt")), "quotes.txt", block);
    CHECK(problems(r).empty());
    REQUIRE(r.outcome == ImportOutcome::Imported);
    const auto account = db->accounts().findByNumber("100010");
    REQUIRE(account);
    CHECK(account->name == "\"Blue Sky\" Traders");
    const auto reference = [&](const std::string& document) {
        return db->documents().findByKey(account->id, DocumentType::Invoice, document)->reference;
    };
    CHECK(reference("1800000501") == "5\" pipe");
    CHECK(reference("1800000502") == "\"ACME\" order");
    CHECK(reference("1800000503") == "12\" x 3/4\"");
    CHECK(reference("1800000504") == "\"");
}

TEST_CASE("SAP short, medium and long labels are recognised in English and German", "[import][erp][sap]") {
    const auto recognised = [](const std::string& header) {
        const auto r = recogniseProfile("Title\n" + header + "\n");
        return r ? r->mapping.profileName + "@" + std::to_string(r->headerLine) : std::string("none");
    };
    CHECK(recognised("|Customer|DocumentNo|Type|Doc. Date|Net due dt|Amt in loc.cur.|LCurr|") == "sap-fbl5n@2");
    CHECK(recognised("|Account|Document Number|Document Type|Document Date|Net Due Date|Amount in local currency|"
                     "Local Currency|") == "sap-fbl5n@2");
    CHECK(recognised("Konto\tBelegnr.\tBA\tBelegdat.\tNettofäll.\tBetrag in HW\tHWähr") == "sap-fbl5n@2");
    CHECK(recognised("Konto;Belegnummer;Belegart;Belegdatum;Nettofälligkeit;Betrag in BW;Währg") == "sap-fbl5n@2");
    // A local amount is never read with a document currency code.
    CHECK(recognised("|Customer|DocumentNo|Type|Doc. Date|Amt in loc.cur.|Curr.|") == "none");
}

TEST_CASE("Fallback columns and total checks are checked in mapping files", "[import][erp][sap]") {
    const std::string rest = "[columns]\naccount = \"A\"\ndocument = \"D\"\ntype = \"T\"\ndocument_date = \"DD\"\n"
                             "currency = \"C\"\namount = \"M\"\n[types]\ninvoice = \"I\"\n";
    const auto error = [](const std::string& text) {
        try {
            parseMapping(text, "m.toml");
        } catch (const MappingError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK(error("name = \"x\"\n" + rest + "[fallback_columns]\namount = \"L\"\ncurrency = \"LC\"\n") == "(accepted)");
    CHECK(error("name = \"x\"\n" + rest + "[fallback_columns]\nanalyst = \"Collector\"\n") ==
          "m.toml:12: fallback_columns.analyst: stands in for no [columns] entry");
    CHECK(error("name = \"x\"\n[file]\ncheck_totals = true\n" + rest) ==
          "m.toml:3: file.check_totals: needs skip_rows_starting_with (the total lines)");
    CHECK(error("name = \"x\"\n[file]\nskip_rows_starting_with = \"*\"\ncheck_totals = true\n" + rest) ==
          "m.toml:4: file.check_totals: needs values.signed_amounts = true (totals add signed amounts)");
}
