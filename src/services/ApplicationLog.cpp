// The application log: the rotating file, the level, and the wording of
// every event, kept together so a line reads the same from either front end.
#include "duedesk/services/ApplicationLog.h"

#include "duedesk/Version.h"
#include "duedesk/services/DatabaseLocation.h"
#include "duedesk/services/ImportService.h"

#include <QString>
#include <QtGlobal>

#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <array>
#include <filesystem>
#include <ostream>
#include <utility>

namespace duedesk {
namespace {

// The installed log's key in spdlog's registry.
constexpr const char* kRegistryName = "duedesk";

constexpr std::array<std::string_view, 6> kLevelNames{"trace", "debug", "info", "warn", "error", "off"};

spdlog::level::level_enum toSpdlog(LogLevel level) {
    switch (level) {
    case LogLevel::Trace: return spdlog::level::trace;
    case LogLevel::Debug: return spdlog::level::debug;
    case LogLevel::Info: return spdlog::level::info;
    case LogLevel::Warn: return spdlog::level::warn;
    case LogLevel::Error: return spdlog::level::err;
    case LogLevel::Off: break;
    }
    return spdlog::level::off;
}

std::string_view outcomeWord(ImportOutcome outcome) {
    switch (outcome) {
    case ImportOutcome::Imported: return "committed";
    case ImportOutcome::Unchanged: return "unchanged";
    case ImportOutcome::DryRun: return "dry run";
    case ImportOutcome::Rejected: return "refused";
    case ImportOutcome::Cancelled: return "cancelled";
    }
    return "finished";
}

std::string_view failureWords(SignInFailure reason) {
    switch (reason) {
    case SignInFailure::UnknownUser: return "no such user";
    case SignInFailure::Inactive: return "user inactive";
    case SignInFailure::NoPassword: return "no password set";
    case SignInFailure::WrongPassword: return "wrong password";
    }
    return "refused";
}

// Text from outside (a typed user name, a file name, an error's message)
// stays on its line: a control character in it cannot start a forged line.
void appendEscaped(std::string& out, char c) {
    static constexpr char kHex[] = "0123456789abcdef";
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n') {
        out += "\\n";
    } else if (c == '\r') {
        out += "\\r";
    } else if (c == '\t') {
        out += "\\t";
    } else if (byte < 0x20 || byte == 0x7f) {
        out += "\\x";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xf];
    } else {
        out += c;
    }
}

std::string oneLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) appendEscaped(out, c);
    return out;
}

// "name" with quotes and backslashes escaped, so where it ends is certain.
std::string quotedText(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        appendEscaped(out, c);
    }
    return out + '"';
}

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// Set while a QtMessagesToLog lives: Qt's handler is a plain function.
QtMessageHandler previousQtHandler = nullptr;

void writeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg: level = spdlog::level::debug; break;
    case QtInfoMsg: level = spdlog::level::info; break;
    case QtWarningMsg: level = spdlog::level::warn; break;
    case QtCriticalMsg: level = spdlog::level::err; break;
    case QtFatalMsg: level = spdlog::level::critical; break;
    }
    if (const auto logger = spdlog::get(kRegistryName)) {
        const std::string_view category = context.category ? context.category : "default";
        if (category == "default")
            logger->log(level, "qt: {}", oneLine(message.toStdString()));
        else
            logger->log(level, "qt ({}): {}", oneLine(category), oneLine(message.toStdString()));
    }
    if (previousQtHandler) previousQtHandler(type, context, message);
}

} // namespace

std::optional<LogLevel> parseLogLevel(std::string_view text) {
    for (std::size_t i = 0; i < kLevelNames.size(); ++i)
        if (text == kLevelNames[i]) return static_cast<LogLevel>(i);
    return std::nullopt;
}

std::string_view logLevelName(LogLevel level) { return kLevelNames.at(static_cast<std::size_t>(level)); }

