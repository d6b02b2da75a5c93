// The hand ledger with a password, made through the command line itself.
#include "cli/SignedInLedger.h"

#include <catch2/catch.hpp>

namespace duedesk::test {

std::string handLedgerWithPassword(const TempDir& dir) {
    const auto q = [](const std::string& s) { return "'" + s + "'"; };
    const std::string db = dir.file("hand.db");
    REQUIRE(runCli("--db " + q(db) + " users add amorgan --full-name 'Alice Morgan'").exitCode == 0);
    REQUIRE(runCli("--db " + q(db) + " users add bokafor --full-name 'Ben Okafor'").exitCode == 0);
    REQUIRE(
        runCli("--db " + q(db) + " import " + q(testDataPath("hand-ledger.csv")) + " --as-of 2026-06-30").exitCode ==
        0);
    REQUIRE(runProgram(DUEDESK_CLI, "--db " + q(db) + " users set-password amorgan", "", "alice-password\n").exitCode ==
            0);
    return db;
}

} // namespace duedesk::test
