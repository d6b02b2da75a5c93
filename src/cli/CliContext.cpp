// Shared CLI plumbing, including the one read of the clock.
#include "cli/CliContext.h"

#include "cli/PasswordPrompt.h"

#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/DatabaseLocation.h"
#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"

#include <chrono>
#include <ctime>
#include <iostream>
#include <unistd.h>

namespace duedesk::cli {

std::string CliContext::databasePath() const { return resolveDatabasePath(databaseOption); }

void CliContext::openLog() {
    ApplicationLogSettings settings;
    settings.program = "duedesk-cli";
    settings.filePath = resolveLogPath(logFileOption);
    // --log-level was checked when the command line was parsed.
    settings.level = parseLogLevel(logLevelOption).value_or(LogLevel::Info);
    log = ApplicationLog::open(settings, std::cerr);
    log.install();
    log.started(databasePath());
}

std::unique_ptr<LedgerDatabase> CliContext::openDatabase(LedgerDatabase::OpenMode mode) const {
    auto database = LedgerDatabase::open(databasePath(), mode);
    database->setAuditSession({Actor::commandLineOperator(today()).name, &CliContext::utcNow});
    return database;
}

namespace {
// From here on, the audit trail records the command's changes under `actor`.
Actor auditedAs(LedgerDatabase& database, Actor actor) {
    database.setAuditSession({actor.name, &CliContext::utcNow});
    return actor;
}
} // namespace

Actor CliContext::actor(LedgerDatabase& database, const std::string& userOption) const {
    if (userOption.empty()) return auditedAs(database, Actor::commandLineOperator(today()));
    const auto user = UserDirectory(database).find(userOption);
    if (!user) throw UsageError("--user: no user named \"" + userOption + "\"");
    // Named but not signed in: the role restricts what the command may do,
    // and the audit trail says the name was not proven.
    Actor actor = Actor::person(*user, today());
    database.setAuditSession({actor.name + " (not signed in)", &CliContext::utcNow});
    return actor;
}

Actor CliContext::signedIn(LedgerDatabase& database, const std::string& userOption, Date today) const {
    // SignIn logs the attempt; the message, like the workstation's, does
    // not say which part was wrong.
    const auto user = SignIn(database, log).attempt(userOption, readSignInPassword(userOption));
    if (!user) throw PermissionDenied("--user " + userOption + ": sign-in failed");
    return auditedAs(database, Actor::person(*user, today));
}

Date CliContext::today() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    return Date::ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                     static_cast<unsigned>(local.tm_mday));
}

Date CliContext::asOfOrToday(const std::string& option, const std::string& optionName) {
    if (option.empty()) return today();
    if (auto d = Date::parseIso(option)) return *d;
    throw UsageError(optionName + " \"" + option + "\" is not a valid date (YYYY-MM-DD)");
}

std::string CliContext::utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

bool CliContext::stderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

} // namespace duedesk::cli
