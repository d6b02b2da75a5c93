// Version 5 of the Duedesk schema: the team's settings (the reporting
// currency) and the exchange rates users maintain. Rates serve ranking,
// filters and cross-currency totals only; no document amount is ever
// converted. A pair has one rate per day it takes effect; entering it
// again corrects it, recording who did and when.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion5 = R"SQL(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE exchange_rates (
  id            INTEGER PRIMARY KEY,
  from_currency TEXT NOT NULL,
  to_currency   TEXT NOT NULL CHECK (to_currency <> from_currency),
  valid_from    INTEGER NOT NULL,
  rate          TEXT NOT NULL, -- an exact decimal: one from_currency is worth this many to_currency
  recorded_by   INTEGER REFERENCES users(id),
  recorded_on   INTEGER NOT NULL,
  UNIQUE (from_currency, to_currency, valid_from)
) STRICT;
)SQL";

} // namespace duedesk::schema
