// The rules for addresses, contacts and logged contacts, each returning
// every problem at once.
#include "duedesk/domain/ContactRules.h"

#include "domain/TrimBlanks.h"

#include "duedesk/domain/DateLimits.h"

#include <algorithm>

namespace duedesk {
namespace {

bool blank(std::string_view s) {
    return std::ranges::all_of(s, [](char c) { return c == ' ' || c == '\t'; });
}

bool isEmailAddress(std::string_view email) {
    const auto at = email.find('@');
    return at != std::string_view::npos && at > 0 && email.find('.', at) != std::string_view::npos &&
           email.find(' ') == std::string_view::npos;
}

} // namespace

std::string problemsText(const std::vector<FieldProblem>& problems) {
    std::string text;
    for (const FieldProblem& p : problems) text += (text.empty() ? "" : " ") + p.message;
    return text;
}

std::string normalizedCountry(std::string_view typed) {
    std::string code(trimBlanks(typed));
    for (char& c : code)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return code;
}

bool isPhoneNumber(std::string_view phone) {
    const std::string_view p = trimBlanks(phone);
    int digits = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '+' ? i != 0 : (c != ' ' && c != '-' && c != '(' && c != ')'))
            return false;
    }
    return digits >= kPhoneMinDigits && digits <= kPhoneMaxDigits;
}

std::vector<FieldProblem> addressProblems(const Address& a) {
    std::vector<FieldProblem> problems;
    if (!addressKindFromName(a.kind))
        problems.push_back({"kind", "The kind \"" + a.kind + "\" is not one of " + addressKindList() + "."});
    if (blank(a.line1)) problems.push_back({"line1", "Line 1 is required."});
    if (blank(a.city)) problems.push_back({"city", "City is required."});
    const std::string country = normalizedCountry(a.country);
    if (country.empty())
        problems.push_back({"country", "The country code is required: two letters, such as GB, DE or US."});
    else if (country.size() != 2 || !std::ranges::all_of(country, [](char c) { return c >= 'A' && c <= 'Z'; }))
        problems.push_back({"country", "The country code is two letters, such as GB, DE or US; \"" +
                                           std::string(trimBlanks(a.country)) + "\" is not."});
    return problems;
}

std::vector<FieldProblem> contactProblems(const Contact& c) {
    std::vector<FieldProblem> problems;
    if (blank(c.name)) problems.push_back({"name", "Name is required."});
    if (blank(c.phone) && blank(c.email))
        problems.push_back({"phone", "A phone number or an e-mail address is required."});
    if (!blank(c.phone) && !isPhoneNumber(c.phone))
        problems.push_back({"phone", "A phone number has " + std::to_string(kPhoneMinDigits) + " to " +
                                         std::to_string(kPhoneMaxDigits) +
                                         " digits and may have spaces, a leading +, -, ( and ); \"" +
                                         std::string(trimBlanks(c.phone)) + "\" does not."});
    if (!blank(c.email) && !isEmailAddress(trimBlanks(c.email)))
        problems.push_back(
            {"email", "\"" + std::string(trimBlanks(c.email)) + "\" is not an e-mail address (name@example.com)."});
    return problems;
}

std::vector<FieldProblem> contactLogProblems(const ContactLogEntry& e, Date today, bool followUpRequired) {
    std::vector<FieldProblem> problems;
    if (e.outcome == ContactOutcome::Other && blank(e.note))
        problems.push_back({"note", "A note is required when the outcome is Other: say what came of the contact."});
    if (const auto outside = dateRangeProblem(e.contactedOn, contactDates(today), "contact date"))
        problems.push_back({"contactedOn", *outside + "."});
    if (e.followUpOn) {
        if (*e.followUpOn < e.contactedOn)
            problems.push_back({"followUpOn", "The follow-up " + e.followUpOn->toIso() +
                                                  " is before the contact date " + e.contactedOn.toIso() + "."});
        else if (const auto outside = dateRangeProblem(*e.followUpOn, followUpDates(today), "follow-up"))
            problems.push_back({"followUpOn", *outside + "."});
    } else if (followUpRequired) {
        problems.push_back(
            {"followUpOn", "A follow-up date is required while the account is overdue: when is the next step?"});
    }
    return problems;
}

} // namespace duedesk
