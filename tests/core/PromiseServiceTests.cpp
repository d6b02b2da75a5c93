// Promises to pay on the hand ledger: taken, judged from the payments
// that arrive, reopened when the bank returns one, withdrawn; and every
// refusal naming its field and writing nothing. A1 owes GBP 1,450.50 on
// INV-1 (1,000.00), INV-2 (200.00) and INV-3 (250.50), and received PAY-1
// (300.00) on 2026-06-15; A3 received J-2 (JPY 20,000) on 2026-06-29.
#include "duedesk/reports/CommitmentsOnDay.h"
#include "duedesk/services/ContactLogService.h"
#include "duedesk/services/PaymentReturnService.h"
#include "duedesk/services/PromiseService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/PaymentReturnRepository.h"
#include "duedesk/storage/PromiseRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {
const Currency kGbp = Currency::of("GBP");

Promise promise(AccountId account, Money amount, Date takenOn, Date promisedFor,
                std::vector<DocumentId> documents = {}) {
    Promise p;
    p.accountId = account;
    p.amount = amount;
    p.takenOn = takenOn;
    p.promisedFor = promisedFor;
    p.documents = std::move(documents);
    return p;
}

// A payment arriving in the ledger, as the next import would bring it.
DocumentId addPayment(LedgerDatabase& db, AccountId account, const std::string& number, Date on, Money amount) {
    Document d;
    d.accountId = account;
    d.type = DocumentType::Payment;
    d.number = number;
    d.documentDate = on;
    d.dueDate = on;
    d.amount = amount;
    d.openAmount = amount;
    return db.documents().add(d);
}

CommitmentState stateOn(LedgerDatabase& db, AccountId account, Date day) {
    const AccountCommitmentsOnDay c = loadAccountCommitments(db, account, {}, day);
    REQUIRE(c.promises.size() == 1);
    return c.promises[0].status.state;
}
} // namespace

TEST_CASE("A promise is taken, kept by a payment, reopened by its return and broken after the grace", "[promises]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const User alice = *UserDirectory(*db).find("amorgan");
    const Actor by = Actor::person(alice, Date::ymd(2026, 7, 1));
    const DocumentId inv1 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-1")->id;

    const std::int64_t id = PromiseService(*db).take(
        promise(a1, Money(100000, kGbp), Date::ymd(2026, 7, 1), Date::ymd(2026, 7, 10), {inv1}), by);
    const Promise stored = *db->promises().findById(id);
    CHECK(stored.takenBy == alice.id);
    CHECK(stored.documents == std::vector<DocumentId>{inv1});
    CHECK(stored.amount == Money(100000, kGbp));
    // PAY-1 of 2026-06-15 came before the promise: it does not count.
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 13)) == CommitmentState::Open);
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 14)) == CommitmentState::Broken);

    const DocumentId pay2 = addPayment(*db, a1, "PAY-2", Date::ymd(2026, 7, 8), Money(100000, kGbp));
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 7)) == CommitmentState::Open);
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 8)) == CommitmentState::Kept);
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 14)) == CommitmentState::Kept);

    // The bank returns PAY-2 on 2026-07-12: open again, then broken.
    PaymentReturnService(*db).recordReturn(a1, pay2, Date::ymd(2026, 7, 12), "cheque bounced",
                                           Actor::person(alice, Date::ymd(2026, 7, 12)));
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 11)) == CommitmentState::Kept);
    CHECK(stateOn(*db, a1, Date::ymd(2026, 7, 12)) == CommitmentState::Open);
    const AccountCommitmentsOnDay judged = loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 7, 14));
    CHECK(judged.promises[0].status.state == CommitmentState::Broken);
    CHECK(judged.promises[0].status.paid == Money(0, kGbp));
    CHECK(judged.promises[0].status.deadline == Date::ymd(2026, 7, 13));
    // A grace of 5 days leaves it open on 2026-07-14.
    CHECK(loadAccountCommitments(*db, a1, {5, 0}, Date::ymd(2026, 7, 14)).promises[0].status.state ==
          CommitmentState::Open);
    // Before it was taken the account had no promise.
    CHECK(loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 6, 30)).promises.empty());

    // Withdrawn on 2026-07-15: listed as withdrawn from that day.
    PromiseService(*db).withdraw(id, Date::ymd(2026, 7, 15), Actor::person(alice, Date::ymd(2026, 7, 15)));
    CHECK_FALSE(loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 7, 14)).promises[0].withdrawn);
    CHECK(loadAccountCommitments(*db, a1, {}, Date::ymd(2026, 7, 15)).promises[0].withdrawn);
    CHECK(db->promises().findById(id)->withdrawnBy == alice.id);
    CHECK_THROWS_WITH(
        PromiseService(*db).withdraw(id, Date::ymd(2026, 7, 16), Actor::person(alice, Date::ymd(2026, 7, 16))),
        "promise: promise " + std::to_string(id) + " was already withdrawn on 2026-07-15");
}

