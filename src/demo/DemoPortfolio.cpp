// Generates the demo portfolio: users, customers with contacts and
// addresses, and invoices settled the way real customers settle them.
//
// Each account draws from its own random stream (seed, account index), so
// the ledger is the same whatever order or grouping it is written in.
#include "duedesk/demo/DemoPortfolio.h"

#include "demo/DemoCreditLimit.h"
#include "demo/DemoCreditMemos.h"
#include "demo/DemoCustomer.h"
#include "demo/DemoDiary.h"
#include "demo/DemoDisputes.h"
#include "demo/DemoEscalations.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "demo/DemoWriteOffs.h"
#include "duedesk/security/PasswordHasher.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/BulkLoad.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/ExchangeRateRepository.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace duedesk {
namespace {

using demo::Behaviour;
using demo::CustomerProfile;
using demo::DemoRandom;

struct DemoUser {
    const char* name;
    const char* fullName;
    Role role;
};

constexpr DemoUser kUsers[] = {
    {"amorgan", "Alice Morgan", Role::Analyst},    {"bokafor", "Ben Okafor", Role::Analyst},
    {"cdubois", "Chloé Dubois", Role::Analyst},    {"dpatel", "Dev Patel", Role::Analyst},
    {"hreid", "Hannah Reid", Role::TeamLeader},    {"fnaylor", "Frank Naylor", Role::WriteOffApprover},
    {"admin", "Sam Adebayo", Role::Administrator},
};
constexpr std::size_t kAnalystCount = 4;

std::uint64_t streamSeed(std::uint64_t seed, std::int64_t index, std::uint64_t purpose) {
    DemoRandom mix(seed ^ (purpose * 0xD1B54A32D192ED03ull) ^
                   (static_cast<std::uint64_t>(index) * 0x9E3779B97F4A7C15ull));
    return mix.next();
}

std::string postcode(const demo::Country& c, DemoRandom& rng) {
    char buf[16];
    if (c.code == "GB") {
        static constexpr std::string_view kAreas[] = {"SO", "LS", "M", "BS", "EC", "G", "B", "NG", "CF", "RG"};
        std::snprintf(buf, sizeof buf, "%s%d %d%c%c", std::string(rng.pick(kAreas)).c_str(), int(rng.between(1, 20)),
                      int(rng.between(1, 9)), char('A' + rng.between(0, 25)), char('A' + rng.between(0, 25)));
    } else if (c.code == "NL") {
        std::snprintf(buf, sizeof buf, "%d %c%c", int(rng.between(1000, 9999)), char('A' + rng.between(0, 25)),
                      char('A' + rng.between(0, 25)));
    } else {
        std::snprintf(buf, sizeof buf, "%05d", int(rng.between(10000, 99999)));
    }
    return buf;
}

std::string lowerAlpha(std::string_view s) {
    std::string out;
    for (char ch : s)
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) out.push_back(char(ch | 0x20));
    return out;
}

// An invoice before it is written: drawn first, so the credit limit can be
// sized from the customer's own billing.
struct PlannedInvoice {
    Date date = Date::fromDayNumber(0);
    Money amount = Money::zero(Currency());
    std::string reference;
    bool remitted = false; // paid with others by one payment, not yet matched
};

// Writes one customer's account, addresses, contacts and documents.
class AccountWriter final {
public:
    AccountWriter(LedgerDatabase& db, const DemoOptions& options, const std::vector<UserId>& analysts,
                  DemoSummary& summary)
        : accounts_(db.accounts()), documents_(db.documents()), contactLog_(db.contactLog()), options_(options),
          analysts_(analysts), summary_(summary) {}

