// Generates the demo portfolio: users, customers with contacts and
// addresses, and invoices settled the way real customers settle them.
//
// Each account draws from its own random stream (seed, account index), so
// the ledger is the same whatever order or grouping it is written in.
#include "duedesk/demo/DemoPortfolio.h"

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "duedesk/security/PasswordHasher.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace duedesk {
namespace {

using demo::DemoRandom;

// How a customer pays; drives every settlement the generator writes.
enum class Behaviour { Prompt, Late, ChronicLate, Partial, UnappliedCash, Disputer };

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

Behaviour drawBehaviour(DemoRandom& rng) {
    const auto roll = rng.between(0, 99);
    if (roll < 35) return Behaviour::Prompt;
    if (roll < 60) return Behaviour::Late;
    if (roll < 75) return Behaviour::ChronicLate;
    if (roll < 85) return Behaviour::Partial;
    if (roll < 90) return Behaviour::UnappliedCash;
    return Behaviour::Disputer;
}

std::string riskFor(Behaviour b, DemoRandom& rng) {
    switch (b) {
    case Behaviour::Prompt: return rng.percent(70) ? "A" : "B";
    case Behaviour::Late: return rng.percent(60) ? "B" : "C";
    case Behaviour::ChronicLate: return rng.percent(50) ? "C" : "D";
    case Behaviour::Partial: return "C";
    case Behaviour::UnappliedCash: return "B";
    case Behaviour::Disputer: return rng.percent(50) ? "B" : "C";
    }
    return "B";
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
        const Behaviour behaviour = drawBehaviour(rng);

        const std::string stem(rng.pick(demo::companyStems()));
        Account account;
        account.number = "C" + std::to_string(100001 + index);
        account.name =
            stem + " " + std::string(rng.pick(demo::companyTrades())) + " " + std::string(rng.pick(country.legalForms));
        static constexpr int kTerms[] = {14, 30, 30, 30, 45, 60};
        account.paymentTermsDays = rng.pick(kTerms);
        static constexpr std::int64_t kLimits[] = {5000, 10000, 25000, 50000, 100000, 250000};
        account.creditLimit = Money(rng.pick(kLimits) * currency.minorPerMajor(), currency);
        account.riskClass = riskFor(behaviour, rng);
        account.analystId = analysts_[static_cast<std::size_t>(rng.between(0, kAnalystCount - 1))];
        account.status =
            behaviour == Behaviour::ChronicLate && rng.percent(30) ? AccountStatus::OnHold : AccountStatus::Active;
        const AccountId id = accounts_.add(account);
        ++summary_.accounts;

        writeAddresses(id, country, rng);
        const std::int64_t primaryContact = writeContacts(id, country, stem, rng);

        // One customer in ten is also billed in a second currency.
        std::optional<Currency> second;
        if (rng.percent(10)) second = Currency::of(currency.code() == "USD" ? "EUR" : "USD");

        std::vector<std::int32_t> days(static_cast<std::size_t>(invoiceCount));
        for (auto& d : days) d = static_cast<std::int32_t>(rng.between(0, options_.historyDays));
        std::ranges::sort(days, std::greater<>());
        for (std::int32_t ago : days) {
            const Currency invoiceCurrency = second && rng.percent(25) ? *second : currency;
            writeInvoice(id, options_.asOf.addDays(-ago), invoiceCurrency, account.paymentTermsDays, behaviour, rng);
        }
        // A stream of its own, so the log leaves the ledger's figures as they were.
        DemoRandom logRng(streamSeed(options_.seed, index, 3));
        writeContactLog(id, *account.analystId, primaryContact, behaviour, logRng);
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
    // few calls, e-mails and letters over the last three months, the latest
    // with a follow-up date (some already past: work waiting).
    void writeContactLog(AccountId id, UserId analyst, std::int64_t contact, Behaviour behaviour, DemoRandom& rng) {
        struct Kind {
            ContactChannel channel;
            const char* outcome;
        };
        static constexpr Kind kKinds[] = {
            {ContactChannel::Phone, "Promised payment by the end of the week"},
            {ContactChannel::Phone, "Left a voicemail"},
            {ContactChannel::Phone, "No answer"},
            {ContactChannel::Phone, "Payment run on Thursday; remittance to follow"},
            {ContactChannel::Email, "Sent statement and copy invoices"},
            {ContactChannel::Email, "Remittance advice requested"},
            {ContactChannel::Email, "Customer queries a price difference"},
            {ContactChannel::Letter, "First reminder sent"},
            {ContactChannel::Letter, "Final reminder sent"},
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
            if (i + 1 == daysAgo.size() && behaviour != Behaviour::Prompt) {
                const Date followUp = options_.asOf.addDays(static_cast<std::int32_t>(rng.between(-5, 14)));
                e.followUpOn = std::max(followUp, e.contactedOn);
            }
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

    // A payment of `amount` on `date`, allocated to the invoice unless
    // `allocate` is false (cash received but not yet matched). Nothing
    // happens after the as-of date.
    void pay(AccountId account, const std::string& invoiceNumber, Money amount, Date date, bool allocate) {
        if (date > options_.asOf || !amount.isPositive()) return;
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

    void writeInvoice(AccountId account, Date date, Currency currency, int terms, Behaviour behaviour,
                      DemoRandom& rng) {
        std::int64_t major = rng.between(80, 2000);
        if (rng.percent(20)) major *= rng.between(2, 10);
        const Money amount(major * currency.minorPerMajor() + rng.between(0, currency.minorPerMajor() - 1), currency);
        const Date due = date.addDays(terms);
        const std::string number = "SI" + std::to_string(10000000 + ++invoiceSeq_);
        Document invoice = makeDocument(account, DocumentType::Invoice, number, date, due, amount,
                                        "PO-" + std::to_string(rng.between(10000, 99999)));
        ++summary_.invoices;
        credits_.clear();

        const auto days = [&](std::int64_t low, std::int64_t high) {
            return due.addDays(static_cast<std::int32_t>(rng.between(low, high)));
        };
        switch (behaviour) {
        case Behaviour::Prompt: pay(account, number, amount, days(-10, 2), true); break;
        case Behaviour::Late: pay(account, number, amount, days(3, 35), true); break;
        case Behaviour::ChronicLate:
            if (!rng.percent(8)) pay(account, number, amount, days(25, 150), true);
            break;
        case Behaviour::Partial: {
            const Money first(amount.minorUnits() * rng.between(40, 80) / 100, currency);
            const Date firstDate = days(0, 25);
            pay(account, number, first, firstDate, true);
            if (rng.percent(50) && firstDate <= options_.asOf)
                pay(account, number, amount - first, days(30, 120), true);
            break;
        }
        case Behaviour::UnappliedCash: pay(account, number, amount, days(-3, 20), !rng.percent(25)); break;
        case Behaviour::Disputer: settleDisputed(account, number, date, amount, due, rng); break;
        }
        documents_.addSettlement(std::move(invoice), credits_);
    }

    // Part of the invoice is credited after a dispute; the rest is paid late
    // or not at all.
    void settleDisputed(AccountId account, const std::string& number, Date date, Money amount, Date due,
                        DemoRandom& rng) {
        Money remaining = amount;
        if (rng.percent(25)) {
            const Money credit(std::max<std::int64_t>(1, amount.minorUnits() * rng.between(10, 100) / 100),
                               amount.currency());
            const Date creditDate = date.addDays(static_cast<std::int32_t>(rng.between(7, 60)));
            if (creditDate <= options_.asOf) {
                SettlingCredit c;
                c.document = makeDocument(account, DocumentType::CreditNote, "CN" + std::to_string(++creditSeq_),
                                          creditDate, creditDate, credit, number);
                ++summary_.creditNotes;
                const Date allocated = creditDate.addDays(static_cast<std::int32_t>(rng.between(0, 20)));
                if (rng.percent(75) && allocated <= options_.asOf) {
                    c.allocated = credit.minorUnits();
                    c.allocatedOn = allocated;
                    ++summary_.allocations;
                    remaining -= credit;
                }
                credits_.push_back(std::move(c));
            }
        }
        if (!rng.percent(15))
            pay(account, number, remaining, due.addDays(static_cast<std::int32_t>(rng.between(10, 90))), true);
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

} // namespace

DemoSummary generateDemoPortfolio(LedgerDatabase& database, const DemoOptions& options,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress) {
    UnitOfWork work(database);
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

    const std::vector<std::int64_t> counts = invoicesPerAccount(options);
    AccountWriter writer(database, options, analysts, summary);
    for (std::int64_t i = 0; i < options.accounts; ++i) {
        writer.write(i, counts[static_cast<std::size_t>(i)]);
        if (progress && (i + 1) % 1000 == 0) progress(i + 1, options.accounts);
    }
    if (progress) progress(options.accounts, options.accounts);
    work.commit();
    return summary;
}

} // namespace duedesk
