// duedesk-cli audit: the chain of a ledger worked from the command line
// verifies; a record edited in the file by hand is named with the last
// record that still matches; the export holds every record exactly and
// only for those who may read it.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

// The hash, the last CSV field of an export row.
std::string hashOf(const std::string& row) { return row.substr(row.rfind(',') + 1); }

} // namespace

TEST_CASE("CLI: audit verify passes on a worked ledger and names a record edited by hand", "[cli][audit]") {
    TempDir dir;
    const std::string db = dir.file("hand.db");
    const std::string at = "--db " + q(db) + " ";
    REQUIRE(runCli(at + "users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli(at + "users add bokafor").exitCode == 0);
    REQUIRE(runCli(at + "users add hreid --role team_leader").exitCode == 0);
    REQUIRE(runCli(at + "import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30").exitCode == 0);
    REQUIRE(runCli(at + "settings reporting-currency GBP").exitCode == 0);

    const CliRun exported = runCli(at + "audit export --from 2000-01-01 --to 2100-12-31 --user hreid");
    REQUIRE(exported.exitCode == 0);
    const auto rows = lines(exported.out);
    // The three users, the import run begun and finished, the setting.
    REQUIRE(rows.size() == 7);
    CHECK(rows[0] == "id,at,actor,entity,action,key,before,after,previous_hash,hash");
    CHECK(rows[1].rfind("1,", 0) == 0);
    CHECK(rows[1].find(",command line,users,insert,1,,") != std::string::npos);
    CHECK(rows[3].find(",command line,users,insert,3,,") != std::string::npos);
    CHECK(rows[4].find(",command line,import_runs,insert,1,,") != std::string::npos);
    CHECK(rows[5].find(",command line,import_runs,update,1,") != std::string::npos);
    CHECK(rows[6].find(",command line,settings,insert,reporting_currency,,") != std::string::npos);

    const CliRun verified = runCli(at + "audit verify");
    CHECK(verified.err.empty());
    CHECK(verified.out == db + ": audit trail intact, 6 records\nlast record 6, hash " + hashOf(rows[6]) + "\n");

    const CliRun anchored = runCli(at + "audit verify --expect 6:" + hashOf(rows[6]));
    CHECK(anchored.exitCode == 0);
    const CliRun badAnchor = runCli(at + "audit verify --expect 6");
    CHECK(badAnchor.exitCode == 2);
    CHECK(badAnchor.err == "duedesk-cli: --expect \"6\" is not ID:HASH (a record id, a colon, 64 hex digits)\n");

    execSql(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE id = 3");
    const CliRun broken = runCli(at + "audit verify");
    CHECK(broken.exitCode == 3);
    CHECK(broken.out.empty());
    CHECK(broken.err == "duedesk-cli: " + db +
                            ": audit trail broken at record 3: record 3 does not match its hash: it was changed "
                            "after it was written\nduedesk-cli: records 1 to 2 match; the last of them has hash " +
                            hashOf(rows[2]) + "\n");
}

TEST_CASE("CLI: audit export is for team leaders and administrators", "[cli][audit]") {
    TempDir dir;
    const std::string db = dir.file("a.db");
    const std::string at = "--db " + q(db) + " ";
    REQUIRE(runCli(at + "users add amorgan").exitCode == 0);
    const CliRun analyst = runCli(at + "audit export --from 2026-11-01 --to 2026-11-30 --user amorgan");
    CHECK(analyst.exitCode == 1);
    CHECK(analyst.out.empty());
    CHECK(analyst.err == "duedesk-cli: amorgan (analyst) may not read the audit trail\n");

    const CliRun backwards = runCli(at + "audit export --from 2026-11-30 --to 2026-11-01");
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err == "duedesk-cli: --to 2026-11-01 is before --from 2026-11-30\n");

    const std::string file = dir.file("audit.json");
    const CliRun json = runCli(at + "audit export --from 2000-01-01 --to 2100-12-31 --format json --output " + q(file));
    CHECK(json.exitCode == 0);
    CHECK(json.out == "1 audit record from 2000-01-01 to 2100-12-31 written to " + file + "\n");
    const std::string text = readFile(file);
    CHECK(text.find("\"entity\": \"users\"") != std::string::npos);
    CHECK(text.find("\"actor\": \"command line\"") != std::string::npos);
}
