// The three passes of cash matching over one account's open documents.
#include "duedesk/reports/CashMatcher.h"

#include "domain/TrimBlanks.h"

#include "reports/CaseFold.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace duedesk {
namespace {

bool sameIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return casefold::fold(x) == casefold::fold(y); });
}

std::string creditKind(DocumentType type) {
    switch (type) {
    case DocumentType::CreditNote: return "credit note";
    case DocumentType::Adjustment: return "adjustment";
    default: return "payment";
    }
}

// What is left of each document as proposals take from it.
class Matching final {
public:
    explicit Matching(std::span<const Document> documents) {
        for (const Document& d : documents) {
            left_[d.id] = d.openAmount.minorUnits();
            (isDebit(d.type) ? invoices_ : credits_).push_back(&d);
        }
        std::ranges::sort(credits_, [](const Document* a, const Document* b) {
            return std::tie(a->documentDate, a->id) < std::tie(b->documentDate, b->id);
        });
        std::ranges::sort(invoices_, [](const Document* a, const Document* b) {
            return std::tie(a->dueDate, a->documentDate, a->id) < std::tie(b->dueDate, b->documentDate, b->id);
        });
    }

    std::vector<CashProposal> run() {
        for (const Document* credit : credits_) byReference(*credit);
        for (const Document* credit : credits_)
            if (!proposed_.contains(credit->id)) bySameAmount(*credit);
        for (const Document* credit : credits_)
            if (!proposed_.contains(credit->id)) byCombination(*credit);
        std::vector<CashProposal> out;
        for (const Document* credit : credits_)
            if (auto found = proposed_.find(credit->id); found != proposed_.end()) out.push_back(found->second);
        return out;
    }

private:
    std::int64_t left(const Document& d) const { return left_.at(d.id); }

    // The open invoices of the credit's currency with something left, oldest due first.
    std::vector<const Document*> candidates(const Document& credit) const {
        std::vector<const Document*> out;
        for (const Document* invoice : invoices_)
            if (invoice->amount.currency() == credit.amount.currency() && left(*invoice) > 0) out.push_back(invoice);
        return out;
    }

    Money money(std::int64_t minor, const Document& d) const { return Money(minor, d.amount.currency()); }

    void propose(const Document& credit, MatchBasis basis, const std::vector<const Document*>& invoices,
                 const std::vector<std::int64_t>& amounts, std::string reason) {
        CashProposal p;
        p.credit = credit;
        p.basis = basis;
        p.reason = std::move(reason);
        for (std::size_t i = 0; i < invoices.size(); ++i) {
            p.lines.push_back({*invoices[i], money(amounts[i], credit)});
            left_[invoices[i]->id] -= amounts[i];
            left_[credit.id] -= amounts[i];
        }
        proposed_.emplace(credit.id, std::move(p));
    }

    void byReference(const Document& credit) {
        const std::string_view reference = trimBlanks(credit.reference);
        if (reference.empty()) return;
        for (const Document* invoice : candidates(credit)) {
            if (!sameIgnoringCase(trimBlanks(invoice->number), reference)) continue;
            const std::int64_t amount = std::min(left(credit), left(*invoice));
            std::string reason = credit.number + "'s reference names invoice " + invoice->number;
            if (left(credit) > amount)
                reason += "; " + money(left(credit) - amount, credit).toGroupedString() + " of the " +
                          creditKind(credit.type) + " stays unapplied";
            else if (left(*invoice) > amount)
                reason +=
                    "; " + money(left(*invoice) - amount, credit).toGroupedString() + " of the invoice stays open";
            propose(credit, MatchBasis::Reference, {invoice}, {amount}, std::move(reason));
            return;
        }
    }

    void bySameAmount(const Document& credit) {
        const Document* first = nullptr;
        int alike = 0;
        for (const Document* invoice : candidates(credit)) {
            if (left(*invoice) != left(credit)) continue;
            if (!first) first = invoice;
            ++alike;
        }
        if (!first) return;
        std::string reason = "same amount as invoice " + first->number;
        if (alike > 1) reason += " (the oldest due of " + std::to_string(alike) + " invoices of that amount)";
        propose(credit, MatchBasis::SameAmount, {first}, {left(credit)}, std::move(reason));
    }

    void byCombination(const Document& credit) {
        const std::int64_t target = left(credit);
        std::vector<const Document*> pool;
        for (const Document* invoice : candidates(credit))
            if (left(*invoice) < target && pool.size() < kCombinationCandidates) pool.push_back(invoice);
        std::vector<std::size_t> chosen;
        std::int64_t steps = 0;
        // Depth first, each next invoice younger than the last: the first
        // combination found is the one with the oldest invoices.
        const auto search = [&](auto& self, std::size_t from, std::int64_t sum) -> bool {
            for (std::size_t i = from; i < pool.size(); ++i) {
                if (++steps > kMaxCombinationSteps) return false;
                const std::int64_t next = sum + left(*pool[i]);
                if (next > target) continue;
                chosen.push_back(i);
                if (next == target && chosen.size() >= 2) return true;
                if (next < target && chosen.size() < kMaxCombinationInvoices && self(self, i + 1, next)) return true;
                chosen.pop_back();
            }
            return false;
        };
        if (!search(search, 0, 0)) return;
        std::vector<const Document*> invoices;
        std::vector<std::int64_t> amounts;
        std::string names;
        for (std::size_t i : chosen) {
            invoices.push_back(pool[i]);
            amounts.push_back(left(*pool[i]));
            names += (names.empty() ? "" : ", ") + pool[i]->number;
        }
        propose(credit, MatchBasis::Combination, invoices, amounts,
                "equals the sum of " + std::to_string(invoices.size()) + " invoices: " + names);
    }

    std::map<DocumentId, std::int64_t> left_;
    std::vector<const Document*> credits_;
    std::vector<const Document*> invoices_;
    std::map<DocumentId, CashProposal> proposed_;
};

} // namespace

Money CashProposal::total() const {
    Money sum = Money::zero(credit.amount.currency());
    for (const CashMatchLine& line : lines) sum += line.amount;
    return sum;
}

std::vector<CashProposal> proposeCashMatches(std::span<const Document> openDocuments) {
    return Matching(openDocuments).run();
}

} // namespace duedesk
