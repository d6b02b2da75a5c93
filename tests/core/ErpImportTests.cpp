// ERP export profiles: files as SAP, NetSuite and Oracle write them, and a
// user's own mapping, imported and aged as of 2026-06-30. Days past due
// for each expected bucket are worked out in the comments.
#include "duedesk/importing/ImportProfiles.h"
#include "duedesk/importing/MappingFile.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/storage/AccountRepository.h"
#include "support/AgingExpect.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const Date kJune30 = Date::ymd(2026, 6, 30);

std::string erp(const std::string& name) { return testDataPath("erp/" + name); }

struct Imported {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db;
    ImportResult result;
};

std::unique_ptr<Imported> importWith(const std::string& file, const ImportMapping& mapping) {
    auto out = std::make_unique<Imported>();
    out->db = LedgerDatabase::open(out->dir.file("ledger.db"));
    ImportOptions o;
    o.effectiveOn = kJune30;
    out->result = ImportService(*out->db).importFile(erp(file), mapping, o, operatorActor());
    return out;
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

std::string accountName(LedgerDatabase& db, const std::string& number) {
    return db.accounts().findByNumber(number)->name;
}

} // namespace

TEST_CASE("SAP FBL5N unconverted list: frame, rules, totals and trailing minus", "[import][erp]") {
    auto i = importWith("sap-fbl5n-en-unconverted.txt", *builtInProfile("sap-fbl5n"));
    REQUIRE(i->result.outcome == ImportOutcome::Imported);
    CHECK(i->result.counts.rowsRead == 5);
    // 100001 EUR: RV due 07-01 current; RV due 05-15, 46 days; DZ 500,00- unapplied.
    // 100002 GBP: DR due 04-09, 82 days; DG 100,00- unapplied.
    CHECK(agingByAccount(*i->db) == std::vector<std::string>{
                                        "100001 EUR | 1234.56 0.00 12000.00 0.00 0.00 0.00 | -500.00 | 12734.56",
                                        "100002 GBP | 0.00 0.00 0.00 850.00 0.00 0.00 | -100.00 | 750.00",
                                    });
    CHECK(accountName(*i->db, "100002") == "Brightline Retail Ltd");
}

TEST_CASE("SAP FBL5N German spreadsheet text in UTF-16", "[import][erp]") {
    auto i = importWith("sap-fbl5n-de-spreadsheet-utf16.txt", *builtInProfile("sap-fbl5n"));
    REQUIRE(i->result.outcome == ImportOutcome::Imported);
    // 200001: RV due 06-01, 29 days; DZ 1.000,00- unapplied. 200002: RV due 07-20.
    CHECK(agingByAccount(*i->db) == std::vector<std::string>{
                                        "200001 EUR | 0.00 2500.00 0.00 0.00 0.00 0.00 | -1000.00 | 1500.00",
                                        "200002 EUR | 99.90 0.00 0.00 0.00 0.00 0.00 | 0.00 | 99.90",
                                    });
    CHECK(accountName(*i->db, "200001") == "Müller & Söhne KG");
    CHECK(accountName(*i->db, "200002") == "Bäckerei Größl GmbH");
}

TEST_CASE("SAP FBL5N German, semicolons, Windows-1252", "[import][erp]") {
    auto i = importWith("sap-fbl5n-de-semicolon-1252.csv", *builtInProfile("sap-fbl5n"));
    REQUIRE(i->result.outcome == ImportOutcome::Imported);
    // RV due 01-31: 150 days; DG 250,50- unapplied.
    CHECK(agingByAccount(*i->db) ==
          std::vector<std::string>{"300001 EUR | 0.00 0.00 0.00 0.00 0.00 10000.00 | -250.50 | 9749.50"});
    CHECK(accountName(*i->db, "300001") == "Jürgen Weiß Fahrzeugbau");
}

TEST_CASE("NetSuite saved search: symbols, parentheses, thousands, customer as number and name", "[import][erp]") {
    auto i = importWith("netsuite-open-items.csv", *builtInProfile("netsuite"));
    REQUIRE(i->result.outcome == ImportOutcome::Imported);
    // C-1001: INV10001 due 07-01 current; INV10002 750.00 remaining, due
    // 05-15, 46 days; credit memo (200.00). C-1002: INV10003 due 03-31, 91
    // days; payment (1,000.00). C-1003: a customer deposit of 300.00 CAD.
    CHECK(agingByAccount(*i->db) == std::vector<std::string>{
                                        "C-1001 USD | 1234.56 0.00 750.00 0.00 0.00 0.00 | -200.00 | 1784.56",
                                        "C-1002 USD | 0.00 0.00 0.00 0.00 5000.00 0.00 | -1000.00 | 4000.00",
                                        "C-1003 CAD | 0.00 0.00 0.00 0.00 0.00 0.00 | -300.00 | -300.00",
                                    });
    CHECK(accountName(*i->db, "C-1002") == "Zenith Partners LLC");
}

