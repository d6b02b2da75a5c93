// BookShape: how a ledger looks to a team leader at a glance: per currency
// the aging shares of the open invoices, unapplied cash and DSO; across
// accounts how much of their credit limits they use and how many hold very
// old debt. `duedesk-cli demo` prints it, so anyone can see that the demo
// book is shaped like a real one.
#pragma once

#include "duedesk/domain/Currency.h"
#include "duedesk/domain/Date.h"
#include "duedesk/reports/AgingBuckets.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace duedesk {

struct CurrencyShape {
    Currency currency;
    // Open invoices by days past due: current, 1-30, 31-60, 61-90,
    // 91-180, over 180 (bookShapeBuckets()).
    std::vector<std::int64_t> buckets;
    std::int64_t unapplied = 0; // unallocated payments and credits, zero or negative
    std::int64_t creditSales = 0; // invoices less credit notes over the DSO period
    std::int64_t accountsOwing = 0; // with an open invoice in this currency
    std::int64_t accountsInLastBucket = 0; // with debt over 180 days past due

    std::int64_t openInvoices() const;
    // What customers owe: open invoices less unapplied cash.
    std::int64_t receivables() const { return openInvoices() + unapplied; }
    // A bucket's share of the open invoices, in tenths of a percent.
    std::int64_t shareTenths(std::size_t bucket) const;
    std::optional<std::int64_t> dsoTenths() const;
};

// Accounts by how much of their credit limit their balance in the limit's
// currency uses.
struct CreditUse {
    std::int64_t withLimit = 0;
    std::int64_t under20 = 0; // below 20%
    std::int64_t from20to90 = 0; // 20% up to 90%
    std::int64_t from90to100 = 0; // 90% up to the limit itself
    std::int64_t overLimit = 0; // balance above the limit
};

struct BookShape {
    Date asOf = Date::fromDayNumber(0);
    std::vector<CurrencyShape> currencies; // in code order
    std::int64_t accounts = 0;
    std::int64_t onHold = 0;
    CreditUse creditUse;
};

// The buckets a book's shape is told in: 30, 60, 90, 180.
AgingBuckets bookShapeBuckets();

BookShape describeBook(LedgerDatabase& database, Date asOf);

// "12.3%": tenths of a percent as people read them.
std::string formatTenths(std::int64_t tenths);

std::string renderBookShape(const BookShape& shape);

} // namespace duedesk