TEST_CASE("A promise is refused, naming the field, and nothing is written", "[promises]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const AccountId a2 = db->accounts().findByNumber("A2")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 7, 1));
    const DocumentId inv1 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-1")->id;
    const DocumentId r100 = db->documents().findByKey(a2, DocumentType::Invoice, "R-100")->id;
    const DocumentId pay1 = db->documents().findByKey(a1, DocumentType::Payment, "PAY-1")->id;
    const Date today = Date::ymd(2026, 7, 1);
    PromiseService promises(*db);
    const std::string before = dumpDatabase(db->path());

    CHECK_THROWS_WITH(promises.take(promise(a1, Money(0, kGbp), today, Date::ymd(2026, 7, 10)), by),
                      "The amount promised must be above zero; 0.00 is not.");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, kGbp), today, Date::ymd(2026, 6, 30)), by),
                      "The promised date 2026-06-30 is before the day the promise was taken, 2026-07-01.");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, kGbp), today, Date::ymd(2026, 12, 29)), by),
                      "The promised date 2026-12-29 is more than 180 days after 2026-07-01: agree a payment plan "
                      "instead.");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, kGbp), Date::ymd(2026, 7, 2), Date::ymd(2026, 7, 10)), by),
                      "The day the promise was taken, 2026-07-02, is after today, 2026-07-01.");
    CHECK_THROWS_WITH(promises.take(promise(999, Money(100, kGbp), today, Date::ymd(2026, 7, 10)), by),
                      "account: no such account");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, Currency::of("EUR")), today, Date::ymd(2026, 7, 10)), by),
                      "currency: the account has no open invoices in EUR");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(145051, kGbp), today, Date::ymd(2026, 7, 10)), by),
                      "amount: 1450.51 is more than the 1450.50 GBP open on the account's invoices");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, kGbp), today, Date::ymd(2026, 7, 10), {r100}), by),
                      "invoices: document " + std::to_string(r100) + " is not an invoice of this account");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, kGbp), today, Date::ymd(2026, 7, 10), {pay1}), by),
                      "invoices: document " + std::to_string(pay1) + " is not an invoice of this account");
    CHECK_THROWS_WITH(promises.take(promise(a1, Money(100, kGbp), today, Date::ymd(2026, 7, 10), {inv1, inv1}), by),
                      "invoices: INV-1 is listed twice");
    CHECK_THROWS_WITH(
        promises.take(promise(a1, Money(100, kGbp), today, Date::ymd(2026, 7, 10)), Actor::commandLineOperator(today)),
        "command line (administrator) may not take promises and agree payment plans");
    CHECK_THROWS_WITH(promises.withdraw(12345, today, by), "promise: there is no promise 12345");
    CHECK(dumpDatabase(db->path()) == before);
}

TEST_CASE("A contact that takes a promise is written with it, or neither is", "[promises][contactlog]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const AccountId a2 = db->accounts().findByNumber("A2")->id;
    const User alice = *UserDirectory(*db).find("amorgan");
    const Date today = Date::ymd(2026, 7, 1);
    const Actor by = Actor::person(alice, today);
    ContactLogEntry call;
    call.accountId = a1;
    call.contactedOn = today;
    call.channel = ContactChannel::Phone;
    call.outcome = ContactOutcome::PromiseToPay;
    call.note = "Will pay INV-1 by BACS";
    // The promise of 2026-07-10 with 3 days' grace is judged on 2026-07-14.
    call.followUpOn = commitmentCheckDay(Date::ymd(2026, 7, 10), CommitmentTerms{});
    CHECK(call.followUpOn == Date::ymd(2026, 7, 14));
    ContactLogService log(*db);
    const std::string before = dumpDatabase(db->path());

    // The promise is refused: the contact is not written either.
    CHECK_THROWS_WITH(log.logContact(call, by, {}, promise(a1, Money(145051, kGbp), today, Date::ymd(2026, 7, 10))),
                      "amount: 1450.51 is more than the 1450.50 GBP open on the account's invoices");
    CHECK_THROWS_WITH(log.logContact(call, by, {}, promise(a2, Money(100, kGbp), today, Date::ymd(2026, 7, 10))),
                      "promise: the promise is for another account than the contact");
    ContactLogEntry noAnswer = call;
    noAnswer.outcome = ContactOutcome::NoAnswer;
    CHECK_THROWS_WITH(log.logContact(noAnswer, by, {}, promise(a1, Money(100, kGbp), today, Date::ymd(2026, 7, 10))),
                      "outcome: only a contact with the outcome Promise to pay takes a promise");
    ContactLogEntry future = call;
    future.contactedOn = Date::ymd(2026, 7, 2);
    CHECK_THROWS(log.logContact(future, by, {}, promise(a1, Money(100, kGbp), today, Date::ymd(2026, 7, 10))));
    CHECK(dumpDatabase(db->path()) == before);

    const std::int64_t id =
        log.logContact(call, by, {}, promise(a1, Money(100000, kGbp), today, Date::ymd(2026, 7, 10)));
    const auto taken = db->promises().forAccount(a1);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].contactLogId == id);
    CHECK(taken[0].amount == Money(100000, kGbp));
    CHECK(taken[0].takenBy == alice.id);
    const auto logged = db->contactLog().forAccount(a1);
    REQUIRE(std::ranges::count(logged, id, &ContactLogEntry::id) == 1);
    const auto diary = db->diary().forAccount(a1);
    REQUIRE(diary.size() == 1);
    CHECK(diary[0].dueOn == Date::ymd(2026, 7, 14));
    CHECK(diary[0].fromContactId == id);
}