    void write(std::int64_t index, std::int64_t invoiceCount) {
        DemoRandom rng(streamSeed(options_.seed, index, 1));
        const auto& countryList = demo::countries();
        const auto countryRoll = rng.between(0, 99);
        const demo::Country& country = countryList[countryRoll < 45   ? 0
                                                   : countryRoll < 60 ? 1
                                                   : countryRoll < 72 ? 2
                                                   : countryRoll < 80 ? 3
                                                                      : 4];
        const Currency currency = Currency::of(country.currency);
        const CustomerProfile customer = demo::drawCustomer(rng, options_.asOf);

        const std::string stem(rng.pick(demo::companyStems()));
        Account account;
        account.number = "C" + std::to_string(100001 + index);
        account.name =
            stem + " " + std::string(rng.pick(demo::companyTrades())) + " " + std::string(rng.pick(country.legalForms));
        static constexpr int kTerms[] = {14, 30, 30, 30, 45, 60};
        account.paymentTermsDays = rng.pick(kTerms);
        account.riskClass = customer.riskClass;
        account.analystId = analysts_[static_cast<std::size_t>(rng.between(0, kAnalystCount - 1))];
        account.status = customer.onHold ? AccountStatus::OnHold : AccountStatus::Active;
        // Segments the strategies tell apart, from a stream of their own.
        DemoRandom typeRng(streamSeed(options_.seed, index, 5));
        const auto typeRoll = typeRng.between(0, 99);
        account.customerType = typeRoll < 6 ? "key account" : typeRoll < 16 ? "public sector" : "";

        // One customer in ten is also billed in a second currency.
        std::optional<Currency> second;
        if (rng.percent(10)) second = Currency::of(currency.code() == "USD" ? "EUR" : "USD");
        std::vector<PlannedInvoice> invoices = planInvoices(invoiceCount, currency, second, customer, rng);
        account.creditLimit = creditLimit(invoices, currency, account.paymentTermsDays, customer, rng);
        // Unmatched cash of its own stream, so the rest of the ledger stays as it was.
        DemoRandom cashRng(streamSeed(options_.seed, index, 4));
        cashRng_ = &cashRng;
        const std::optional<Date> remittance =
            planRemittance(invoices, currency, account.paymentTermsDays, customer, cashRng);

        const AccountId id = accounts_.add(account);
        ++summary_.accounts;
        writeAddresses(id, country, rng);
        const std::int64_t primaryContact = writeContacts(id, country, stem, rng);
        for (const PlannedInvoice& invoice : invoices)
            writeInvoice(id, invoice, account.paymentTermsDays, customer, rng);
        if (remittance) writeRemittance(id, invoices, *remittance);
        cashRng_ = nullptr;
        // A stream of its own, so the log leaves the ledger's figures as they were.
        DemoRandom logRng(streamSeed(options_.seed, index, 3));
        writeContactLog(id, *account.analystId, primaryContact, customer.behaviour, logRng);
    }

private:
    void writeAddresses(AccountId id, const demo::Country& country, DemoRandom& rng) {
        Address a;
        a.accountId = id;
        a.line1 = std::to_string(rng.between(1, 240)) + " " + std::string(rng.pick(country.streets));
        a.city = std::string(rng.pick(country.cities));
        a.postcode = postcode(country, rng);
        a.country = std::string(country.code);
        a.validFrom = options_.asOf.addDays(-900);
        // Some customers have moved: the old address stays in history.
        if (rng.percent(15)) {
            const Date moved = options_.asOf.addDays(-static_cast<std::int32_t>(rng.between(30, 600)));
            Address old = a;
            old.validTo = moved.addDays(-1);
            old.line1 = std::to_string(rng.between(1, 240)) + " " + std::string(rng.pick(country.streets));
            accounts_.addAddress(old);
            a.validFrom = moved;
        }
        accounts_.addAddress(a);
    }

