// The application log as duedesk-cli writes it: where it goes, what an
// import, a refusal and an error leave in it, and what --log-level hides.
#include "duedesk/storage/LedgerDatabase.h"
#include "support/TestSupport.h"

#include <sqlite3.h>

#include <filesystem>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

using Lines = std::vector<std::string>;

std::string q(const std::string& s) { return "'" + s + "'"; }

std::string started(const std::string& db) {
    return std::string("info: started version ") + DUEDESK_EXPECTED_VERSION + "; database " + db;
}

} // namespace

TEST_CASE("CLI log: a refused import is logged by file, profile and problems, without customer data", "[cli][log]") {
    TempDir dir;
    const std::string db = dir.file("ledger.db");
    const std::string log = dir.file("duedesk.log");
    const std::string bad = testDataPath("bad-rows.csv");
    const std::string options = "--db " + q(db) + " --log-file " + q(log);
    const CliRun refused = runCli(options + " import " + q(bad) + " --as-of 2026-06-30");
    REQUIRE(refused.exitCode == 1);
    CHECK(readLogMessages(log) == Lines{
                                      started(db),
                                      "warning: import refused: file \"" + bad +
                                          "\", profile generic, effective 2026-06-30: 20 rows, "
                                          "19 problems; N ms",
                                  });
    // The file names the customer "Acme Ltd" and "Other Name" and holds
    // document numbers and amounts; none of them belongs in the log.
    const std::string text = readFile(log);
    for (const char* customerData : {"Acme", "Other Name", "INV-", "1000.00", "12.345"})
        CHECK(text.find(customerData) == std::string::npos);
}

TEST_CASE("CLI log: committed, dry-run and unchanged imports with their counts", "[cli][log]") {
    TempDir dir;
    const std::string db = dir.file("ledger.db");
    const std::string log = dir.file("duedesk.log");
    const std::string options = "--db " + q(db) + " --log-file " + q(log);
    const std::string ledger = testDataPath("hand-ledger.csv");
    const std::string snapshot = testDataPath("hand-ledger-snapshot.csv");
    REQUIRE(runCli(options + " users add amorgan").exitCode == 0);
    REQUIRE(runCli(options + " users add bokafor").exitCode == 0);
    REQUIRE(runCli(options + " import " + q(ledger) + " --as-of 2026-06-30").exitCode == 0);
    REQUIRE(runCli(options + " import " + q(snapshot) + " --snapshot --as-of 2026-07-31 --dry-run").exitCode == 0);
    REQUIRE(runCli(options + " import " + q(ledger) + " --as-of 2026-07-01").exitCode == 0);
    CHECK(
        readLogMessages(log) ==
        Lines{
            started(db),
            started(db),
            started(db),
            "info: import committed: file \"" + ledger +
                "\", profile generic, effective 2026-06-30: 13 rows; "
                "accounts: 4 created, 0 updated; documents: 13 created, 0 updated, 0 unchanged, 0 closed; N ms",
            started(db),
            "info: import dry run: file \"" + snapshot +
                "\", profile generic, effective 2026-07-31, snapshot: "
                "2 rows; accounts: 0 created, 0 updated; documents: 0 created, 0 updated, 2 unchanged, 10 closed; N ms",
            started(db),
            "info: import unchanged: file \"" + ledger +
                "\", profile generic, effective 2026-07-01: 13 rows; "
                "accounts: 0 created, 0 updated; documents: 0 created, 0 updated, 13 unchanged, 0 closed; N ms",
        });
    const std::string text = readFile(log);
    CHECK(text.find("Acme") == std::string::npos);
}

TEST_CASE("CLI log: --log-level warn hides the info lines, off writes no file", "[cli][log]") {
    TempDir dir;
    const std::string db = dir.file("ledger.db");
    const std::string log = dir.file("warn.log");
    const std::string bad = testDataPath("bad-rows.csv");
    const std::string warn = "--db " + q(db) + " --log-file " + q(log) + " --log-level warn";
    REQUIRE(runCli(warn + " users add amorgan").exitCode == 0);
    REQUIRE(runCli(warn + " users add bokafor").exitCode == 0);
    // The level may also follow the command, like --db.
    REQUIRE(runCli("--db " + q(db) + " import " + q(testDataPath("hand-ledger.csv")) +
                   " --as-of 2026-06-30 --log-level warn --log-file " + q(log))
                .exitCode == 0);
    REQUIRE(runCli(warn + " import " + q(bad) + " --as-of 2026-06-30").exitCode == 1);
    CHECK(readLogMessages(log) == Lines{
                                      "warning: import refused: file \"" + bad +
                                          "\", profile generic, effective 2026-06-30: 20 rows, "
                                          "19 problems; N ms",
                                  });

    const std::string debug = dir.file("debug.log");
    REQUIRE(runCli("--db " + q(db) + " --log-file " + q(debug) + " --log-level debug users list").exitCode == 0);
    CHECK(readLogMessages(debug) == Lines{started(db)});

    const std::string off = dir.file("off.log");
    REQUIRE(runCli("--db " + q(db) + " --log-file " + q(off) + " --log-level off import " + q(bad)).exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(off));

    const CliRun unknown = runCli("--db " + q(db) + " --log-level verbose users list");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == "duedesk-cli: --log-level: \"verbose\" is not one of trace, debug, info, warn, error, off\n");
}

