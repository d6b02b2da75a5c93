// What the commands that record a person's work share: finding what an
// option names (an account by number, a user by name), reading a date or
// a diary action, naming users in listings, and reporting a refusal.
#pragma once

#include "cli/CliContext.h"

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Diary.h"

#include <map>
#include <stdexcept>
#include <string>

namespace duedesk::cli {

// The help of --user and --today on the commands that record a person's work.
inline constexpr const char* kSignedInUserHelp =
    "Who records it (sign-in name; password from $DUEDESK_PASSWORD or asked)";
inline constexpr const char* kTodayHelp = "The day it is recorded on (YYYY-MM-DD, default today)";

// The account numbered `number`, or UsageError naming `option`.
Account accountOption(LedgerDatabase& db, const std::string& number, const std::string& option);
// The user named `name`, or UsageError naming `option`.
User userOption(LedgerDatabase& db, const std::string& name, const std::string& option);
// A YYYY-MM-DD value, or UsageError naming `option`.
Date dateOption(const std::string& value, const std::string& option);
DiaryAction actionOption(const std::string& value, const std::string& option);

// Every user's sign-in name by id, to name them in listings.
std::map<UserId, std::string> userNames(LedgerDatabase& db);
// The name of `id`, or "-" for no one.
std::string nameOf(const std::map<UserId, std::string>& names, const std::optional<UserId>& id);
// Text on one line: line breaks (kept in migrated notes) become " / ".
std::string oneLine(const std::string& text);
// Each line of a listing without the padding its last column left.
std::string withoutTrailingBlanks(const std::string& text);

// A refusal of the ledger's rules: said on stderr and logged, exit 1.
void refuse(CliContext& context, const std::string& what, const std::exception& e);

} // namespace duedesk::cli
