// The application log's lines: sign-ins, a cancelled import, Qt's messages,
// levels, and text from outside that must not break a line.
#include "duedesk/importing/ImportProfiles.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/SignIn.h"
#include "duedesk/storage/UserRepository.h"
#include "support/TestSupport.h"

#include <QLoggingCategory>
#include <QtGlobal>

#include <sstream>

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

using Lines = std::vector<std::string>;

ApplicationLog openLog(const std::string& path, LogLevel level = LogLevel::Info) {
    ApplicationLogSettings settings;
    settings.program = "duedesk";
    settings.filePath = path;
    settings.level = level;
    std::ostringstream errors;
    ApplicationLog log = ApplicationLog::open(settings, errors);
    REQUIRE(errors.str().empty());
    REQUIRE(log.writes());
    return log;
}

// Uninstalls whatever a test installed, however it ends.
struct InstalledLogGuard {
    ~InstalledLogGuard() { ApplicationLog::uninstall(); }
};

} // namespace

TEST_CASE("Sign-ins and failed sign-ins are logged by user name, never with the password", "[log][signin]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    UserRepository& users = db->users();
    const UserId alice = users.add({0, "amorgan", "Alice Morgan", Role::Analyst, true, std::nullopt, false});
    const UserId bob = users.add({0, "bokafor", "Ben Okafor", Role::Analyst, false, std::nullopt, false});
    users.add({0, "cdubois", "Chloe Dubois", Role::Analyst, true, std::nullopt, false});
    const std::string path = dir.file("duedesk.log");
    SignIn signIn(*db, openLog(path));
    signIn.setPassword(alice, "s3cret-pass");
    signIn.setPassword(bob, "s3cret-pass");

    CHECK(signIn.attempt("AMORGAN", "s3cret-pass").has_value());
    CHECK_FALSE(signIn.attempt("amorgan", "wrong-pass").has_value());
    CHECK_FALSE(signIn.attempt("nobody", "s3cret-pass").has_value());
    CHECK_FALSE(signIn.attempt("bokafor", "s3cret-pass").has_value());
    CHECK_FALSE(signIn.attempt("cdubois", "s3cret-pass").has_value());
    CHECK(readLogMessages(path) == Lines{
                                       "info: sign-in: user \"amorgan\"",
                                       "warning: sign-in failed: user \"amorgan\": wrong password",
                                       "warning: sign-in failed: user \"nobody\": no such user",
                                       "warning: sign-in failed: user \"bokafor\": user inactive",
                                       "warning: sign-in failed: user \"cdubois\": no password set",
                                   });
    const std::string text = readFile(path);
    CHECK(text.find("s3cret") == std::string::npos);
    CHECK(text.find("wrong-pass") == std::string::npos);
    CHECK(text.find("Alice") == std::string::npos);
}

TEST_CASE("A typed name cannot add a line to the log", "[log][signin]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string path = dir.file("duedesk.log");
    SignIn(*db, openLog(path)).attempt("eve\n2026-01-01 00:00:00.000 +00:00 duedesk[1] info: sign-in: \"x\"\t\\", "p");
    CHECK(readLogMessages(path) ==
          Lines{"warning: sign-in failed: user \"eve\\n2026-01-01 00:00:00.000 +00:00 duedesk[1] info: sign-in: "
                "\\\"x\\\"\\t\\\\\": no such user"});
}

TEST_CASE("Services log to the installed log unless given one, and a default log writes nothing", "[log]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string path = dir.file("duedesk.log");
    CHECK_FALSE(ApplicationLog().writes());
    CHECK_FALSE(ApplicationLog::installed().writes());
    SignIn(*db).attempt("before", "p");

    const InstalledLogGuard guard;
    openLog(path).install();
    CHECK(ApplicationLog::installed().writes());
    SignIn(*db).attempt("installed", "p");
    SignIn(*db, ApplicationLog()).attempt("silenced", "p");
    ApplicationLog::uninstall();
    SignIn(*db).attempt("after", "p");
    CHECK(readLogMessages(path) == Lines{"warning: sign-in failed: user \"installed\": no such user"});
}

TEST_CASE("A cancelled import is logged with the rows read", "[log][import]") {
    TempDir dir;
    auto db = LedgerDatabase::open(dir.file("ledger.db"));
    const std::string path = dir.file("duedesk.log");
    ImportOptions options;
    options.effectiveOn = Date::ymd(2026, 6, 30);
    const ImportResult r = ImportService(*db, openLog(path))
                               .importText("account,account_name,document,type,document_date,due_date,currency,amount\n"
                                           "A1,Acme Ltd,INV-1,invoice,2026-06-01,2026-07-01,GBP,10.00\n",
                                           "cancel.csv", *builtInProfile("generic"), options, operatorActor(),
                                           [](const ImportProgress&) { return false; });
    CHECK(r.outcome == ImportOutcome::Cancelled);
    CHECK(
        readLogMessages(path) ==
        Lines{"info: import cancelled: file \"cancel.csv\", profile generic, effective 2026-06-30: 1 row read; N ms"});
}

TEST_CASE("Qt's messages go into the installed log at their level", "[log]") {
    TempDir dir;
    const std::string path = dir.file("duedesk.log");
    const InstalledLogGuard guard;
    openLog(path, LogLevel::Warn).install();
    {
        const QtMessagesToLog route;
        qInfo("hidden below warn");
        qWarning("a plugin could not be loaded");
        const QLoggingCategory category("duedesk.test");
        qCCritical(category, "two\nlines");
    }
    qWarning("after the route ended");
    CHECK(readLogMessages(path) == Lines{
                                       "warning: qt: a plugin could not be loaded",
                                       "error: qt (duedesk.test): two\\nlines",
                                   });
}

TEST_CASE("Log levels by name, and a log file that cannot be opened", "[log]") {
    CHECK(parseLogLevel("trace") == LogLevel::Trace);
    CHECK(parseLogLevel("warn") == LogLevel::Warn);
    CHECK(parseLogLevel("off") == LogLevel::Off);
    CHECK_FALSE(parseLogLevel("warning").has_value());
    CHECK_FALSE(parseLogLevel("INFO").has_value());
    CHECK(logLevelName(LogLevel::Error) == "error");
    CHECK(logLevelList() == "trace, debug, info, warn, error, off");

    TempDir dir;
    writeFile(dir.file("plain"), "a file, not a folder");
    ApplicationLogSettings settings;
    settings.program = "duedesk";
    settings.filePath = dir.file("plain") + "/duedesk.log";
    std::ostringstream errors;
    CHECK_FALSE(ApplicationLog::open(settings, errors).writes());
    CHECK(errors.str().starts_with("duedesk: cannot write the log file " + settings.filePath + " ("));

    // Off opens nothing at all.
    settings.filePath = dir.file("off.log");
    settings.level = LogLevel::Off;
    CHECK_FALSE(ApplicationLog::open(settings, errors).writes());
    CHECK_FALSE(std::filesystem::exists(settings.filePath));
}
