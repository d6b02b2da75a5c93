// Names of write-off reasons and states, the lifecycle and the limit rule.
#include "duedesk/domain/WriteOff.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<WriteOffReason, 6> kReasons{{{
    {WriteOffReason::Insolvent, "insolvent"},
    {WriteOffReason::Uneconomic, "uneconomic"},
    {WriteOffReason::SmallBalance, "small_balance"},
    {WriteOffReason::SettlementAgreed, "settlement_agreed"},
    {WriteOffReason::DisputeLost, "dispute_lost"},
    {WriteOffReason::Other, "other"},
}}};
constexpr NameTable<WriteOffReason, 6> kReasonLabels{{{
    {WriteOffReason::Insolvent, "Customer insolvent"},
    {WriteOffReason::Uneconomic, "Uneconomic to pursue"},
    {WriteOffReason::SmallBalance, "Small balance"},
    {WriteOffReason::SettlementAgreed, "Settlement agreed"},
    {WriteOffReason::DisputeLost, "Dispute lost"},
    {WriteOffReason::Other, "Other"},
}}};
constexpr NameTable<WriteOffState, 4> kStates{{{
    {WriteOffState::Requested, "requested"},
    {WriteOffState::Approved, "approved"},
    {WriteOffState::Rejected, "rejected"},
    {WriteOffState::Posted, "posted"},
}}};

std::string amountText(const Money& m) { return m.toGroupedString() + " " + std::string(m.currency().code()); }
} // namespace

std::string_view writeOffReasonName(WriteOffReason reason) { return kReasons.nameOf(reason); }
std::optional<WriteOffReason> writeOffReasonFromName(std::string_view name) { return kReasons.valueOf(name); }
std::string_view writeOffReasonLabel(WriteOffReason reason) { return kReasonLabels.nameOf(reason); }
std::array<WriteOffReason, 6> writeOffReasons() { return kReasons.values(); }

std::string_view writeOffStateName(WriteOffState state) { return kStates.nameOf(state); }
std::optional<WriteOffState> writeOffStateFromName(std::string_view name) { return kStates.valueOf(name); }
std::array<WriteOffState, 4> writeOffStates() { return kStates.values(); }

bool isPending(WriteOffState state) { return state == WriteOffState::Requested || state == WriteOffState::Approved; }

std::optional<std::string> writeOffTransitionProblem(WriteOffState from, WriteOffState to) {
    const std::string now = "it is " + std::string(writeOffStateName(from));
    switch (to) {
    case WriteOffState::Requested: return "a write-off is requested only once";
    case WriteOffState::Approved:
    case WriteOffState::Rejected:
        if (from != WriteOffState::Requested) return "only a requested write-off is approved or rejected; " + now;
        return std::nullopt;
    case WriteOffState::Posted:
        if (from != WriteOffState::Approved) return "only an approved write-off is posted; " + now;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::string> writeOffLimitProblem(const Money& total, const Money& limit) {
    if (total <= limit) return std::nullopt;
    return "limit " + amountText(limit) + " is below the total " + amountText(total) +
           "; it needs an approver with a limit of at least " + amountText(total);
}

std::vector<std::string> writeOffEntryProblems(const WriteOff& w) {
    std::vector<std::string> problems;
    if (w.items.empty()) problems.emplace_back("documents: name at least one document");
    for (std::size_t i = 0; i < w.items.size(); ++i) {
        const WriteOffItem& item = w.items[i];
        const std::string name = item.number.empty() ? "document " + std::to_string(item.document) : item.number;
        if (!item.amount.isPositive())
            problems.push_back("documents: the amount written off " + name + " must be more than zero");
        for (std::size_t j = 0; j < i; ++j)
            if (w.items[j].document == item.document) {
                problems.push_back("documents: " + name + " is listed twice");
                break;
            }
    }
    if (w.evidence.find_first_not_of(" \t\r\n") == std::string::npos)
        problems.emplace_back("evidence: say what shows the money is lost");
    return problems;
}

} // namespace duedesk