    // Returns the primary contact's id.
    std::int64_t writeContacts(AccountId id, const demo::Country& country, const std::string& stem, DemoRandom& rng) {
        std::int64_t primary = 0;
        const int count = rng.percent(40) ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.accountId = id;
            const std::string first(rng.pick(demo::firstNames()));
            const std::string last(rng.pick(demo::lastNames()));
            c.name = first + " " + last;
            c.jobTitle = std::string(rng.pick(demo::jobTitles()));
            c.phone = std::string(country.phonePrefix) + std::to_string(rng.between(1000000, 9999999));
            c.email = lowerAlpha(first) + "." + lowerAlpha(last) + "@" + lowerAlpha(stem) + ".example";
            c.primary = i == 0;
            c.validFrom = options_.asOf.addDays(-900);
            const std::int64_t contactId = accounts_.addContact(c);
            if (c.primary) primary = contactId;
        }
        return primary;
    }

    // The analyst's recent chasing: prompt payers hardly ever, the others a
    // few calls, e-mails and letters over the last three months. The
    // follow-ups still open come with the diary (DemoDiary).
    void writeContactLog(AccountId id, UserId analyst, std::int64_t contact, Behaviour behaviour, DemoRandom& rng) {
        struct Kind {
            ContactChannel channel;
            ContactOutcome outcome;
            const char* note;
        };
        static constexpr Kind kKinds[] = {
            {ContactChannel::Phone, ContactOutcome::RemittanceRequested, "Says it was paid; remittance to follow"},
            {ContactChannel::Phone, ContactOutcome::LeftMessage, "Left a voicemail"},
            {ContactChannel::Phone, ContactOutcome::NoAnswer, ""},
            {ContactChannel::Phone, ContactOutcome::PaidAlready, "Payment run on Thursday; remittance to follow"},
            {ContactChannel::Email, ContactOutcome::Other, "Sent statement and copy invoices"},
            {ContactChannel::Email, ContactOutcome::RemittanceRequested, "Remittance advice requested"},
            {ContactChannel::Email, ContactOutcome::DisputeRaised, "Customer queries a price difference"},
            {ContactChannel::Letter, ContactOutcome::Other, "First reminder sent"},
            {ContactChannel::Letter, ContactOutcome::Other, "Final reminder sent"},
        };
        const int entries =
            behaviour == Behaviour::Prompt ? (rng.percent(20) ? 1 : 0) : static_cast<int>(rng.between(1, 4));
        std::vector<std::int32_t> daysAgo(static_cast<std::size_t>(entries));
        for (auto& d : daysAgo) d = static_cast<std::int32_t>(rng.between(1, 90));
        std::ranges::sort(daysAgo, std::greater<>());
        for (std::size_t i = 0; i < daysAgo.size(); ++i) {
            const Kind& kind = rng.pick(kKinds);
            ContactLogEntry e;
            e.accountId = id;
            e.contactedOn = options_.asOf.addDays(-daysAgo[i]);
            e.channel = kind.channel;
            if (kind.channel != ContactChannel::Letter) e.contactId = contact;
            e.outcome = kind.outcome;
            e.note = kind.note;
            e.recordedBy = analyst;
            e.recordedOn = e.contactedOn;
            contactLog_.add(e);
        }
    }

    static Document makeDocument(AccountId account, DocumentType type, std::string number, Date date, Date due,
                                 Money amount, std::string reference) {
        Document d;
        d.accountId = account;
        d.type = type;
        d.number = std::move(number);
        d.documentDate = date;
        d.dueDate = due;
        d.amount = amount;
        d.openAmount = amount;
        d.reference = std::move(reference);
        return d;
    }

    // Some customers who pay without a remittance advice pay two or three
    // invoices that fell due lately with one payment, referenced only with
    // the month ("REMIT 2026-11"), which waits to be matched: marks those
    // invoices and returns the payment's date.
    std::optional<Date> planRemittance(std::vector<PlannedInvoice>& plan, Currency currency, int terms,
                                       const CustomerProfile& customer, DemoRandom& rng) const {
        if (customer.behaviour != Behaviour::UnappliedCash || customer.distress || !rng.percent(15))
            return std::nullopt;
        std::vector<std::size_t> recent;
        for (std::size_t i = 0; i < plan.size(); ++i) {
            const Date due = plan[i].date.addDays(terms);
            if (plan[i].amount.currency() == currency && due >= options_.asOf.addDays(-50) &&
                due <= options_.asOf.addDays(-5))
                recent.push_back(i);
        }
        const auto count = static_cast<std::size_t>(rng.between(2, 3));
        if (recent.size() < 2) return std::nullopt;
        Date latestDue = Date::fromDayNumber(0);
        for (std::size_t k = recent.size() - std::min(count, recent.size()); k < recent.size(); ++k) {
            plan[recent[k]].remitted = true;
            latestDue = std::max(latestDue, plan[recent[k]].date.addDays(terms));
        }
        return std::min(options_.asOf, latestDue.addDays(static_cast<std::int32_t>(rng.between(0, 4))));
    }

    void writeRemittance(AccountId account, const std::vector<PlannedInvoice>& plan, Date paid) {
        std::optional<Money> total;
        for (const PlannedInvoice& invoice : plan)
            if (invoice.remitted) total = total ? *total + invoice.amount : invoice.amount;
        if (!total) return;
        const std::string month = paid.toIso().substr(0, 7);
        documents_.add(makeDocument(account, DocumentType::Payment, "PY" + std::to_string(++paymentSeq_), paid, paid,
                                    *total, "REMIT " + month));
        ++summary_.payments;
    }

    // A payment of `amount` on `date`, allocated to the invoice unless
    // `allocate` is false (cash received but not yet matched). Nothing
    // happens after the as-of date, nor to an invoice a remittance pays.
    void pay(AccountId account, const std::string& invoiceNumber, Money amount, Date date, bool allocate) {
        if (date > options_.asOf || !amount.isPositive() || remitted_) return;
        SettlingCredit c;
        c.document = makeDocument(account, DocumentType::Payment, "PY" + std::to_string(++paymentSeq_), date, date,
                                  amount, invoiceNumber);
        if (allocate) {
            c.allocated = amount.minorUnits();
            c.allocatedOn = date;
            ++summary_.allocations;
        }
        credits_.push_back(std::move(c));
        ++summary_.payments;
    }

    // The account's invoices, oldest first: dated over the history, or for
    // a customer in distress only up to the day its account went on hold.
    // Now and then a customer has just placed an unusually large order.
    std::vector<PlannedInvoice> planInvoices(std::int64_t count, Currency currency, std::optional<Currency> second,
                                             const CustomerProfile& customer, DemoRandom& rng) const {
        const std::int32_t newest = customer.distress ? options_.asOf - customer.distress->onHoldFrom : 0;
        std::vector<std::int32_t> daysAgo(static_cast<std::size_t>(count));
        for (auto& d : daysAgo) d = static_cast<std::int32_t>(rng.between(newest, options_.historyDays));
        std::ranges::sort(daysAgo, std::greater<>());
        std::vector<PlannedInvoice> plan;
        plan.reserve(daysAgo.size());
        // Each customer orders about the same size of order, now and then
        // two to four times as much.
        const std::int64_t typicalOrder = rng.percent(15) ? rng.between(3000, 12000) : rng.between(150, 3000);
        for (std::int32_t ago : daysAgo) {
            PlannedInvoice invoice;
            invoice.date = options_.asOf.addDays(-ago);
            const Currency c = second && rng.percent(25) ? *second : currency;
            std::int64_t major = std::max<std::int64_t>(50, typicalOrder * rng.between(50, 150) / 100);
            if (rng.percent(8)) major *= rng.between(2, 4);
            invoice.amount = Money(major * c.minorPerMajor() + rng.between(0, c.minorPerMajor() - 1), c);
            invoice.reference = "PO-" + std::to_string(rng.between(10000, 99999));
            plan.push_back(std::move(invoice));
        }
        if (!plan.empty() && !customer.distress && options_.asOf - plan.back().date <= 25 && rng.percent(2)) {
            Money& large = plan.back().amount;
            large = Money(large.minorUnits() * rng.between(6, 12), large.currency());
        }
        return plan;
    }

    // The customer's billing over its payment terms and two to three months
    // more (three to four months on 30-day terms), in its own currency,
    // over the months it has been billed; and never less than its largest
    // order with a margin, or it could not place a usual order at all. An
    // order placed in the last month is left out: the limit was set before.
    Money creditLimit(const std::vector<PlannedInvoice>& plan, Currency currency, int terms,
                      const CustomerProfile& customer, DemoRandom& rng) const {
        const Date lastReview = options_.asOf.addDays(-30);
        const Date billedTo = customer.distress ? std::min(customer.distress->onHoldFrom, lastReview) : lastReview;
        std::int64_t billed = 0;
        std::int64_t largest = 0;
        for (const PlannedInvoice& invoice : plan) {
            if (invoice.amount.currency() != currency || invoice.date > billedTo) continue;
            const std::int64_t major = invoice.amount.minorUnits() / currency.minorPerMajor();
            billed += major;
            largest = std::max(largest, major);
        }
        const std::int32_t days = std::max<std::int32_t>(30, billedTo - options_.asOf.addDays(-options_.historyDays));
        const std::int64_t monthly = billed * 30 / days;
        const std::int64_t monthsTenths = (terms + rng.between(60, 90)) * 10 / 30;
        const std::int64_t limit = demo::roundCreditLimit(std::max(monthly * monthsTenths / 10, largest * 15 / 10));
        return Money(limit * currency.minorPerMajor(), currency);
    }

    void writeInvoice(AccountId account, const PlannedInvoice& planned, int terms, const CustomerProfile& customer,
                      DemoRandom& rng) {
        const Money amount = planned.amount;
        const Date due = planned.date.addDays(terms);
        const std::string number = "SI" + std::to_string(10000000 + ++invoiceSeq_);
        Document invoice =
            makeDocument(account, DocumentType::Invoice, number, planned.date, due, amount, planned.reference);
        ++summary_.invoices;
        credits_.clear();
        remitted_ = planned.remitted;

        const auto days = [&](std::int64_t low, std::int64_t high) {
            return due.addDays(static_cast<std::int32_t>(rng.between(low, high)));
        };
        // A customer in distress paid as a late payer until it stopped.
        const bool stopped = customer.distress && due.addDays(10) >= customer.distress->stoppedPaying;
        const Behaviour behaviour =
            customer.distress && customer.behaviour != Behaviour::Disputer ? Behaviour::Late : customer.behaviour;
        if (!stopped) switch (behaviour) {
            case Behaviour::Prompt: pay(account, number, amount, days(-10, 2), true); break;
            case Behaviour::Late:
                pay(account, number, amount, rng.percent(85) ? days(1, 28) : days(29, 60), true);
                break;
            case Behaviour::ChronicLate:
                pay(account, number, amount, rng.percent(80) ? days(15, 75) : days(91, 170), true);
                break;
            case Behaviour::Partial: {
                const Money first(amount.minorUnits() * rng.between(40, 80) / 100, amount.currency());
                pay(account, number, first, days(0, 20), true);
                pay(account, number, amount - first, days(25, 70), true);
                break;
            }
            case Behaviour::UnappliedCash: {
                // Cash arrives without a remittance advice and waits to be
                // matched: mostly the last three weeks' receipts.
                const Date paid = days(-3, 15);
                const bool waiting = paid > options_.asOf.addDays(-21) ? rng.percent(45) : rng.percent(2);
                pay(account, number, amount, paid, !waiting);
                break;
            }
            case Behaviour::Disputer: settleDisputed(account, number, amount, due, rng); break;
            }
        documents_.addSettlement(std::move(invoice), credits_);
    }

    // One invoice in five is disputed and held until the dispute is settled
    // (some still are): then part of it is credited and the rest paid, or
    // it is paid in full. The others are paid within a month of falling due.
    void settleDisputed(AccountId account, const std::string& number, Money amount, Date due, DemoRandom& rng) {
        if (!rng.percent(20)) {
            pay(account, number, amount, due.addDays(static_cast<std::int32_t>(rng.between(0, 30))), true);
            return;
        }
        const Date settled = due.addDays(static_cast<std::int32_t>(rng.between(30, 180)));
        if (settled > options_.asOf) {
            creditWhileDisputed(account, number, amount, due);
            return;
        }
        Money remaining = amount;
        if (rng.percent(50)) {
            const Money credit(std::max<std::int64_t>(1, amount.minorUnits() * rng.between(10, 100) / 100),
                               amount.currency());
            SettlingCredit c;
            c.document = makeDocument(account, DocumentType::CreditNote, "CN" + std::to_string(++creditSeq_), settled,
                                      settled, credit, number);
            ++summary_.creditNotes;
            const Date allocated = settled.addDays(static_cast<std::int32_t>(rng.between(0, 10)));
            if (allocated <= options_.asOf) {
                c.allocated = credit.minorUnits();
                c.allocatedOn = allocated;
                ++summary_.allocations;
                remaining -= credit;
            }
            credits_.push_back(std::move(c));
        }
        pay(account, number, remaining, settled.addDays(static_cast<std::int32_t>(rng.between(0, 15))), true);
    }

    // A dispute not yet settled where part of the invoice was already
    // credited: the credit note names the invoice but waits to be matched.
    void creditWhileDisputed(AccountId account, const std::string& number, Money amount, Date due) {
        DemoRandom& rng = *cashRng_;
        if (!rng.percent(30) || due.addDays(30) > options_.asOf) return;
        const Date issued = due.addDays(static_cast<std::int32_t>(rng.between(30, options_.asOf - due)));
        const Money credit(std::max<std::int64_t>(1, amount.minorUnits() * rng.between(10, 60) / 100),
                           amount.currency());
        SettlingCredit c;
        c.document = makeDocument(account, DocumentType::CreditNote, "CN" + std::to_string(++creditSeq_), issued,
                                  issued, credit, number);
        ++summary_.creditNotes;
        credits_.push_back(std::move(c));
    }

    AccountRepository& accounts_;
    DocumentRepository& documents_;
    ContactLogRepository& contactLog_;
    const DemoOptions& options_;
    const std::vector<UserId>& analysts_;
    DemoSummary& summary_;
    std::int64_t invoiceSeq_ = 0;
    std::int64_t paymentSeq_ = 0;
    std::int64_t creditSeq_ = 0;
    std::vector<SettlingCredit> credits_; // the settlement being built, reused
    bool remitted_ = false; // the invoice being written is paid by a remittance
    DemoRandom* cashRng_ = nullptr; // the account's stream for unmatched cash
};

