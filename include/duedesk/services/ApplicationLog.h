// ApplicationLog: what the workstation and the CLI did, for whoever has to
// find out later (a failed import, a refused database, who signed in).
//
// A rotating file (duedesk.log beside the default database, 5 MB x 3 files)
// written through spdlog. It records events, never customer data: sign-ins
// by user name (never a password), imports by file, profile, date, counts
// and outcome (never the rows), refusals and errors with their cause. Every
// line is worded here, so the front ends and services only say what
// happened.
//
// A default-constructed log writes nothing: the core used without a front
// end (the tests, a library user) logs nowhere unless it is given a log.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace spdlog {
class logger;
}

namespace duedesk {

struct ImportOptions;
struct ImportResult;

// The --log-level values; a message is written when it is at least as
// severe as the level (Off writes nothing and opens no file).
enum class LogLevel { Trace, Debug, Info, Warn, Error, Off };

// "trace", "debug", "info", "warn", "error", "off"; nothing for any other text.
std::optional<LogLevel> parseLogLevel(std::string_view text);
std::string_view logLevelName(LogLevel level);
// "trace, debug, info, warn, error, off": for help texts and messages.
std::string logLevelList();

// duedesk.log in the folder of the default database
// (~/.local/share/duedesk/duedesk.log on Linux).
std::string defaultLogPath();
// `explicitPath` (from --log-file) wins, then $DUEDESK_LOG, then the default.
std::string resolveLogPath(const std::optional<std::string>& explicitPath);

struct ApplicationLogSettings {
    std::string program; // "duedesk" or "duedesk-cli": named on every line
    std::string filePath; // the file to write (see resolveLogPath)
    LogLevel level = LogLevel::Info;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 3; // files kept besides the one being written
};

// Why a sign-in failed; the log says it, the sign-in dialog does not.
enum class SignInFailure { UnknownUser, Inactive, NoPassword, WrongPassword };

class ApplicationLog final {
public:
    // A log that writes nothing.
    ApplicationLog() = default;

    // Opens (appends to) the rotating file. A file that cannot be opened
    // does not stop the program: the reason goes to `errors` (standard
    // error) and the log returned writes nothing.
    static ApplicationLog open(const ApplicationLogSettings& settings, std::ostream& errors);

    // The log of this process: what services write to when no log is
    // passed in. The workstation's windows create services in many places;
    // threading the log through each would add a parameter to every view
    // for one line each, so the front end installs its log once instead.
    // It is kept in spdlog's registry, which is thread-safe (imports run on
    // the thread pool). Until a log is installed, installed() writes nothing.
    void install() const;
    static ApplicationLog installed();
    static void uninstall();

    bool writes() const { return logger_ != nullptr; }

    // "started version 0.1.0; database /path/duedesk.db" (the line names the program)
    void started(std::string_view databasePath) const;
    // "sign-in: user \"amorgan\"" and "sign-in failed: user \"amorgan\": wrong password"
    void signedIn(std::string_view userName) const;
    void signInFailed(std::string_view userName, SignInFailure reason) const;
    // "import refused: file \"bad.csv\", profile generic, effective 2026-06-30: 22 rows, 19 problems; 4 ms"
    // (committed, unchanged, dry run, refused or cancelled, by the result).
    void importFinished(const ImportResult& result, std::string_view profile, const ImportOptions& options,
                        std::chrono::milliseconds duration) const;
    // An import that stopped on an error: "import failed: file \"x.csv\", profile generic: CAUSE"
    void importFailed(std::string_view fileLabel, std::string_view profile, std::string_view cause) const;
    // Input refused, with the reason a user was given: "database refused: CAUSE"
    void refused(std::string_view subject, std::string_view cause) const;
    // An operation that failed: "export failed: CAUSE"
    void failed(std::string_view subject, std::string_view cause) const;

private:
    explicit ApplicationLog(std::shared_ptr<spdlog::logger> logger) : logger_(std::move(logger)) {}

    std::shared_ptr<spdlog::logger> logger_;
};

// While it lives, Qt's own messages (qWarning, qCritical, a plugin that
// fails to load) go into the installed log too, at their own level, and on
// to the handler that was there before (standard error).
class QtMessagesToLog final {
public:
    QtMessagesToLog();
    ~QtMessagesToLog();
    QtMessagesToLog(const QtMessagesToLog&) = delete;
    QtMessagesToLog& operator=(const QtMessagesToLog&) = delete;
};

} // namespace duedesk
