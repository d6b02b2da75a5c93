// Formatting and collection of import problems.
#include "duedesk/importing/ImportProblem.h"

namespace duedesk {

std::string ImportProblem::describe(const std::string& fileLabel) const {
    return fileLabel + ":" + std::to_string(line) + ": " + column + ": " + reason;
}

void ImportProblems::add(std::size_t line, std::string column, std::string reason) {
    ++total_;
    if (kept_.size() < limit_) kept_.push_back({line, std::move(column), std::move(reason)});
}

} // namespace duedesk
