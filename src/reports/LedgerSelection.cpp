// Sorting and filtering the ledger list on raw values. Money sorts on minor
// units as they are: without exchange rates, amounts in different
// currencies have no common order.
#include "duedesk/reports/LedgerSelection.h"

#include "reports/CaseFold.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace duedesk {
namespace {

template <typename T>
int compareValues(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// An absent limit or use sorts below every present one.
std::int64_t orBelowAll(const std::optional<std::int64_t>& v) { return v.value_or(-1); }
int orBelowAll(const std::optional<int>& v) { return v.value_or(-1); }
// An account never contacted, or without a follow-up, sorts below any date.
std::int32_t orBelowAll(const std::optional<Date>& d) { return d ? d->dayNumber() : INT32_MIN; }

// Names compare through lower-case copies the selection makes once.
int compareRows(const LedgerRow& a, const LedgerRow& b, const std::string& foldedNameA, const std::string& foldedNameB,
                LedgerSortKey key) {
    switch (key) {
    case LedgerSortKey::Number: return compareValues(a.number, b.number);
    case LedgerSortKey::Name: return foldedNameA.compare(foldedNameB);
    case LedgerSortKey::Analyst: return compareValues(a.analyst, b.analyst);
    case LedgerSortKey::Currency: return compareValues(a.currency.code(), b.currency.code());
    case LedgerSortKey::Balance: return compareValues(a.balance, b.balance);
    case LedgerSortKey::Overdue: return compareValues(a.overdue, b.overdue);
    case LedgerSortKey::OldestDays: return compareValues(a.oldestDaysPastDue, b.oldestDaysPastDue);
    case LedgerSortKey::CreditLimit: return compareValues(orBelowAll(a.creditLimit), orBelowAll(b.creditLimit));
    case LedgerSortKey::CreditUse: return compareValues(orBelowAll(a.creditUsePercent), orBelowAll(b.creditUsePercent));
    case LedgerSortKey::Risk: return compareValues(a.riskClass, b.riskClass);
    case LedgerSortKey::LastContact: return compareValues(orBelowAll(a.lastContact), orBelowAll(b.lastContact));
    case LedgerSortKey::NextFollowUp: return compareValues(orBelowAll(a.nextFollowUp), orBelowAll(b.nextFollowUp));
    }
    return 0;
}

bool sameChoices(const LedgerFilter& a, const LedgerFilter& b) {
    return a.analyst == b.analyst && a.riskClass == b.riskClass && a.overdueAboveMajor == b.overdueAboveMajor &&
           a.overCreditLimitOnly == b.overCreditLimitOnly && a.followUpDueBy == b.followUpDueBy;
}

} // namespace

void LedgerSelection::setRows(std::vector<LedgerRow> rows) {
    rows_ = std::move(rows);
    foldedNames_.clear();
    foldedNames_.reserve(rows_.size());
    for (const LedgerRow& r : rows_) {
        std::string folded = r.name;
        for (char& c : folded) c = static_cast<char>(casefold::fold(c));
        foldedNames_.push_back(std::move(folded));
    }
    sortAll();
    filterFrom(sorted_);
}

void LedgerSelection::sortBy(LedgerSortKey key, SortOrder order) {
    key_ = key;
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
    std::sort(sorted_.begin(), sorted_.end(), [&](std::uint32_t a, std::uint32_t b) {
        const int c = compareRows(rows_[a], rows_[b], foldedNames_[a], foldedNames_[b], key_);
        if (c != 0) return descending ? c > 0 : c < 0;
        return a < b;
    });
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