// Splits the invoices over the accounts by a weight per account, exactly
// summing to the total asked for.
std::vector<std::int64_t> invoicesPerAccount(const DemoOptions& options) {
    const auto n = static_cast<std::size_t>(options.accounts);
    std::vector<std::int64_t> weights(n);
    std::int64_t total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        DemoRandom rng(streamSeed(options.seed, static_cast<std::int64_t>(i), 2));
        weights[i] = rng.percent(10) ? rng.between(8, 20) : rng.between(1, 6);
        total += weights[i];
    }
    std::vector<std::int64_t> counts(n, 0);
    std::int64_t assigned = 0;
    for (std::size_t i = 0; i < n; ++i) {
        counts[i] = total ? options.invoices * weights[i] / total : 0;
        assigned += counts[i];
    }
    for (std::size_t i = 0; assigned < options.invoices && n > 0; i = (i + 1) % n, ++assigned) ++counts[i];
    return counts;
}

// The team reports in GBP, and keeps a rate for EUR and USD from the first
// of every month of the history, as a finance team publishes them.
void writeRates(LedgerDatabase& database, const DemoOptions& options) {
    database.settings().set(kReportingCurrencySetting, "GBP");
    DemoRandom rng(streamSeed(options.seed, 0, 4));
    const Date first = options.asOf.addDays(-options.historyDays);
    int year = first.year();
    int month = static_cast<int>(first.month());
    struct Pair {
        const char* from;
        std::int64_t baseTenThousandths; // 0.8600 is 8600
    };
    static constexpr Pair kPairs[] = {{"EUR", 8600}, {"USD", 7900}};
    for (;;) {
        const Date day = *Date::fromYmd(year, static_cast<unsigned>(month), 1);
        if (day > options.asOf) break;
        for (const Pair& p : kPairs) {
            const std::int64_t tenThousandths = p.baseTenThousandths + rng.between(-200, 200);
            const std::string text = "0." + std::to_string(tenThousandths);
            database.exchangeRates().put({Currency::of(p.from), Currency::of("GBP"), day, *DecimalRate::parse(text)},
                                         std::nullopt, day);
        }
        if (++month > 12) month = 1, ++year;
    }
}

} // namespace

