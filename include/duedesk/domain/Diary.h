// The analyst's diary: follow-ups owned by an analyst, and holds that
// pause an account's chasing until a day.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/Date.h"
#include "duedesk/domain/User.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

// What a follow-up or a strategy step asks the analyst to do.
enum class DiaryAction { Call, Email, Letter, Visit, Review };
std::string_view diaryActionName(DiaryAction action); // "call", "email", "letter", "visit", "review"
std::optional<DiaryAction> diaryActionFromName(std::string_view name);
std::array<DiaryAction, 5> diaryActions();

struct DiaryEntry {
    std::int64_t id = 0;
    AccountId accountId = 0;
    Date dueOn = Date::fromDayNumber(0);
    DiaryAction action = DiaryAction::Call;
    std::optional<UserId> ownerId; // the account's analyst when it was made
    std::string note;
    std::optional<std::int64_t> fromContactId; // the contact whose follow-up it is
    std::optional<UserId> createdBy;
    Date createdOn = Date::fromDayNumber(0);
    std::optional<Date> doneOn; // empty while open
    std::optional<UserId> doneBy;
    std::optional<std::int64_t> doneByContactId;

    bool isOpen() const { return !doneOn.has_value(); }
};

// A pause in chasing: from placedOn the account leaves the worklist, and
// on untilOn it returns by itself (or earlier, when released).
struct Hold {
    std::int64_t id = 0;
    AccountId accountId = 0;
    Date placedOn = Date::fromDayNumber(0);
    Date untilOn = Date::fromDayNumber(0);
    std::string reason; // "customer on holiday", "awaiting remittance", ...
    std::optional<UserId> placedBy;
    std::optional<Date> releasedOn;
    std::optional<UserId> releasedBy;

    // Whether chasing is paused on `day`.
    bool pausesOn(Date day) const { return placedOn <= day && day < untilOn && (!releasedOn || day < *releasedOn); }
};

// Reasons a user picks from; any other text is accepted too.
std::array<std::string_view, 5> suggestedHoldReasons();

} // namespace duedesk
