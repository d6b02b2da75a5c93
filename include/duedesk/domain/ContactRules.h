// What makes an address, a contact or a logged contact acceptable, as a
// list of every problem found, each naming its field in plain words. The
// services refuse a change that has any; the workstation's dialogs show
// them beside the fields before anything is written.
#pragma once

#include "duedesk/domain/Account.h"
#include "duedesk/domain/ContactLog.h"

#include <string>
#include <string_view>
#include <vector>

namespace duedesk {

struct FieldProblem {
    // The field's key: "kind", "line1", "city", "country" (addresses);
    // "name", "phone", "email" (contacts); "note", "contactedOn",
    // "followUpOn" (logged contacts).
    std::string field;
    std::string message; // a sentence: "City is required."
    friend bool operator==(const FieldProblem&, const FieldProblem&) = default;
};

// The messages one after another, for a refusal that lists them all.
std::string problemsText(const std::vector<FieldProblem>& problems);

// A country code as typed, trimmed and in capitals: " gb" is "GB".
std::string normalizedCountry(std::string_view typed);

// The phone number rule, as the messages say it: digits, spaces, a leading
// +, -, ( and ), with 6 to 15 digits (the longest international number).
inline constexpr int kPhoneMinDigits = 6;
inline constexpr int kPhoneMaxDigits = 15;
bool isPhoneNumber(std::string_view phone);

// Kind, line 1, city and a two-letter country code (upper or lower case).
std::vector<FieldProblem> addressProblems(const Address& address);
// A name, and a phone number or an e-mail address, each well formed.
std::vector<FieldProblem> contactProblems(const Contact& contact);
// A note when the outcome is Other, a contact date not after today, a
// follow-up not before the contact date and within followUpDates(today),
// and a follow-up at all when one is required (the account is overdue).
std::vector<FieldProblem> contactLogProblems(const ContactLogEntry& entry, Date today, bool followUpRequired = false);

} // namespace duedesk