TEST_CASE("Oracle Receivables register: DD-MON-YYYY, classes INV DM CM PMT", "[import][erp]") {
    auto i = importWith("oracle-ar-open-items.csv", *builtInProfile("oracle-ar"));
    REQUIRE(i->result.outcome == ImportOutcome::Imported);
    // 5001: INV due 07-01 current; DM due 06-14, 16 days; CM -500.00.
    // 5002: INV 1,500.00 remaining, due 03-12, 110 days; PMT -250.00 remaining.
    CHECK(agingByAccount(*i->db) == std::vector<std::string>{
                                        "5001 USD | 12500.00 250.00 0.00 0.00 0.00 0.00 | -500.00 | 12250.00",
                                        "5002 GBP | 0.00 0.00 0.00 0.00 1500.00 0.00 | -250.00 | 1250.00",
                                    });
    CHECK(accountName(*i->db, "5002") == "Initech Ltd");
}

TEST_CASE("A user's mapping file imports a format Duedesk does not ship", "[import][erp]") {
    const ImportMapping mapping = loadMappingFile(erp("custom-mapping.toml"));
    CHECK(mapping.profileName == "sage-audit-trail");
    auto i = importWith("custom-export.txt", mapping);
    REQUIRE(i->result.outcome == ImportOutcome::Imported);
    // SI-501 due 05-31: 30 days; SR-77 unapplied.
    CHECK(agingByAccount(*i->db) ==
          std::vector<std::string>{"ACME01 GBP | 0.00 1200.00 0.00 0.00 0.00 0.00 | -300.00 | 900.00"});
}

TEST_CASE("Bad SAP rows are reported with SAP's own column names", "[import][erp]") {
    auto i = importWith("sap-fbl5n-bad.txt", *builtInProfile("sap-fbl5n"));
    CHECK(i->result.outcome == ImportOutcome::Rejected);
    CHECK(problems(i->result) == std::vector<std::string>{
                                     "f:6: Type: \"AB\" is not one of RV, DR, DG, DZ",
                                     "f:7: Amount in DC: \"10,00\" is positive, but \"DZ\" is a credit type",
                                     "f:8: Amount in DC: \"1.234,567\" has more decimal places than EUR allows (2)",
                                     "f:9: Doc. Date: \"31.02.2026\" is not a valid date (DD.MM.YYYY)",
                                     "f:10: Amount in DC: \"10,00-\" is negative, but \"RV\" is an invoice type",
                                 });
    CHECK(dumpDatabase(i->db->path()).find("[accounts]\n[") != std::string::npos); // nothing written
}

TEST_CASE("Bad NetSuite and Oracle rows are reported exactly", "[import][erp]") {
    auto ns = importWith("netsuite-bad.csv", *builtInProfile("netsuite"));
    CHECK(problems(ns->result) ==
          std::vector<std::string>{
              "f:2: Date: \"13/1/2026\" is not a valid date (M/D/YYYY)",
              "f:3: Amount: \"($5.00)\" is negative, but \"Invoice\" is an invoice type",
              "f:4: Amount Remaining: \"$20.00\" is more than the amount \"$10.00\"",
              "f:5: Type: \"Sales Order\" is not one of Invoice, Credit Memo, Payment, Customer Deposit",
              "f:6: Amount: \"$1O.00\" is not a decimal number",
          });
    auto ora = importWith("oracle-ar-bad.csv", *builtInProfile("oracle-ar"));
    CHECK(problems(ora->result) ==
          std::vector<std::string>{
              "f:2: Transaction Date: \"31-FEB-2026\" is not a valid date (DD-MON-YYYY)",
              "f:3: Class: \"ADJ\" is not one of INV, DM, CM, PMT",
              "f:4: Amount Due Remaining: \"50.00\" has the opposite sign of the amount \"-100.00\"",
              "f:5: Transaction Date: \"2026-06-01\" is not a valid date (DD-MON-YYYY)",
          });
}

TEST_CASE("A file without the profile's header says which columns it looked for", "[import][erp]") {
    auto i = importWith("oracle-ar-open-items.csv", *builtInProfile("sap-fbl5n"));
    CHECK(problems(i->result) ==
          std::vector<std::string>{"f:1: header: no header line naming the sap-fbl5n columns (Account, Document "
                                   "Number, Document Type, Document Date, Document currency, Amount in Doc. Curr.) "
                                   "was found in the first 100 lines"});
}

