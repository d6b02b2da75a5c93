// Entering, importing and reading exchange rates.
#include "duedesk/services/ExchangeRates.h"

#include "domain/TrimBlanks.h"

#include "duedesk/importing/CsvReader.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/UnitOfWork.h"

#include <array>
#include <optional>

namespace duedesk {
namespace {

constexpr std::array<std::string_view, 4> kColumns{"from", "to", "valid_from", "rate"};

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

} // namespace

ExchangeRates::ExchangeRates(LedgerDatabase& database) : database_(database) {}

bool ExchangeRates::put(const ExchangeRate& rate, const Actor& by) {
    requirePermission(by, Permission::MaintainRates);
    if (rate.from == rate.to) throw std::invalid_argument("a rate needs two different currencies");
    UnitOfWork work(database_);
    const bool changed = database_.exchangeRates().put(rate, by.user, by.on);
    work.commit();
    return changed;
}

RateImportResult ExchangeRates::importCsv(std::string_view text, const Actor& by) {
    requirePermission(by, Permission::MaintainRates);
    RateImportResult result;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    CsvReader reader(text);
    CsvRecord record;
    std::array<std::optional<std::size_t>, kColumns.size()> at;
    try {
        if (!reader.next(record)) {
            result.problems.add(1, "header", "the file is empty");
            return result;
        }
        for (std::size_t i = 0; i < record.fields.size(); ++i)
            for (std::size_t c = 0; c < kColumns.size(); ++c)
                if (trimBlanks(record.fields[i]) == kColumns[c]) at[c] = i;
        for (std::size_t c = 0; c < kColumns.size(); ++c)
            if (!at[c]) result.problems.add(record.line, "header", "no column named " + quoted(kColumns[c]));
        if (!result.problems.empty()) return result;

        UnitOfWork work(database_);
        ExchangeRateRepository& rates = database_.exchangeRates();
        while (reader.next(record)) {
            ++result.rowsRead;
            const auto field = [&](std::size_t c) -> std::string_view {
                return *at[c] < record.fields.size() ? trimBlanks(record.fields[*at[c]]) : std::string_view();
            };
            ExchangeRate rate;
            bool good = true;
            for (std::size_t c : {0u, 1u}) {
                const auto currency = Currency::fromCode(field(c));
                if (!currency) {
                    result.problems.add(record.line, std::string(kColumns[c]),
                                        quoted(field(c)) + " is not a known ISO 4217 currency code");
                    good = false;
                } else {
                    (c == 0 ? rate.from : rate.to) = *currency;
                }
            }
            if (good && rate.from == rate.to) {
                result.problems.add(record.line, "to", "is the same currency as from");
                good = false;
            }
            if (const auto day = Date::parseIso(field(2)))
                rate.validFrom = *day;
            else {
                result.problems.add(record.line, "valid_from", quoted(field(2)) + " is not a valid date (YYYY-MM-DD)");
                good = false;
            }
            if (const auto value = DecimalRate::parse(field(3)))
                rate.rate = *value;
            else {
                result.problems.add(record.line, "rate",
                                    quoted(field(3)) + " is not a rate (a number above zero, such as 0.8612, with up "
                                                       "to 12 decimals)");
                good = false;
            }
            if (good && result.problems.empty() && rates.put(rate, by.user, by.on)) ++result.ratesChanged;
        }
        if (result.problems.empty()) work.commit();
    } catch (const CsvSyntaxError& e) {
        result.problems.add(e.line(), "file", e.what());
    }
    return result;
}

std::vector<ExchangeRate> ExchangeRates::all() { return database_.exchangeRates().all(); }

ExchangeRateTable ExchangeRates::tableOn(Date day, const Currency& target) {
    return ExchangeRateTable(target, database_.exchangeRates().inForceOn(day));
}

} // namespace duedesk