TEST_CASE("A payment return is refused unless it names a payment of the account, once", "[promises]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const AccountId a3 = db->accounts().findByNumber("A3")->id;
    const Actor by = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 7, 1));
    const DocumentId inv1 = db->documents().findByKey(a1, DocumentType::Invoice, "INV-1")->id;
    const DocumentId pay1 = db->documents().findByKey(a1, DocumentType::Payment, "PAY-1")->id;
    const DocumentId j2 = db->documents().findByKey(a3, DocumentType::Payment, "J-2")->id;
    PaymentReturnService returns(*db);
    const std::string before = dumpDatabase(db->path());
    CHECK_THROWS_WITH(returns.recordReturn(a1, inv1, Date::ymd(2026, 6, 20), "", by),
                      "document: not a payment of this account");
    CHECK_THROWS_WITH(returns.recordReturn(a1, j2, Date::ymd(2026, 6, 30), "", by),
                      "document: not a payment of this account");
    CHECK_THROWS_WITH(returns.recordReturn(a1, pay1, Date::ymd(2026, 6, 14), "", by),
                      "date: 2026-06-14 is before the payment's date, 2026-06-15");
    CHECK_THROWS_WITH(returns.recordReturn(a1, pay1, Date::ymd(2026, 7, 2), "", by),
                      "date: 2026-07-02 is after the latest return date allowed, 2026-07-01");
    CHECK(dumpDatabase(db->path()) == before);
    returns.recordReturn(a1, pay1, Date::ymd(2026, 6, 20), "direct debit recalled", by);
    CHECK(db->paymentReturns().findByDocument(pay1)->reason == "direct debit recalled");
    CHECK_THROWS_WITH(returns.recordReturn(a1, pay1, Date::ymd(2026, 6, 21), "", by),
                      "document: PAY-1 was already returned on 2026-06-20");
}

TEST_CASE("An analyst's commitments read at once equal each account's read alone", "[promises]") {
    TempDir dir;
    auto db = openHandLedger(dir.file("ledger.db"));
    const AccountId a1 = db->accounts().findByNumber("A1")->id;
    const AccountId a3 = db->accounts().findByNumber("A3")->id;
    const Actor alice = Actor::person(*UserDirectory(*db).find("amorgan"), Date::ymd(2026, 7, 1));
    const Actor ben = Actor::person(*UserDirectory(*db).find("bokafor"), Date::ymd(2026, 7, 1));
    PromiseService promises(*db);
    promises.take(promise(a1, Money(20000, kGbp), Date::ymd(2026, 6, 10), Date::ymd(2026, 6, 20)), alice);
    promises.take(promise(a1, Money(30000, kGbp), Date::ymd(2026, 6, 10), Date::ymd(2026, 6, 25)), alice);
    promises.take(promise(a3, Money(20000, Currency::of("JPY")), Date::ymd(2026, 6, 28), Date::ymd(2026, 6, 30)), ben);

    const Date day = Date::ymd(2026, 7, 1);
    const auto mine = loadAnalystCommitments(*db, *alice.user, {}, day);
    REQUIRE(mine.size() == 1); // A2 has none
    CHECK(mine[0].account == a1);
    REQUIRE(mine[0].promises.size() == 2);
    // PAY-1 (300.00 on 2026-06-15) keeps the first (200.00) and leaves 100.00 for the second.
    CHECK(mine[0].promises[0].status.state == CommitmentState::Kept);
    CHECK(mine[0].promises[1].status.state == CommitmentState::PartlyKept);
    CHECK(mine[0].promises[1].status.paid == Money(10000, kGbp));
    const auto alone = loadAccountCommitments(*db, a1, {}, day);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(mine[0].promises[i].promise.id == alone.promises[i].promise.id);
        CHECK(mine[0].promises[i].status.state == alone.promises[i].status.state);
        CHECK(mine[0].promises[i].status.paid == alone.promises[i].status.paid);
    }
    const auto bens = loadAnalystCommitments(*db, *ben.user, {}, day);
    REQUIRE(bens.size() == 1);
    CHECK(bens[0].account == a3);
    CHECK(bens[0].promises[0].status.state == CommitmentState::Kept);
}
