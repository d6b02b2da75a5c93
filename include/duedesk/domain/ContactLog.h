// ContactLogEntry: one contact with a customer, as the analyst records it:
// a call, an e-mail, a letter, a meeting or a note to file; what came of it
// (one of a fixed list, so the team can count outcomes) and when to follow
// up. Entries are never changed: a correction is a new entry that names
// the one it corrects. The follow-up date becomes a diary entry.
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

// What came of a contact. Outcomes typed as free text before the list
// existed are kept under Other, their text at the head of the note.
enum class ContactOutcome {
    NoAnswer,
    LeftMessage,
    PromiseToPay,
    DisputeRaised,
    PaidAlready,
    RemittanceRequested,
    Refused,
    WrongContact,
    Other,
};
std::string_view contactOutcomeName(ContactOutcome outcome); // "no_answer", ... as stored
std::optional<ContactOutcome> contactOutcomeFromName(std::string_view name);
std::string_view contactOutcomeLabel(ContactOutcome outcome); // "No answer", "Promise to pay", ... as shown
std::array<ContactOutcome, 9> contactOutcomes();
// Whether the customer was reached (the contact counts as worked with them).
bool reachedCustomer(ContactOutcome outcome);

struct ContactLogEntry {
    std::int64_t id = 0;
    AccountId accountId = 0;
    Date contactedOn = Date::fromDayNumber(0);
    ContactChannel channel = ContactChannel::Phone;
    std::optional<std::int64_t> contactId; // the person spoken to, when named
    ContactOutcome outcome = ContactOutcome::Other;
    std::string note; // "Promised payment by 2026-07-10 once the PO is approved"
    std::optional<Date> followUpOn;
    std::optional<std::int64_t> correctsId; // the entry this one corrects
    UserId recordedBy = 0;
    Date recordedOn = Date::fromDayNumber(0);
};

} // namespace duedesk