std::string logLevelList() {
    std::string list;
    for (const std::string_view name : kLevelNames) list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

std::string defaultLogPath() {
    return (std::filesystem::path(defaultDatabasePath()).parent_path() / "duedesk.log").string();
}

std::string resolveLogPath(const std::optional<std::string>& explicitPath) {
    return resolvePath(explicitPath, "DUEDESK_LOG", defaultLogPath());
}

ApplicationLog ApplicationLog::open(const ApplicationLogSettings& settings, std::ostream& errors) {
    if (settings.level == LogLevel::Off) return {};
    try {
        // Both programs may append to the same file; each line names its
        // program and process. Each process rotates by the size it sees, so
        // while both run one may rotate a little late and carry on writing
        // to the renamed file until it ends: a trade made so that a user
        // finds one log, not one per program. spdlog creates the folder.
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(settings.filePath, settings.maxFileBytes,
                                                                           settings.maxFiles);
        auto logger = std::make_shared<spdlog::logger>(kRegistryName, std::move(sink));
        logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %z " + settings.program + "[%P] %l: %v");
        logger->set_level(toSpdlog(settings.level));
        // Events are few: write each at once, so a crash loses none.
        logger->flush_on(spdlog::level::trace);
        return ApplicationLog(std::move(logger));
    } catch (const spdlog::spdlog_ex& e) {
        errors << settings.program << ": cannot write the log file " << settings.filePath << " (" << e.what()
               << "); carrying on without it\n";
        return {};
    }
}

void ApplicationLog::install() const {
    spdlog::drop(kRegistryName);
    if (logger_) spdlog::register_logger(logger_);
}

ApplicationLog ApplicationLog::installed() { return ApplicationLog(spdlog::get(kRegistryName)); }

void ApplicationLog::uninstall() { spdlog::drop(kRegistryName); }

void ApplicationLog::started(std::string_view databasePath) const {
    if (logger_) logger_->info("started version {}; database {}", kVersion, oneLine(databasePath));
}

void ApplicationLog::signedIn(std::string_view userName) const {
    if (logger_) logger_->info("sign-in: user {}", quotedText(userName));
}

void ApplicationLog::signInFailed(std::string_view userName, SignInFailure reason) const {
    if (logger_) logger_->warn("sign-in failed: user {}: {}", quotedText(userName), failureWords(reason));
}

void ApplicationLog::importFinished(const ImportResult& result, std::string_view profile, const ImportOptions& options,
                                    std::chrono::milliseconds duration) const {
    if (!logger_) return;
    std::string what;
    switch (result.outcome) {
    case ImportOutcome::Rejected:
        what = count(static_cast<std::size_t>(result.counts.rowsRead), "row", "rows") + ", " +
               count(result.problems.total(), "problem", "problems");
        break;
    case ImportOutcome::Cancelled:
        what = count(static_cast<std::size_t>(result.counts.rowsRead), "row", "rows") + " read";
        break;
    case ImportOutcome::Imported:
    case ImportOutcome::Unchanged:
    case ImportOutcome::DryRun: what = describeImportCounts(result.counts); break;
    }
    const auto level = result.outcome == ImportOutcome::Rejected ? spdlog::level::warn : spdlog::level::info;
    logger_->log(level, "import {}: file {}, profile {}, effective {}{}: {}; {} ms", outcomeWord(result.outcome),
                 quotedText(result.fileLabel), oneLine(profile), options.effectiveOn.toIso(),
                 options.snapshot ? ", snapshot" : "", what, duration.count());
}

void ApplicationLog::importFailed(std::string_view fileLabel, std::string_view profile, std::string_view cause) const {
    if (logger_)
        logger_->error("import failed: file {}, profile {}: {}", quotedText(fileLabel), oneLine(profile),
                       oneLine(cause));
}

void ApplicationLog::refused(std::string_view subject, std::string_view cause) const {
    if (logger_) logger_->warn("{} refused: {}", subject, oneLine(cause));
}

void ApplicationLog::failed(std::string_view subject, std::string_view cause) const {
    if (logger_) logger_->error("{} failed: {}", subject, oneLine(cause));
}

QtMessagesToLog::QtMessagesToLog() { previousQtHandler = qInstallMessageHandler(writeQtMessage); }

QtMessagesToLog::~QtMessagesToLog() {
    qInstallMessageHandler(previousQtHandler);
    previousQtHandler = nullptr;
}

} // namespace duedesk
