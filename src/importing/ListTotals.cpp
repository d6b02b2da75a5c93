// Sums of the rows above each total line, per level and currency, and the
// comparison with what the total line says.
#include "duedesk/importing/ListTotals.h"

#include <algorithm>
#include <optional>

namespace duedesk {
namespace {

std::optional<Currency> currencyOf(std::string_view text) {
    std::string upper(text);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return Currency::fromCode(upper);
}

std::string totalName(std::size_t level) { return level == 1 ? "the subtotal" : "the total"; }

std::string rowsAbove(std::size_t rows) {
    return rows == 1 ? "the row above it" : "the " + std::to_string(rows) + " rows above it";
}

} // namespace

ListTotals::ListTotals(const RecordMapper& mapper) : mapper_(mapper) {}

void ListTotals::problem(std::size_t line, std::string reason, ImportProblems& problems) const {
    problems.add(line, mapper_.columnLabel(ImportField::Amount), std::move(reason));
}

void ListTotals::addRow(const CsvRecord& row, ImportProblems& problems) {
    finishGroup(problems);
    // The rows after a total start its level and the levels below afresh.
    for (std::size_t i = 0; i < closedUpTo_; ++i) levels_[i] = Level{};
    closedUpTo_ = 0;
    if (rowsAfterTotal_++ == 0) firstRowAfterTotal_ = row.line;

    const auto currency = currencyOf(mapper_.value(row, ImportField::Currency));
    std::optional<std::int64_t> amount;
    if (currency) amount = mapper_.mapping().amounts.read(mapper_.value(row, ImportField::Amount), *currency);
    for (Level& level : levels_) {
        if (!amount) {
            level.unreadable = true;
            continue;
        }
        Sum& sum = level.byCurrency.try_emplace(std::string(currency->code()), Sum{0, 0, *currency}).first->second;
        if (__builtin_add_overflow(sum.minorUnits, *amount, &sum.minorUnits)) level.unreadable = true;
        ++sum.rows;
    }
}

void ListTotals::checkTotal(const CsvRecord& total, std::size_t levelNumber, ImportProblems& problems) {
    const std::size_t n = std::clamp<std::size_t>(levelNumber, 1, kLevels);
    if (group_.level != n) {
        finishGroup(problems);
        group_ = Group{n, total.line, {}, false};
    }
    closedUpTo_ = std::max(closedUpTo_, n);
    sawTotal_ = true;
    rowsAfterTotal_ = 0;

    const std::string_view amountText = mapper_.value(total, ImportField::Amount);
    const Level& level = levels_[n - 1];
    if (amountText.empty() || level.unreadable) return;

    const std::string_view currencyText = mapper_.value(total, ImportField::Currency);
    std::optional<Currency> currency;
    if (!currencyText.empty()) {
        currency = currencyOf(currencyText);
        if (!currency) {
            problems.add(total.line, mapper_.columnLabel(ImportField::Currency),
                         "\"" + std::string(currencyText) + "\" is not an ISO 4217 currency code");
            return;
        }
    } else if (level.byCurrency.size() == 1) {
        currency = level.byCurrency.begin()->second.currency;
    } else {
        if (level.byCurrency.empty()) {
            if (amountText.find_first_of("123456789") != std::string_view::npos)
                problem(total.line, totalName(n) + " " + std::string(amountText) + " has no rows above it", problems);
        } else {
            std::string codes;
            for (const auto& [code, sum] : level.byCurrency) codes += (codes.empty() ? "" : ", ") + code;
            problem(total.line,
                    totalName(n) + " " + std::string(amountText) + " names no currency, and the rows above it are in " +
                        codes,
                    problems);
        }
        return;
    }

    const std::string code(currency->code());
    group_.checked = true;
    group_.currencies.insert(code);
    std::string reason;
    const auto written = mapper_.mapping().amounts.read(amountText, *currency, &reason);
    if (!written) {
        problem(total.line, reason, problems);
        return;
    }
    const auto found = level.byCurrency.find(code);
    const Sum sum = found == level.byCurrency.end() ? Sum{0, 0, *currency} : found->second;
    if (*written == sum.minorUnits) return;
    const std::string said = totalName(n) + " " + std::string(amountText) + " " + code;
    if (sum.rows == 0)
        problem(total.line, said + " has no " + code + " rows above it", problems);
    else
        problem(total.line,
                said + " does not match " + rowsAbove(sum.rows) + " (" +
                    mapper_.mapping().amounts.write(sum.minorUnits, *currency) + " " + code + ")",
                problems);
}

void ListTotals::finish(ImportProblems& problems) {
    finishGroup(problems);
    if (sawTotal_ && rowsAfterTotal_ > 0)
        problems.add(firstRowAfterTotal_, "file",
                     "no total line follows " +
                         (rowsAfterTotal_ == 1 ? std::string("the row on this line")
                                               : "the " + std::to_string(rowsAfterTotal_) + " rows from this line on") +
                         ", as one follows every block above: the list looks cut short");
    rowsAfterTotal_ = 0;
}

void ListTotals::finishGroup(ImportProblems& problems) {
    // SAP prints one total line per currency: a currency whose rows add up
    // to something but that has no line was cut out of the list.
    if (group_.level > 0 && group_.checked) {
        const Level& level = levels_[group_.level - 1];
        for (const auto& [code, sum] : level.byCurrency) {
            if (sum.minorUnits == 0 || group_.currencies.contains(code)) continue;
            problem(group_.firstLine,
                    totalName(group_.level) + " has no " + code + " line, but " + rowsAbove(sum.rows) +
                        (sum.rows == 1 ? " is " : " add up to ") +
                        mapper_.mapping().amounts.write(sum.minorUnits, sum.currency) + " " + code,
                    problems);
        }
    }
    group_ = Group{};
}

} // namespace duedesk