TEST_CASE("ERP imports are idempotent and snapshots close what the ERP no longer lists", "[import][erp]") {
    auto i = importWith("oracle-ar-open-items.csv", *builtInProfile("oracle-ar"));
    const std::string before = dumpDatabase(i->db->path());
    ImportOptions o;
    o.effectiveOn = Date::ymd(2026, 7, 1);
    CHECK(ImportService(*i->db)
              .importFile(erp("oracle-ar-open-items.csv"), *builtInProfile("oracle-ar"), o, operatorActor())
              .outcome == ImportOutcome::Unchanged);
    CHECK(dumpDatabase(i->db->path()) == before);

    // On July 31 the ERP lists only Globex's invoice 10045.
    const std::string snapshot =
        "Customer Number,Customer Name,Transaction Number,Class,Transaction Date,Due Date,Currency,Original Amount,"
        "Amount Due Remaining\n5001,Globex "
        "Corporation,10045,INV,01-JUN-2026,01-JUL-2026,USD,\"12,500.00\",\"12,500.00\"\n";
    o.effectiveOn = Date::ymd(2026, 7, 31);
    o.snapshot = true;
    const ImportResult r =
        ImportService(*i->db).importText(snapshot, "snap.csv", *builtInProfile("oracle-ar"), o, operatorActor());
    CHECK(r.counts.documentsClosed == 4);
    CHECK(agingByAccount(*i->db).size() == 2); // June 30 unchanged
}

TEST_CASE("Profile recognition names the profile and its header line", "[import][erp]") {
    const auto recognised = [](const std::string& path) {
        const auto r = recogniseProfile(readFile(path));
        return r ? r->mapping.profileName + "@" + std::to_string(r->headerLine) : std::string("none");
    };
    CHECK(recognised(erp("sap-fbl5n-en-unconverted.txt")) == "sap-fbl5n@7");
    CHECK(recognised(erp("sap-fbl5n-de-spreadsheet-utf16.txt")) == "sap-fbl5n@1");
    CHECK(recognised(erp("sap-fbl5n-de-semicolon-1252.csv")) == "sap-fbl5n@1");
    CHECK(recognised(erp("netsuite-open-items.csv")) == "netsuite@1");
    CHECK(recognised(erp("oracle-ar-open-items.csv")) == "oracle-ar@1");
    CHECK(recognised(testDataPath("hand-ledger.csv")) == "generic@1");
    CHECK(recognised(erp("custom-export.txt")) == "none");
}

TEST_CASE("Mapping file mistakes are reported with line and key", "[import][erp]") {
    const std::string columns = "[columns]\naccount = \"A\"\ndocument = \"D\"\ntype = \"T\"\ndocument_date = \"DD\"\n"
                                "currency = \"C\"\namount = \"M\"\n[types]\ninvoice = \"I\"\n";
    const auto error = [](const std::string& text) {
        try {
            parseMapping(text, "m.toml");
        } catch (const MappingError& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    CHECK(error("name = \"x\"\n" + columns) == "(accepted)");
    CHECK(error("name = \"x\"\n[values]\ndecimal_pont = \",\"\n" + columns) ==
          "m.toml:3: values.decimal_pont: unknown key");
    CHECK(error("name = \"x\"\n[values]\ndate_format = \"QQ\"\n" + columns) ==
          "m.toml:3: values.date_format: \"QQ\" needs a year (YYYY), a month (MM, M or MON) and a day (DD or D)");
    CHECK(error("name = \"x\"\n[file]\nencoding = \"latin-9\"\n" + columns) ==
          "m.toml:3: file.encoding: must be utf-8, utf-16, windows-1252 or auto");
    CHECK(error("name = \"x\"\n[values]\ndecimal_point = \",\"\nthousands_separator = \",\"\n" + columns) ==
          "m.toml:4: values.thousands_separator: must differ from the decimal point");
    CHECK(error("name = \"x\"\n" + columns + "bill = \"B\"\n") ==
          "m.toml:11: types.bill: unknown type (invoice, credit_note, payment or adjustment)");
    CHECK(error("name = \"x\"\n[columns]\naccount = \"A\"\ncolour = \"C\"\n") ==
          "m.toml:4: columns.colour: unknown field");
    CHECK(error("name = \"x\"\n[columns]\naccount = \"A\"\n[types]\ninvoice = \"I\"\n") ==
          "m.toml:2: columns.document: is required");
    CHECK(error("name = \n").starts_with("m.toml:1: syntax: "));
    CHECK(error(columns) == "m.toml:1: name: is required");
}
