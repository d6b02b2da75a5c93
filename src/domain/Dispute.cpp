// Names of dispute reasons and states, and the rules of their lifecycle.
#include "duedesk/domain/Dispute.h"
#include "duedesk/domain/DisputeRules.h"

#include "domain/NameTable.h"

#include <algorithm>

namespace duedesk {
namespace {
constexpr NameTable<DisputeReason, 8> kReasons{{{
    {DisputeReason::Pricing, "pricing"},
    {DisputeReason::Quantity, "quantity"},
    {DisputeReason::NotReceived, "not_received"},
    {DisputeReason::DuplicateBilling, "duplicate_billing"},
    {DisputeReason::MissingPurchaseOrder, "missing_po"},
    {DisputeReason::Quality, "quality"},
    {DisputeReason::Deduction, "deduction"},
    {DisputeReason::Other, "other"},
}}};
constexpr NameTable<DisputeReason, 8> kReasonLabels{{{
    {DisputeReason::Pricing, "Pricing"},
    {DisputeReason::Quantity, "Quantity"},
    {DisputeReason::NotReceived, "Goods or service not received"},
    {DisputeReason::DuplicateBilling, "Duplicate billing"},
    {DisputeReason::MissingPurchaseOrder, "Missing purchase order"},
    {DisputeReason::Quality, "Quality"},
    {DisputeReason::Deduction, "Deduction or chargeback"},
    {DisputeReason::Other, "Other"},
}}};
constexpr NameTable<DisputeState, 5> kStates{{{
    {DisputeState::Open, "open"},
    {DisputeState::Investigating, "investigating"},
    {DisputeState::Credited, "credited"},
    {DisputeState::Rejected, "rejected"},
    {DisputeState::Withdrawn, "withdrawn"},
}}};
constexpr NameTable<DisputeState, 5> kStateLabels{{{
    {DisputeState::Open, "open"},
    {DisputeState::Investigating, "investigating"},
    {DisputeState::Credited, "resolved as credited"},
    {DisputeState::Rejected, "resolved as rejected"},
    {DisputeState::Withdrawn, "withdrawn"},
}}};
} // namespace

std::string_view disputeReasonName(DisputeReason reason) { return kReasons.nameOf(reason); }
std::optional<DisputeReason> disputeReasonFromName(std::string_view name) { return kReasons.valueOf(name); }
std::string_view disputeReasonLabel(DisputeReason reason) { return kReasonLabels.nameOf(reason); }
std::array<DisputeReason, 8> disputeReasons() { return kReasons.values(); }

std::string_view disputeStateName(DisputeState state) { return kStates.nameOf(state); }
std::optional<DisputeState> disputeStateFromName(std::string_view name) { return kStates.valueOf(name); }
std::string_view disputeStateLabel(DisputeState state) { return kStateLabels.nameOf(state); }
std::array<DisputeState, 5> disputeStates() { return kStates.values(); }

bool isActive(DisputeState state) { return state == DisputeState::Open || state == DisputeState::Investigating; }

std::optional<std::string> disputeTransitionProblem(DisputeState from, DisputeState to) {
    if (!isActive(from))
        return "the dispute is closed (" + std::string(disputeStateLabel(from)) + ") and cannot change";
    if (from == to) return "the dispute is already " + std::string(disputeStateLabel(from));
    switch (to) {
    case DisputeState::Open: return "an investigated dispute cannot be reopened";
    case DisputeState::Investigating:
    case DisputeState::Withdrawn: return std::nullopt;
    case DisputeState::Credited:
    case DisputeState::Rejected:
        // Someone must have looked at it before it is decided.
        if (from == DisputeState::Open)
            return "an open dispute is investigated before it is " + std::string(disputeStateLabel(to));
        return std::nullopt;
    }
    return std::nullopt;
}

Date disputeDueDate(Date raisedOn, DisputeReason reason, const DisputeServiceLevels& levels) {
    return raisedOn.addDays(levels.daysFor(reason));
}

bool pastServiceLevel(const Dispute& dispute, Date day) { return dispute.activeOn(day) && day > dispute.dueOn; }

int disputeAgeDays(const Dispute& dispute, Date day) { return std::max(0, day - dispute.raisedOn); }

std::vector<std::string> disputeEntryProblems(const Dispute& d) {
    std::vector<std::string> problems;
    if (std::ranges::all_of(d.owner, [](char c) { return c == ' ' || c == '\t'; }))
        problems.emplace_back("owner: say who must resolve the dispute");
    if (d.invoices.empty()) problems.emplace_back("invoices: name at least one invoice");
    for (std::size_t i = 0; i < d.invoices.size(); ++i) {
        const DisputedInvoice& inv = d.invoices[i];
        if (!inv.amount.isPositive())
            problems.push_back("invoices: the disputed amount of " +
                               (inv.number.empty() ? "document " + std::to_string(inv.document) : inv.number) +
                               " must be more than zero");
        for (std::size_t j = 0; j < i; ++j)
            if (d.invoices[j].document == inv.document) {
                problems.push_back(
                    "invoices: " + (inv.number.empty() ? "document " + std::to_string(inv.document) : inv.number) +
                    " is listed twice");
                break;
            }
    }
    return problems;
}

} // namespace duedesk
