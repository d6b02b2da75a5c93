// ListTotals: checks the total lines of a printed list against the rows
// above them, so a list that was cut short or edited by hand is caught
// instead of imported. SAP prints a `*` line per currency under each sort
// group (a customer's block), `**` under the next level up (the grand
// total of a list sorted by customer), and so on: a total of level N adds
// up the rows since the previous total of level N or higher.
#pragma once

#include "duedesk/importing/CsvReader.h"
#include "duedesk/importing/ImportProblem.h"
#include "duedesk/importing/RecordMapper.h"

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace duedesk {

class ListTotals final {
public:
    // The mapper's header must be bound: totals are read from the same
    // amount and currency columns as the rows.
    explicit ListTotals(const RecordMapper& mapper);

    // A data row: its amount joins every level. It also ends the total
    // lines above it, whose missing currencies are reported then.
    void addRow(const CsvRecord& row, ImportProblems& problems);
    // A total line of `level` (1 for `*`); problems name its line. A total
    // line with nothing in the amount column is not checked.
    void checkTotal(const CsvRecord& total, std::size_t level, ImportProblems& problems);
    // The end of the list. A list with total lines ends with one: rows
    // after the last total mean the file was cut short.
    void finish(ImportProblems& problems);

private:
    struct Sum {
        std::int64_t minorUnits = 0;
        std::size_t rows = 0;
        Currency currency;
    };
    struct Level {
        std::map<std::string, Sum, std::less<>> byCurrency;
        // A row whose amount or currency could not be read: the row is
        // reported already, and this level's totals cannot be checked.
        bool unreadable = false;
    };
    // The consecutive total lines of one level: one per currency.
    struct Group {
        std::size_t level = 0;
        std::size_t firstLine = 0;
        std::set<std::string, std::less<>> currencies;
        bool checked = false; // at least one line carried an amount
    };

    // Deeper totals than this are taken as this level: SAP sorts by at
    // most a few fields, so this is never reached in practice.
    static constexpr std::size_t kLevels = 9;

    void finishGroup(ImportProblems& problems);
    void problem(std::size_t line, std::string reason, ImportProblems& problems) const;

    const RecordMapper& mapper_;
    std::array<Level, kLevels> levels_; // [0] is level 1
    Group group_; // level 0: none open
    std::size_t closedUpTo_ = 0; // levels to restart at the next row
    bool sawTotal_ = false;
    std::size_t rowsAfterTotal_ = 0;
    std::size_t firstRowAfterTotal_ = 0; // its line
};

} // namespace duedesk
