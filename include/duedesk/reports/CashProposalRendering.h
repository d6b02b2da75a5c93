// Cash proposals as text for a terminal and as CSV for a spreadsheet:
// numbered, each with its account, credit, the invoices it pays with the
// amounts, and the reason.
#pragma once

#include "duedesk/reports/CashMatcher.h"

#include <span>
#include <string>
#include <string_view>

namespace duedesk {

std::string_view matchBasisName(MatchBasis basis); // "reference", "same amount", "combination"
std::string_view creditTypeName(DocumentType type); // "payment", "credit note", "adjustment"

std::string renderCashProposalsText(std::span<const CashProposal> proposals);
// One row per invoice of a proposal, the proposal's number repeated.
std::string renderCashProposalsCsv(std::span<const CashProposal> proposals);

} // namespace duedesk
