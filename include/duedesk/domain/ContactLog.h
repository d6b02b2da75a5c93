// ContactLogEntry: one contact with a customer, as the analyst records it:
// a call, an e-mail, a letter, a meeting or a note to file; what came of it
// and when to follow up. The latest entry's follow-up date is the
// account's next follow-up.
#pragma once

#include "duedesk/domain/Account.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace duedesk {

enum class ContactChannel { Phone, Email, Letter, Meeting, Note };

std::string_view contactChannelName(ContactChannel channel); // "phone", "email", ...
std::optional<ContactChannel> contactChannelFromName(std::string_view name);
// Every channel, in the order a user picks from.
std::array<ContactChannel, 5> contactChannels();

struct ContactLogEntry {
    std::int64_t id = 0;
    AccountId accountId = 0;
    Date contactedOn = Date::fromDayNumber(0);
    ContactChannel channel = ContactChannel::Phone;
    std::optional<std::int64_t> contactId; // the person spoken to, when named
    std::string outcome; // "Promised payment by 2026-07-10"
    std::string note;
    std::optional<Date> followUpOn;
    UserId recordedBy = 0;
    Date recordedOn = Date::fromDayNumber(0);
};

} // namespace duedesk
