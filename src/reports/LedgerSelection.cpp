// Sorting and filtering the ledger list on the raw values LedgerColumns
// names: each row's key is taken once per sort, then only keys compare.
#include "duedesk/reports/LedgerSelection.h"

#include "reports/CaseFold.h"

#include <algorithm>
#include <compare>
#include <numeric>
#include <string_view>

namespace duedesk {
namespace {

bool sameChoices(const LedgerFilter& a, const LedgerFilter& b) {
    return a.analyst == b.analyst && a.riskClass == b.riskClass && a.netOverdueAbove == b.netOverdueAbove &&
           a.overCreditLimitOnly == b.overCreditLimitOnly && a.followUpDueBy == b.followUpDueBy;
}

} // namespace

void LedgerSelection::setRows(std::vector<LedgerRow> rows) {
    rows_ = std::move(rows);
    folded_.clear();
    foldedColumn_.reset();
    sortAll();
    filterFrom(sorted_);
}

void LedgerSelection::sortBy(LedgerColumn column, SortOrder order) {
    column_ = column;
    order_ = order;
    sortAll();
    filterFrom(sorted_);
}

void LedgerSelection::setFilter(LedgerFilter filter) {
    const bool narrows = filterNarrows(filter_, filter);
    filter_ = std::move(filter);
    if (narrows) {
        const std::vector<std::uint32_t> candidates = std::move(shown_);
        filterFrom(candidates);
    } else {
        filterFrom(sorted_);
    }
}

std::optional<std::size_t> LedgerSelection::positionOf(AccountId account) const {
    for (std::size_t i = 0; i < shown_.size(); ++i)
        if (rows_[shown_[i]].id == account) return i;
    return std::nullopt;
}

void LedgerSelection::sortAll() {
    sorted_.resize(rows_.size());
    std::iota(sorted_.begin(), sorted_.end(), 0u);
    const bool descending = order_ == SortOrder::Descending;
    // Ties keep account-number order (the rows' own), whichever direction.
    const auto sortOn = [&](const auto& keys) {
        std::sort(sorted_.begin(), sorted_.end(), [&](std::uint32_t a, std::uint32_t b) {
            const auto c = keys[a] <=> keys[b];
            if (c != 0) return descending ? c > 0 : c < 0;
            return a < b;
        });
    };
    switch (ledgerColumnSpec(column_).sortKind) {
    case LedgerSortKind::Integer: {
        std::vector<std::int64_t> keys;
        keys.reserve(rows_.size());
        for (const LedgerRow& r : rows_) keys.push_back(ledgerSortInteger(r, column_));
        sortOn(keys);
        break;
    }
    case LedgerSortKind::Text: {
        std::vector<std::string_view> keys;
        keys.reserve(rows_.size());
        for (const LedgerRow& r : rows_) keys.push_back(ledgerSortText(r, column_));
        sortOn(keys);
        break;
    }
    case LedgerSortKind::FoldedText: {
        if (foldedColumn_ != column_) {
            folded_.clear();
            folded_.reserve(rows_.size());
            for (const LedgerRow& r : rows_) {
                std::string folded(ledgerSortText(r, column_));
                for (char& c : folded) c = static_cast<char>(casefold::fold(c));
                folded_.push_back(std::move(folded));
            }
            foldedColumn_ = column_;
        }
        sortOn(folded_);
        break;
    }
    }
}

void LedgerSelection::filterFrom(const std::vector<std::uint32_t>& candidates) {
    std::vector<std::uint32_t> shown;
    shown.reserve(candidates.size());
    for (const std::uint32_t i : candidates)
        if (filter_.accepts(rows_[i])) shown.push_back(i);
    shown_ = std::move(shown);
}

bool filterNarrows(const LedgerFilter& wider, const LedgerFilter& narrower) {
    if (!sameChoices(wider, narrower)) return false;
    return casefold::contains(narrower.text, wider.text);
}

} // namespace duedesk