DemoSummary generateDemoPortfolio(LedgerDatabase& database, const DemoOptions& options,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress) {
    UnitOfWork work(database);
    // Loaded as an import is: the rest of the demo's work (its users,
    // contacts, promises, disputes) is audited row by row.
    BulkLoad bulk(database);
    if (database.accounts().count() > 0)
        throw StorageError(database.path() + " already holds accounts; the demo portfolio needs an empty ledger");

    DemoSummary summary;
    UserRepository& users = database.users();
    // One hash for all: every demo user has the same, published password.
    const std::string passwordHash = PasswordHasher().hash(kDemoPassword);
    std::vector<UserId> analysts;
    for (const DemoUser& u : kUsers) {
        User user;
        user.name = u.name;
        user.fullName = u.fullName;
        user.role = u.role;
        const UserId id = users.add(user, passwordHash);
        if (u.role == Role::Analyst) analysts.push_back(id);
        ++summary.users;
    }

    writeRates(database, options);

    const std::vector<std::int64_t> counts = invoicesPerAccount(options);
    AccountWriter writer(database, options, analysts, summary);
    for (std::int64_t i = 0; i < options.accounts; ++i) {
        writer.write(i, counts[static_cast<std::size_t>(i)]);
        if (progress && (i + 1) % 1000 == 0) progress(i + 1, options.accounts);
    }
    const demo::DiaryCounts diary = demo::writeDemoDiary(database, options, analysts);
    summary.strategiesAssigned = diary.assigned;
    summary.followUps = diary.followUps;
    summary.holds = diary.holds;
    summary.promises = diary.promises;
    summary.plans = diary.plans;
    const demo::DisputeCounts disputes = demo::writeDemoDisputes(database, options, analysts);
    summary.disputes = disputes.disputes;
    summary.activeDisputes = disputes.active;
    summary.disputesPastServiceLevel = disputes.pastServiceLevel;
    const demo::WriteOffCounts writeOffs = demo::writeDemoWriteOffs(database, options, analysts);
    summary.writeOffsRequested = writeOffs.requested;
    summary.writeOffsApproved = writeOffs.approved;
    summary.writeOffsPosted = writeOffs.posted;
    summary.writeOffsRejected = writeOffs.rejected;
    const demo::CreditMemoCounts creditMemos = demo::writeDemoCreditMemos(database, options);
    summary.creditNotes += creditMemos.creditNotes;
    summary.allocations += creditMemos.allocations;
    summary.creditMemosPending = creditMemos.pending;
    summary.creditMemosCredited = creditMemos.credited;
    const demo::EscalationCounts escalations = demo::writeDemoEscalations(database, options, analysts);
    summary.referrals = escalations.referrals;
    summary.openReferrals = escalations.openReferrals;
    summary.attentionRequests = escalations.attentionRequests;
    if (progress) progress(options.accounts, options.accounts);
    work.commit();
    // The demo writes its history account by account, so each table's pages
    // lie scattered among the others'; a ledger built by imports and worked
    // day by day keeps them together. Rewriting the file once makes the
    // demo read like such a ledger.
    database.compact();
    return summary;
}

} // namespace duedesk
