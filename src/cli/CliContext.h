// CliContext: what every command shares: the global options, the database
// they open, the application log, today's date (the CLI is the only place
// that reads the clock) and the terminal streams.
#pragma once

#include "duedesk/domain/Actor.h"
#include "duedesk/domain/Date.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

namespace duedesk::cli {

// A usage error found after parsing (an invalid date, an unknown profile).
class UsageError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CliContext {
    std::optional<std::string> databaseOption;
    std::optional<std::string> logFileOption;
    std::string logLevelOption = "info";
    // Writes nothing until openLog(); commands pass it to the services.
    ApplicationLog log;
    // Set by a command that finishes with something other than success.
    int exitCode = 0;

    std::string databasePath() const;
    // Opens the log (--log-file, else $DUEDESK_LOG, else the default; at
    // --log-level), installs it for the process and writes the start line.
    void openLog();
    // Opens the database; its changes are audited under the command line's
    // operator until actor() or signedIn() names a user.
    std::unique_ptr<LedgerDatabase> openDatabase(LedgerDatabase::OpenMode mode) const;
    // Who a command acts as: the user named by --user (their role decides
    // what they may do), or without one the command line's operator.
    Actor actor(LedgerDatabase& database, const std::string& userOption) const;
    // A user signed in with their password (readSignInPassword), acting on
    // `today`: what records a person's work (the contact log, the diary,
    // reassignments) needs. Throws PermissionDenied when sign-in fails.
    Actor signedIn(LedgerDatabase& database, const std::string& userOption, Date today) const;
    // Today in local time: the default as-of date.
    static Date today();
    // The time now in UTC ("2026-11-25T13:45:12Z"): the audit trail's clock.
    static std::string utcNow();
    // An --as-of value, or today when it was not given.
    static Date asOfOrToday(const std::string& option, const std::string& optionName);
    // Whether progress lines can be drawn on stderr.
    static bool stderrIsTerminal();
};

// Registers the commands; each lives in its own file.
void addInitCommand(CLI::App& app, CliContext& context);
void addDemoCommand(CLI::App& app, CliContext& context);
void addImportCommand(CLI::App& app, CliContext& context);
void addExportCommand(CLI::App& app, CliContext& context);
void addAgingCommand(CLI::App& app, CliContext& context);
void addUsersCommand(CLI::App& app, CliContext& context);
void addCheckCommand(CLI::App& app, CliContext& context);
void addRatesCommand(CLI::App& app, CliContext& context);
void addSettingsCommand(CLI::App& app, CliContext& context);
void addCashCommand(CLI::App& app, CliContext& context);
void addPromiseCommand(CLI::App& app, CliContext& context);
void addPlanCommand(CLI::App& app, CliContext& context);
void addPaymentCommand(CLI::App& app, CliContext& context);
// Adds `settings diary` to the settings command: register it after that.
void addDiarySettingsCommand(CLI::App& app, CliContext& context);
void addWorklistCommand(CLI::App& app, CliContext& context);
void addStrategyCommand(CLI::App& app, CliContext& context);
void addContactCommand(CLI::App& app, CliContext& context);
void addDiaryCommand(CLI::App& app, CliContext& context);
void addHoldCommand(CLI::App& app, CliContext& context);
void addAccountsCommand(CLI::App& app, CliContext& context);
void addDisputeCommand(CLI::App& app, CliContext& context);
// Adds `users set-limit` to the users command: register it after that.
void addWriteOffCommand(CLI::App& app, CliContext& context);
void addAuditCommand(CLI::App& app, CliContext& context);
void addCreditMemoCommand(CLI::App& app, CliContext& context);
void addEscalateCommand(CLI::App& app, CliContext& context);

} // namespace duedesk::cli
