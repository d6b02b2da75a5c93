// LedgerSelection: the ledger rows a view shows and the order it shows them
// in. All rows are sorted once per sort column (on the raw value
// LedgerColumns names); a filter is then one pass over that order, so a
// keystroke never re-sorts, and a search that only grows (typing on) looks
// only at the rows already shown.
#pragma once

#include "duedesk/reports/LedgerColumns.h"
#include "duedesk/reports/LedgerList.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

enum class SortOrder { Ascending, Descending };

class LedgerSelection {
public:
    // Rows in account-number order, as loadLedgerList returns them; ties in
    // any sort keep that order, whichever direction is asked.
    void setRows(std::vector<LedgerRow> rows);
    void sortBy(LedgerColumn column, SortOrder order);
    void setFilter(LedgerFilter filter);

    std::size_t shownCount() const { return shown_.size(); }
    std::size_t totalCount() const { return rows_.size(); }
    const LedgerRow& shown(std::size_t position) const { return rows_[shown_[position]]; }
    const std::vector<LedgerRow>& rows() const { return rows_; }
    const LedgerFilter& filter() const { return filter_; }
    // Where an account is among the shown rows; none when filtered out.
    std::optional<std::size_t> positionOf(AccountId account) const;

private:
    void sortAll();
    void filterFrom(const std::vector<std::uint32_t>& candidates);

    std::vector<LedgerRow> rows_;
    // The texts of a FoldedText column in lower case, made once for these
    // rows at the first sort on it: sorting then compares bytes.
    std::vector<std::string> folded_;
    std::optional<LedgerColumn> foldedColumn_;
    std::vector<std::uint32_t> sorted_; // every row, in the sort order
    std::vector<std::uint32_t> shown_; // the filter's rows, in the sort order
    LedgerFilter filter_;
    LedgerColumn column_ = LedgerColumn::Number;
    SortOrder order_ = SortOrder::Ascending;
};

// True when every row `narrower` accepts is also accepted by `wider`: same
// choices, and a search text that contains the wider one.
bool filterNarrows(const LedgerFilter& wider, const LedgerFilter& narrower);

} // namespace duedesk
