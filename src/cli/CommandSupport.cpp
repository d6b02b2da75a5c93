// Option lookups and refusals shared by the contact, diary, hold and
// accounts commands.
#include "cli/CommandSupport.h"

#include "cli/ExitCode.h"

#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"

#include <iostream>

namespace duedesk::cli {

Account accountOption(LedgerDatabase& db, const std::string& number, const std::string& option) {
    auto account = db.accounts().findByNumber(number);
    if (!account) throw UsageError(option + ": no account numbered \"" + number + "\"");
    return *account;
}

User userOption(LedgerDatabase& db, const std::string& name, const std::string& option) {
    auto user = UserDirectory(db).find(name);
    if (!user) throw UsageError(option + ": no user named \"" + name + "\"");
    return *user;
}

Date dateOption(const std::string& value, const std::string& option) {
    if (auto d = Date::parseIso(value)) return *d;
    throw UsageError(option + " \"" + value + "\" is not a valid date (YYYY-MM-DD)");
}

DiaryAction actionOption(const std::string& value, const std::string& option) {
    if (auto action = diaryActionFromName(value)) return *action;
    throw UsageError(option + " \"" + value + "\" is not one of call, email, letter, visit, review");
}

std::map<UserId, std::string> userNames(LedgerDatabase& db) {
    std::map<UserId, std::string> names;
    for (const User& u : UserDirectory(db).all()) names.emplace(u.id, u.name);
    return names;
}

std::string nameOf(const std::map<UserId, std::string>& names, const std::optional<UserId>& id) {
    if (!id) return "-";
    const auto it = names.find(*id);
    return it == names.end() ? "-" : it->second;
}

std::string oneLine(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '\r') continue;
        out += c == '\n' ? std::string(" / ") : std::string(1, c);
    }
    return out;
}

std::string withoutTrailingBlanks(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + start, end - start);
        const std::size_t kept = line.find_last_not_of(' ');
        out.append(line.substr(0, kept == std::string_view::npos ? 0 : kept + 1));
        if (end < text.size()) out += '\n';
        start = end + 1;
    }
    return out;
}

void refuse(CliContext& context, const std::string& what, const std::exception& e) {
    std::cerr << "duedesk-cli: " << e.what() << "\n";
    context.log.refused(what, e.what());
    context.exitCode = kRejected;
}

} // namespace duedesk::cli
