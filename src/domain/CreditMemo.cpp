// Names of credit memo states, the lifecycle, the request number and the
// entry rules.
#include "duedesk/domain/CreditMemo.h"

#include "domain/NameTable.h"

#include <cctype>
#include <cstdio>

namespace duedesk {
namespace {
constexpr NameTable<CreditMemoState, 5> kStates{{{
    {CreditMemoState::Requested, "requested"},
    {CreditMemoState::Approved, "approved"},
    {CreditMemoState::Rejected, "rejected"},
    {CreditMemoState::Credited, "credited"},
    {CreditMemoState::Cancelled, "cancelled"},
}}};

constexpr std::string_view kPrefix = "CMR-";
// More digits than any id can have: a longer run is not a request number.
constexpr std::size_t kMaxDigits = 15;

bool startsPrefix(std::string_view text, std::size_t at) {
    if (text.size() - at < kPrefix.size()) return false;
    for (std::size_t i = 0; i < kPrefix.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(text[at + i])) != kPrefix[i]) return false;
    return true;
}
} // namespace

std::string_view creditMemoStateName(CreditMemoState state) { return kStates.nameOf(state); }
std::optional<CreditMemoState> creditMemoStateFromName(std::string_view name) { return kStates.valueOf(name); }
std::array<CreditMemoState, 5> creditMemoStates() { return kStates.values(); }

bool isPending(CreditMemoState state) {
    return state == CreditMemoState::Requested || state == CreditMemoState::Approved;
}

std::optional<std::string> creditMemoTransitionProblem(CreditMemoState from, CreditMemoState to) {
    const std::string now = "it is " + std::string(creditMemoStateName(from));
    switch (to) {
    case CreditMemoState::Requested: return "a credit memo is requested only once";
    case CreditMemoState::Approved:
    case CreditMemoState::Rejected:
        if (from != CreditMemoState::Requested) return "only a requested credit memo is approved or rejected; " + now;
        return std::nullopt;
    case CreditMemoState::Credited:
        if (from != CreditMemoState::Approved) return "only an approved credit memo is credited; " + now;
        return std::nullopt;
    case CreditMemoState::Cancelled:
        if (!isPending(from)) return "only a requested or approved credit memo is cancelled; " + now;
        return std::nullopt;
    }
    return std::nullopt;
}

std::string creditMemoNumber(CreditMemoId id) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "%06lld", static_cast<long long>(id));
    return std::string(kPrefix) + digits;
}

std::optional<CreditMemoId> creditMemoIdIn(std::string_view text) {
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!startsPrefix(text, at)) continue;
        std::size_t end = at + kPrefix.size();
        CreditMemoId id = 0;
        std::size_t digits = 0;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) && digits <= kMaxDigits) {
            id = id * 10 + (text[end] - '0');
            ++end;
            ++digits;
        }
        if (digits > 0 && digits <= kMaxDigits && id > 0) return id;
    }
    return std::nullopt;
}

Money CreditMemoRequest::total() const {
    if (items.empty()) return Money::zero(Currency());
    Money sum = Money::zero(items.front().amount.currency());
    for (const CreditMemoItem& i : items) sum = sum + i.amount;
    return sum;
}

std::vector<std::string> creditMemoEntryProblems(const CreditMemoRequest& r) {
    std::vector<std::string> problems;
    if (r.items.empty()) problems.emplace_back("invoices: name at least one invoice of the dispute");
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const CreditMemoItem& item = r.items[i];
        const std::string name = item.number.empty() ? "document " + std::to_string(item.document) : item.number;
        if (!item.amount.isPositive())
            problems.push_back("invoices: the amount to credit on " + name + " must be more than zero");
        if (item.amount.currency() != r.items.front().amount.currency())
            problems.push_back("invoices: " + name + " is in " + std::string(item.amount.currency().code()) +
                               "; one credit note credits invoices in one currency");
        for (std::size_t j = 0; j < i; ++j)
            if (r.items[j].document == item.document) {
                problems.push_back("invoices: " + name + " is listed twice");
                break;
            }
    }
    if (r.justification.find_first_not_of(" \t\r\n") == std::string::npos)
        problems.emplace_back("justification: say why the customer is owed the credit");
    return problems;
}

} // namespace duedesk
