// The workstation's command line: its version from the project, and a log
// level it does not know refused before any window opens.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk::test;

TEST_CASE("duedesk --version prints the project's version", "[gui][log]") {
    const CliRun r = runProgram(DUEDESK_APP, "--version", "QT_QPA_PLATFORM=offscreen");
    CHECK(r.exitCode == 0);
    CHECK(r.out == std::string("Duedesk ") + DUEDESK_EXPECTED_VERSION + "\n");
}

TEST_CASE("duedesk refuses an unknown --log-level", "[gui][log]") {
    const CliRun r = runProgram(DUEDESK_APP, "--log-level loud", "QT_QPA_PLATFORM=offscreen");
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    // Qt may add its own lines about the environment; this one must be there.
    CHECK(r.err.find("duedesk: --log-level \"loud\" is not one of trace, debug, info, warn, error, off\n") !=
          std::string::npos);
}
