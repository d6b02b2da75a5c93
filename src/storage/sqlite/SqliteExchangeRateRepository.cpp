// SQL for exchange rates.
#include "storage/sqlite/SqliteExchangeRateRepository.h"

#include "storage/sqlite/CurrencyColumn.h"

namespace duedesk {
namespace {

std::vector<ExchangeRate> readRates(sqlite::Statement& s) {
    std::vector<ExchangeRate> rates;
    CurrencyColumn from, to;
    while (s.step()) {
        ExchangeRate r;
        r.from = from.read(s.text(0));
        r.to = to.read(s.text(1));
        r.validFrom = Date::fromDayNumber(s.int32(2));
        const auto rate = DecimalRate::parse(s.text(3));
        if (!rate) throw StorageError("the ledger holds an exchange rate that is not a number: " + s.string(3));
        r.rate = *rate;
        rates.push_back(r);
    }
    return rates;
}

} // namespace

bool SqliteExchangeRateRepository::put(const ExchangeRate& rate, std::optional<UserId> recordedBy, Date recordedOn) {
    const std::string text = rate.rate.toString();
    {
        sqlite::Statement same(database_.connection(),
                               "SELECT rate FROM exchange_rates WHERE from_currency = ? AND to_currency = ? AND "
                               "valid_from = ?");
        same.bind(1, rate.from.code()).bind(2, rate.to.code()).bind(3, rate.validFrom.dayNumber());
        if (same.step() && same.text(0) == text) return false;
    }
    sqlite::Statement s(database_.connection(),
                        "INSERT INTO exchange_rates (from_currency, to_currency, valid_from, rate, recorded_by, "
                        "recorded_on) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (from_currency, to_currency, valid_from) DO UPDATE SET rate = excluded.rate, "
                        "recorded_by = excluded.recorded_by, recorded_on = excluded.recorded_on");
    s.bind(1, rate.from.code()).bind(2, rate.to.code()).bind(3, rate.validFrom.dayNumber()).bind(4, text);
    s.bind(5, recordedBy).bind(6, recordedOn.dayNumber()).run();
    return true;
}

std::vector<ExchangeRate> SqliteExchangeRateRepository::all() {
    sqlite::Statement s(database_.connection(),
                        "SELECT from_currency, to_currency, valid_from, rate FROM exchange_rates "
                        "ORDER BY from_currency, to_currency, valid_from");
    return readRates(s);
}

std::vector<ExchangeRate> SqliteExchangeRateRepository::inForceOn(Date day) {
    // SQLite returns the row of the max() in a bare-column aggregate.
    sqlite::Statement s(
        database_.connection(),
        "SELECT from_currency, to_currency, max(valid_from), rate FROM exchange_rates "
        "WHERE valid_from <= ? GROUP BY from_currency, to_currency ORDER BY from_currency, to_currency");
    s.bind(1, day.dayNumber());
    return readRates(s);
}

} // namespace duedesk