TEST_CASE("CLI log: refusals and errors with their cause", "[cli][log]") {
    TempDir dir;
    const std::string log = dir.file("duedesk.log");
    const std::string newer = dir.file("newer.db");
    LedgerDatabase::open(newer);
    sqlite3* raw = nullptr;
    sqlite3_open(newer.c_str(), &raw);
    sqlite3_exec(raw, "PRAGMA user_version = 42", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    CHECK(runCli("--db " + q(newer) + " --log-file " + q(log) + " aging").exitCode == 3);

    const std::string db = dir.file("ledger.db");
    const std::string absent = dir.file("absent.csv");
    CHECK(runCli("--db " + q(db) + " --log-file " + q(log) + " import " + q(absent)).exitCode == 4);
    CHECK(runCli("--db " + q(db) + " --log-file " + q(log) + " users add zoe").exitCode == 0);
    CHECK(runCli("--db " + q(db) + " --log-file " + q(log) + " users add zoe").exitCode == 1);
    CHECK(runCli("--db " + q(db) + " --log-file " + q(log) + " aging --as-of 2026-13-01").exitCode == 2);

    CHECK(readLogMessages(log) ==
          Lines{
              started(newer),
              "warning: database refused: " + newer +
                  " was written by a newer version of Duedesk (schema 42, "
                  "this version reads up to 10); it was not opened",
              started(db),
              "error: reading a file failed: cannot read " + absent + ": No such file or directory",
              started(db),
              started(db),
              "warning: new user refused: a user named \"zoe\" already exists",
              started(db),
              "warning: command refused: --as-of \"2026-13-01\" is not a valid date (YYYY-MM-DD)",
          });
}

TEST_CASE("CLI log: $DUEDESK_LOG, else duedesk.log in the user's data location", "[cli][log]") {
    TempDir dir;
    const std::string db = dir.file("ledger.db");
    const std::string fromEnvironment = dir.file("env.log");
    REQUIRE(runCli("--db " + q(db) + " init", "DUEDESK_LOG=" + q(fromEnvironment)).exitCode == 0);
    CHECK(readLogMessages(fromEnvironment) == Lines{started(db)});

    // --log-file wins over $DUEDESK_LOG.
    const std::string fromOption = dir.file("option.log");
    REQUIRE(runCli("--db " + q(db) + " --log-file " + q(fromOption) + " init", "DUEDESK_LOG=" + q(fromEnvironment))
                .exitCode == 0);
    CHECK(readLogMessages(fromOption) == Lines{started(db)});
    CHECK(readLogMessages(fromEnvironment).size() == 1);

    // The default: beside the default database, in a folder made for it.
    const std::string dataHome = dir.file("data");
    REQUIRE(runCli("init", "DUEDESK_LOG= XDG_DATA_HOME=" + q(dataHome)).exitCode == 0);
    CHECK(readLogMessages(dataHome + "/duedesk/duedesk.log") == Lines{started(dataHome + "/duedesk/duedesk.db")});
}

TEST_CASE("CLI log: a log file that cannot be written does not stop the command", "[cli][log]") {
    TempDir dir;
    const std::string db = dir.file("ledger.db");
    const std::string plainFile = dir.file("plain");
    writeFile(plainFile, "not a folder");
    const std::string log = plainFile + "/duedesk.log";
    const CliRun r = runCli("--db " + q(db) + " --log-file " + q(log) + " users add zoe");
    CHECK(r.exitCode == 0);
    CHECK(r.out == "Added zoe (analyst)\n");
    CHECK(r.err.starts_with("duedesk-cli: cannot write the log file " + log + " ("));
    CHECK(r.err.ends_with("); carrying on without it\n"));
}
