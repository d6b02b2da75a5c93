// The book's shape from three reads: aging by account (buckets, unapplied
// and the accounts holding old debt), credit sales over the DSO period,
// and the account balances against their credit limits.
#include "duedesk/reports/BookShape.h"

#include "domain/WideInteger.h"

#include "duedesk/domain/Money.h"
#include "duedesk/reports/AgingReport.h"
#include "duedesk/reports/DaysSalesOutstanding.h"
#include "duedesk/storage/AccountBalanceQuery.h"
#include "duedesk/storage/CreditSalesQuery.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace duedesk {
namespace {

CurrencyShape& shapeFor(std::map<Currency, CurrencyShape>& shapes, const Currency& currency) {
    CurrencyShape& shape = shapes[currency];
    if (shape.buckets.empty()) {
        shape.currency = currency;
        shape.buckets.assign(bookShapeBuckets().count(), 0);
    }
    return shape;
}

// Collects consecutive rows of one account and classifies its credit use.
class CreditUseCounter final {
public:
    explicit CreditUseCounter(BookShape& shape) : shape_(shape) {}

    void add(const AccountBalanceRow& row) {
        if (row.id != account_) {
            finishAccount();
            account_ = row.id;
            ++shape_.accounts;
            if (row.status == "on_hold") ++shape_.onHold;
            limit_ = row.creditLimit;
            limitCurrency_ = std::string(row.creditLimitCurrency);
            balance_ = 0;
        }
        if (row.currency == limitCurrency_) balance_ += row.balance;
    }

    void finishAccount() {
        if (!account_ || !limit_ || *limit_ <= 0) return;
        CreditUse& use = shape_.creditUse;
        ++use.withLimit;
        const WideInteger percentTimesLimit = static_cast<WideInteger>(balance_) * 100;
        if (balance_ > *limit_)
            ++use.overLimit;
        else if (percentTimesLimit >= static_cast<WideInteger>(*limit_) * 90)
            ++use.from90to100;
        else if (percentTimesLimit >= static_cast<WideInteger>(*limit_) * 20)
            ++use.from20to90;
        else
            ++use.under20;
    }

private:
    BookShape& shape_;
    AccountId account_ = 0;
    std::optional<std::int64_t> limit_;
    std::string limitCurrency_;
    std::int64_t balance_ = 0;
};

} // namespace

AgingBuckets bookShapeBuckets() { return *AgingBuckets::fromBounds({30, 60, 90, 180}); }

std::int64_t CurrencyShape::openInvoices() const {
    return std::accumulate(buckets.begin(), buckets.end(), std::int64_t{0});
}

std::int64_t CurrencyShape::shareTenths(std::size_t bucket) const {
    const std::int64_t whole = openInvoices();
    if (whole <= 0 || bucket >= buckets.size()) return 0;
    return (buckets[bucket] * 1000 + whole / 2) / whole;
}

std::optional<std::int64_t> CurrencyShape::dsoTenths() const {
    return daysSalesOutstandingTenths(receivables(), creditSales);
}

BookShape describeBook(LedgerDatabase& database, Date asOf) {
    BookShape shape;
    shape.asOf = asOf;
    std::map<Currency, CurrencyShape> shapes;

    AgingOptions aging;
    aging.asOf = asOf;
    aging.grouping = OpenItemGrouping::Account;
    aging.buckets = bookShapeBuckets();
    for (const AgingRow& row : computeAging(database, aging).rows) {
        CurrencyShape& s = shapeFor(shapes, row.currency);
        for (std::size_t i = 0; i < row.buckets.size(); ++i) s.buckets[i] += row.buckets[i];
        s.unapplied += row.unapplied;
        if (std::ranges::any_of(row.buckets, [](std::int64_t v) { return v > 0; })) ++s.accountsOwing;
        if (row.buckets.back() > 0) ++s.accountsInLastBucket;
    }

    const CurrencyTotals sales = database.creditSales().between(asOf.addDays(-(kDsoPeriodDays - 1)), asOf);
    for (const Currency& c : sales.currencies()) shapeFor(shapes, c).creditSales = sales.in(c).minorUnits();

    CreditUseCounter counter(shape);
    database.accountBalances().forEach(asOf, [&](const AccountBalanceRow& row) { counter.add(row); });
    counter.finishAccount();

    for (auto& [currency, s] : shapes) shape.currencies.push_back(std::move(s));
    return shape;
}

std::string formatTenths(std::int64_t tenths) {
    const std::string sign = tenths < 0 ? "-" : "";
    const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
    return sign + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

std::string renderBookShape(const BookShape& shape) {
    const AgingBuckets buckets = bookShapeBuckets();
    std::string out = "Book as of " + shape.asOf.toIso() + ": " + std::to_string(shape.accounts) + " accounts, " +
                      std::to_string(shape.onHold) + " on hold\n\n";

    std::vector<std::vector<std::string>> table;
    std::vector<std::string> head{"Currency", "Open invoices"};
    for (std::size_t i = 0; i < buckets.count(); ++i) head.push_back(buckets.label(i));
    for (const char* h : {"Unapplied", "DSO (days)", "Owing", "Over 180"}) head.emplace_back(h);
    table.push_back(head);
    for (const CurrencyShape& s : shape.currencies) {
        std::vector<std::string> row{std::string(s.currency.code()),
                                     formatMinorUnits(s.openInvoices(), s.currency.minorDigits(), ',')};
        for (std::size_t i = 0; i < s.buckets.size(); ++i) row.push_back(formatTenths(s.shareTenths(i)) + "%");
        const std::int64_t whole = s.openInvoices();
        row.push_back(whole > 0 ? formatTenths((s.unapplied * 1000 - whole / 2) / whole) + "%" : "-");
        const auto dso = s.dsoTenths();
        row.push_back(dso ? formatTenths(*dso) : "-");
        row.push_back(std::to_string(s.accountsOwing));
        row.push_back(std::to_string(s.accountsInLastBucket));
        table.push_back(std::move(row));
    }
    std::vector<std::size_t> width(head.size(), 0);
    for (const auto& row : table)
        for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
    for (const auto& row : table) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) line += "  ";
            const std::string pad(width[i] - row[i].size(), ' ');
            line += i == 0 ? row[i] + pad : pad + row[i];
        }
        out += line + "\n";
    }

    const CreditUse& u = shape.creditUse;
    out += "\nShares are of open invoices; unapplied cash is shown beside them. DSO: receivables / credit sales of "
           "the last " +
           std::to_string(kDsoPeriodDays) + " days x " + std::to_string(kDsoPeriodDays) + ".\n";
    out += "Credit limits: " + std::to_string(u.withLimit) +
           " accounts with a limit; using under 20%: " + std::to_string(u.under20) +
           ", 20-90%: " + std::to_string(u.from20to90) + ", 90-100%: " + std::to_string(u.from90to100) +
           ", over the limit: " + std::to_string(u.overLimit) + "\n";
    return out;
}

} // namespace duedesk
