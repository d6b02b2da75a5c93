// CashMatcher: proposes which open invoices each unapplied payment, credit
// note or adjustment of an account pays, most certain first:
//   1. the credit's reference names an open invoice (its number, ignoring
//      case and surrounding spaces): the smaller of the two open amounts;
//   2. an open invoice whose open amount equals the credit's exactly (the
//      oldest due when several do);
//   3. open invoices whose open amounts add up to the credit's exactly:
//      at most kMaxCombinationInvoices of the kCombinationCandidates
//      oldest due invoices smaller than the credit, trying at most
//      kMaxCombinationSteps combinations per credit; of those that fit,
//      the one with the oldest invoices (compared oldest first).
// Every pass runs over all credits before the next, so a less certain match
// never takes an invoice a more certain one names. A proposal consumes what
// it uses: no amount of a credit or an invoice is proposed twice. Only
// documents of the same account and currency are matched. Pure: no storage.
#pragma once

#include "duedesk/domain/Document.h"

#include <span>
#include <string>
#include <vector>

namespace duedesk {

enum class MatchBasis { Reference, SameAmount, Combination };

struct CashMatchLine {
    Document invoice; // as it stood before the proposal
    Money amount = Money::zero(Currency()); // to allocate to it
};

struct CashProposal {
    Document credit; // as it stood before the proposal
    std::string accountNumber;
    std::string accountName;
    MatchBasis basis = MatchBasis::Reference;
    std::vector<CashMatchLine> lines; // oldest due first
    std::string reason; // for the analyst: "PY12's reference names invoice SI10000042"

    Money total() const;
};

inline constexpr std::size_t kMaxCombinationInvoices = 6;
inline constexpr std::size_t kCombinationCandidates = 30;
inline constexpr std::int64_t kMaxCombinationSteps = 200'000;

// Proposals for one account's open documents (invoices and credits, in any
// order), in the order of the credits: document date, then id.
std::vector<CashProposal> proposeCashMatches(std::span<const Document> openDocuments);

} // namespace duedesk
