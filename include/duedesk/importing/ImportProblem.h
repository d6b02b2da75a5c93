// Problems found in an import file, each tied to a line and a column so the
// user can find and fix it: "ledger.csv:7: amount: \"12.345\" has more ...".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace duedesk {

struct ImportProblem {
    std::size_t line = 0;
    std::string column; // the column as the file names it, or "header" / "row" / "file"
    std::string reason;

    // "FILE:LINE: column: reason"
    std::string describe(const std::string& fileLabel) const;
};

// Keeps the first `limit` problems and counts them all.
class ImportProblems final {
public:
    explicit ImportProblems(std::size_t limit = 100) : limit_(limit) {}
    void add(std::size_t line, std::string column, std::string reason);
    bool empty() const { return total_ == 0; }
    std::size_t total() const { return total_; }
    const std::vector<ImportProblem>& kept() const { return kept_; }
    bool full() const { return kept_.size() >= limit_; }
    // Replaces the reason of a kept problem (one whose details are known
    // only after the whole file has been read).
    void reword(std::size_t index, std::string reason) { kept_.at(index).reason = std::move(reason); }

private:
    std::size_t limit_;
    std::size_t total_ = 0;
    std::vector<ImportProblem> kept_;
};

} // namespace duedesk
