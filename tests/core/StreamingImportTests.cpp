// The import reads its file block by block: problems keep their lines,
// progress is the bytes read, and cancelling or refusing the file part way
// through leaves the database exactly as it was.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/ImportService.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

const char* const kHeader = "account,account_name,document,type,document_date,due_date,currency,amount\n";

std::string bulkRow(int i) {
    return "B" + std::to_string(i % 50) + ",Bulk Ltd,D" + std::to_string(i) +
           ",invoice,2026-06-01,2026-07-01,GBP,1.00\n";
}

std::vector<std::string> described(const ImportResult& r) {
    std::vector<std::string> out;
    for (const ImportProblem& p : r.problems.kept()) out.push_back(p.describe("bad.csv"));
    return out;
}

ImportResult importInBlocks(LedgerDatabase& db, const std::string& text, std::size_t blockSize,
                            const ImportProgressCallback& progress = {}) {
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 6, 30);
    options.readBlockSize = blockSize;
    MemoryBytes bytes(text, blockSize);
    return ImportService(db).importBytes(bytes, "bad.csv", genericMapping(), options, operatorActor(), progress);
}

} // namespace

TEST_CASE("Problems keep their lines when the file is read in tiny blocks", "[import][stream]") {
    const std::vector<std::string> expected = {
        "bad.csv:3: type: \"bill\" is not one of invoice, credit_note, payment",
        "bad.csv:4: document_date: \"2026-02-30\" is not a valid date (YYYY-MM-DD)",
        "bad.csv:5: due_date: is required for invoices",
        "bad.csv:6: currency: \"GBX\" is not an ISO 4217 currency code",
        "bad.csv:7: amount: \"12.345\" has more decimal places than GBP allows (2)",
        "bad.csv:8: amount: \"1,000.00\" is not a decimal number",
        "bad.csv:9: amount: must be positive: \"-5.00\"",
        "bad.csv:10: open_amount: \"6.00\" is more than the amount \"5.00\"",
        "bad.csv:11: document: \"INV-1\" is listed twice for this account and type (also on line 2)",
        "bad.csv:12: account_name: is required for the new account \"A9\"",
        "bad.csv:13: account: is empty",
        "bad.csv:14: due_date: 2026-05-01 is before the document date 2026-06-01",
        "bad.csv:15: row: has 7 fields, the header has 9",
        "bad.csv:16: amount: \"5.5\" has more decimal places than JPY allows (0)",
        "bad.csv:17: amount: must be positive: \"0\"",
        "bad.csv:18: account_name: \"Other Name\" differs from \"Acme Ltd\" on line 2",
        "bad.csv:19: open_amount: must not be negative: \"-1.00\"",
        "bad.csv:20: open_amount: \"x\" is not a decimal number",
        "bad.csv:22: document_date: \"June 1st\" is not a valid date (YYYY-MM-DD)",
    };
    const std::string text = readFile(testDataPath("bad-rows.csv"));
    for (std::size_t block : {std::size_t(7), std::size_t(16), std::size_t(1000)}) {
        INFO("block " << block);
        TempDir dir;
        auto db = openHandLedger(dir.file("ledger.db"));
        const std::string before = dumpDatabase(db->path());
        const ImportResult r = importInBlocks(*db, text, block);
        CHECK(r.outcome == ImportOutcome::Rejected);
        CHECK(described(r) == expected);
        CHECK(dumpDatabase(db->path()) == before);
    }
}

TEST_CASE("A document listed twice names its first line, however far back", "[import][stream]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    std::string text = kHeader;
    for (int i = 0; i < 3000; ++i) text += bulkRow(i);
    text += "B7,Bulk Ltd,D7,invoice,2026-06-01,2026-07-01,GBP,1.00\n" // line 3002: D7 was on line 9
            "B7,Bulk Ltd,D2007,invoice,2026-06-01,2026-07-01,GBP,1.00\n"
            "B7,Bulk Ltd,D7,invoice,2026-06-01,2026-07-01,GBP,1.00\n";
    for (std::size_t block : {std::size_t(7), TextSource::kBlockSize}) {
        INFO("block " << block);
        const ImportResult r = importInBlocks(*db, text, block);
        CHECK(described(r) ==
              std::vector<std::string>{
                  "bad.csv:3002: document: \"D7\" is listed twice for this account and type (also on line 9)",
                  "bad.csv:3003: document: \"D2007\" is listed twice for this account and type (also on line 2009)",
                  "bad.csv:3004: document: \"D7\" is listed twice for this account and type (also on line 9)",
              });
    }
}

TEST_CASE("Progress is the bytes of the file read, and cancelling mid-file writes nothing", "[import][stream]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    std::string text = kHeader;
    std::size_t endOfRow8192 = 0;
    for (int i = 0; i < 20000; ++i) {
        text += bulkRow(i);
        if (i == 8191) endOfRow8192 = text.size();
    }
    std::vector<ImportProgress> reports;
    const ImportResult r = importInBlocks(*db, text, 4096, [&](const ImportProgress& p) {
        reports.push_back(p);
        return false;
    });
    CHECK(r.outcome == ImportOutcome::Cancelled);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].rows == 8192);
    CHECK(reports[0].bytesTotal == text.size());
    // Read as far as the row, and at most one buffer beyond it.
    CHECK(reports[0].bytesDone >= endOfRow8192);
    CHECK(reports[0].bytesDone <= endOfRow8192 + 2 * 4096);
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("A file import reports every byte read at the end", "[import][stream]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    std::string text = kHeader;
    for (int i = 0; i < 10000; ++i) text += bulkRow(i);
    writeFile(dir.file("bulk.csv"), text);
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 6, 30);
    options.readBlockSize = 4096;
    std::vector<std::size_t> done;
    const ImportResult r = ImportService(*db).importFile(dir.file("bulk.csv"), genericMapping(), options,
                                                         operatorActor(), [&](const ImportProgress& p) {
                                                             CHECK(p.bytesTotal == text.size());
                                                             done.push_back(p.bytesDone);
                                                             return true;
                                                         });
    CHECK(r.outcome == ImportOutcome::Imported);
    CHECK(r.counts.documentsCreated == 10000);
    REQUIRE(done.size() == 2); // at 8,192 rows and before the commit
    CHECK(done[0] < text.size());
    CHECK(done[1] == text.size());
}

TEST_CASE("Invalid UTF-8 deep in a file is refused with its line before any row", "[import][stream]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const std::string before = dumpDatabase(db->path());
    std::string text = kHeader;
    for (int i = 0; i < 20000; ++i)
        text += i == 14999 ? "B1,M\xFCller GmbH,X1,invoice,2026-06-01,2026-07-01,GBP,1.00\n" : bulkRow(i);
    for (std::size_t block : {std::size_t(7), TextSource::kBlockSize}) {
        INFO("block " << block);
        int reports = 0;
        const ImportResult r = importInBlocks(*db, text, block, [&](const ImportProgress&) {
            ++reports;
            return true;
        });
        CHECK(r.outcome == ImportOutcome::Rejected);
        CHECK(described(r) == std::vector<std::string>{"bad.csv:15001: file: is not valid UTF-8 text (check the "
                                                       "file's encoding or the profile)"});
        CHECK(r.counts.rowsRead == 0);
        CHECK(reports == 0);
        CHECK(dumpDatabase(db->path()) == before);
    }
}
