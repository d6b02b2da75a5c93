// Credit memo requests on the hand ledger, computed by hand. As of
// 2026-06-30 A1 (amorgan) owes GBP on INV-1 1,000.00 and INV-3 250.50 and
// has 200.00 open of INV-2; A2 owes EUR on R-100 2,000.00. Dispute 1 on
// A1, raised 2026-07-01 by amorgan, withholds 300.00 of INV-1 and all
// 250.50 of INV-3. The request credits 120.00 of INV-1 and 250.50 of
// INV-3: 370.50 GBP. hreid is a team leader, admin an administrator and
// fnaylor a write-off approver.
#include "duedesk/importing/ImportMapping.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/CreditMemoService.h"
#include "duedesk/services/DisputeService.h"
#include "duedesk/services/ImportService.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/services/WriteOffService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/CreditMemoRepository.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/WriteOffRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace duedesk;
using namespace duedesk::test;

namespace {
const Currency kGbp = Currency::of("GBP");
const Date kRaised = Date::ymd(2026, 7, 1);
const Date kRequestDay = Date::ymd(2026, 7, 2);
const Date kDecisionDay = Date::ymd(2026, 7, 3);
const Date kCreditDay = Date::ymd(2026, 7, 6);

User addUser(LedgerDatabase& db, const std::string& name, Role role) {
    UserDirectory(db).add({0, name, name, role, true, std::nullopt, false}, operatorActor());
    return *UserDirectory(db).find(name);
}

struct Hand {
    TempDir dir;
    std::unique_ptr<LedgerDatabase> db = openHandLedger(dir.file("ledger.db"));
    AccountId a1 = db->accounts().findByNumber("A1")->id;
    AccountId a2 = db->accounts().findByNumber("A2")->id;
    User alice = *UserDirectory(*db).find("amorgan");
    User hannah = addUser(*db, "hreid", Role::TeamLeader);
    User sam = addUser(*db, "admin", Role::Administrator);
    User frank = addUser(*db, "fnaylor", Role::WriteOffApprover);
    CreditMemoService service{*db};
    DisputeId dispute = 0;

    Hand() {
        Dispute d;
        d.accountId = a1;
        d.reason = DisputeReason::Pricing;
        d.owner = "Pricing desk";
        d.note = "Contract price not applied";
        d.invoices.push_back({doc("INV-1"), "", Money(30000, kGbp)});
        d.invoices.push_back({doc("INV-3"), "", Money(25050, kGbp)});
        dispute = DisputeService(*db).open(d, Actor::person(alice, kRaised));
    }
    DocumentId doc(const std::string& number, AccountId account = 0) {
        return db->documents().findByKey(account == 0 ? a1 : account, DocumentType::Invoice, number)->id;
    }
    Money open(DocumentId id) { return db->documents().findById(id)->openAmount; }
    CreditMemoRequest request(std::vector<std::pair<std::string, std::int64_t>> items) {
        CreditMemoRequest r;
        r.disputeId = dispute;
        r.justification = "Contract price 10% below the invoiced price";
        for (const auto& [number, minor] : items) r.items.push_back({doc(number), "", Money(minor, kGbp)});
        return r;
    }
    CreditMemoId requested() {
        return service.request(request({{"INV-1", 12000}, {"INV-3", 25050}}), as(alice, kRequestDay));
    }
    CreditMemoId approved() {
        const CreditMemoId id = requested();
        service.approve(id, as(hannah));
        return id;
    }
    // A credit note the ERP raised, as an import would bring it.
    DocumentId creditNote(const std::string& number, std::int64_t minor, const std::string& reference) {
        Document d;
        d.accountId = a1;
        d.type = DocumentType::CreditNote;
        d.number = number;
        d.documentDate = Date::ymd(2026, 7, 5);
        d.dueDate = d.documentDate;
        d.amount = Money(minor, kGbp);
        d.openAmount = d.amount;
        d.reference = reference;
        return db->documents().add(d);
    }
    Actor as(const User& u, Date day = kDecisionDay) const { return Actor::person(u, day); }
};

std::string refusal(const std::function<void()>& action) {
    try {
        action();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(accepted)";
}

} // namespace

TEST_CASE("Credit memo states have stored names and a lifecycle", "[creditmemos]") {
    for (const CreditMemoState s : creditMemoStates()) CHECK(creditMemoStateFromName(creditMemoStateName(s)) == s);
    CHECK(creditMemoStateName(CreditMemoState::Cancelled) == "cancelled");
    CHECK(isPending(CreditMemoState::Requested));
    CHECK(isPending(CreditMemoState::Approved));
    CHECK_FALSE(isPending(CreditMemoState::Credited));
    CHECK_FALSE(creditMemoTransitionProblem(CreditMemoState::Requested, CreditMemoState::Approved));
    CHECK_FALSE(creditMemoTransitionProblem(CreditMemoState::Approved, CreditMemoState::Credited));
    CHECK_FALSE(creditMemoTransitionProblem(CreditMemoState::Approved, CreditMemoState::Cancelled));
    CHECK(*creditMemoTransitionProblem(CreditMemoState::Requested, CreditMemoState::Credited) ==
          "only an approved credit memo is credited; it is requested");
    CHECK(*creditMemoTransitionProblem(CreditMemoState::Credited, CreditMemoState::Cancelled) ==
          "only a requested or approved credit memo is cancelled; it is credited");
}

TEST_CASE("A request number is written CMR- and six digits and read from any text", "[creditmemos]") {
    CHECK(creditMemoNumber(12) == "CMR-000012");
    CHECK(creditMemoNumber(1234567) == "CMR-1234567");
    CHECK(creditMemoIdIn("CMR-000012") == 12);
    CHECK(creditMemoIdIn("Credit for cmr-12, pricing") == 12);
    CHECK(creditMemoIdIn("PO-7 CMR- then CMR-3") == 3);
    CHECK_FALSE(creditMemoIdIn("CMR-"));
    CHECK_FALSE(creditMemoIdIn("CMR-000000"));
    CHECK_FALSE(creditMemoIdIn("INV-2"));
}

TEST_CASE("A credit memo request names some of the dispute's invoices and moves it to investigating", "[creditmemos]") {
    Hand h;
    const CreditMemoId id = h.requested();
    CHECK(id == 1);
    const CreditMemoRequest r = *h.db->creditMemos().findById(id);
    CHECK(r.state == CreditMemoState::Requested);
    CHECK(r.accountId == h.a1);
    CHECK(r.requestedBy == h.alice.id);
    CHECK(r.requestedOn == kRequestDay);
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].number == "INV-1");
    CHECK(r.items[0].amount == Money(12000, kGbp));
    CHECK(r.items[1].number == "INV-3");
    CHECK(r.total() == Money(37050, kGbp));
    REQUIRE(r.events.size() == 1);
    CHECK(r.events[0].note == "Contract price 10% below the invoiced price");
    const Dispute d = *h.db->disputes().findById(h.dispute);
    CHECK(d.state == DisputeState::Investigating);
    REQUIRE(d.events.size() == 2);
    CHECK(d.events[1].note == "Credit memo CMR-000001 requested: 370.50 GBP");
    CHECK(d.events[1].recordedOn == kRequestDay);
    CHECK(h.db->creditMemos().list({h.dispute, std::nullopt, std::nullopt}).size() == 1);
    CHECK(h.db->creditMemos().list({std::nullopt, h.a2, std::nullopt}).empty());
}

TEST_CASE("A credit memo request is refused beyond the dispute, naming the field", "[creditmemos]") {
    Hand h;
    const Actor alice = h.as(h.alice, kRequestDay);
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 30001}}), alice);
          }) == "invoices: 300.01 GBP is more than the 300.00 GBP disputed on INV-1");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-2", 100}}), alice);
          }) == "invoices: INV-2 is not an invoice of dispute 1");
    CHECK(refusal([&] { h.service.request(h.request({}), alice); }) ==
          "invoices: name at least one invoice of the dispute");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 0}}), alice);
          }) == "invoices: the amount to credit on INV-1 must be more than zero");
    CreditMemoRequest blank = h.request({{"INV-1", 100}});
    blank.justification = "  ";
    CHECK(refusal([&] { h.service.request(blank, alice); }) ==
          "justification: say why the customer is owed the credit");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 100}}), h.as(h.alice, Date::ymd(2026, 6, 30)));
          }) == "date: 2026-06-30 is before the dispute was raised, 2026-07-01");
    h.requested();
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 100}}), alice);
          }) == "dispute: dispute 1 already has CMR-000001, still pending");
    CHECK(h.db->creditMemos().list({}).size() == 1);
}

TEST_CASE("Each role is refused what it may not do with credit memos", "[creditmemos][permissions]") {
    Hand h;
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 100}}), h.as(h.sam));
          }) == "admin (administrator) may not request credit memos");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 100}}), h.as(h.frank));
          }) == "fnaylor (write_off_approver) may not request credit memos");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-1", 100}}), operatorActor());
          }) == "command line (administrator) may not request credit memos");
    const CreditMemoId id = h.requested();
    CHECK(refusal([&] { h.service.approve(id, h.as(h.alice)); }) == "amorgan (analyst) may not approve credit memos");
    CHECK(refusal([&] { h.service.approve(id, h.as(h.frank)); }) ==
          "fnaylor (write_off_approver) may not approve credit memos");
    CHECK(refusal([&] { h.service.approve(id, operatorActor()); }) ==
          "command line (administrator) may not approve credit memos");
    CHECK(refusal([&] { h.service.reject(id, "No", h.as(h.alice)); }) ==
          "amorgan (analyst) may not approve credit memos");
    CHECK(refusal([&] { h.service.cancel(id, "No", h.as(h.frank)); }) ==
          "fnaylor (write_off_approver) may not request credit memos");
    CHECK(refusal([&] { h.service.credit(id, 1, h.as(h.sam)); }) ==
          "admin (administrator) may not request credit memos");
    CHECK(h.db->creditMemos().findById(id)->state == CreditMemoState::Requested);
}

TEST_CASE("No one decides their own credit memo request", "[creditmemos][permissions]") {
    Hand h;
    const CreditMemoId id =
        h.service.request(h.request({{"INV-1", 12000}}), h.as(h.hannah, kRequestDay)); // a team leader asks
    CHECK(refusal([&] { h.service.approve(id, h.as(h.hannah)); }) ==
          "approval: hreid requested CMR-000001 and may not decide it; another approver must");
    CHECK(refusal([&] { h.service.reject(id, "Too much", h.as(h.hannah)); }) ==
          "approval: hreid requested CMR-000001 and may not decide it; another approver must");
    h.service.approve(id, h.as(h.sam));
    const CreditMemoRequest r = *h.db->creditMemos().findById(id);
    CHECK(r.state == CreditMemoState::Approved);
    CHECK(r.decidedBy == h.sam.id);
    CHECK(r.decidedOn == kDecisionDay);
}

TEST_CASE("A rejected or cancelled credit memo frees the dispute for another request", "[creditmemos]") {
    Hand h;
    const CreditMemoId first = h.requested();
    CHECK(refusal([&] { h.service.reject(first, " ", h.as(h.hannah)); }) ==
          "reason: say why the credit memo is rejected");
    h.service.reject(first, "The contract price applies from August", h.as(h.hannah));
    CHECK(h.db->creditMemos().findById(first)->rejectionReason == "The contract price applies from August");
    CHECK(refusal([&] { h.service.approve(first, h.as(h.hannah)); }) ==
          "state: CMR-000001: only a requested credit memo is approved or rejected; it is rejected");
    const CreditMemoId second = h.service.request(h.request({{"INV-1", 5000}}), h.as(h.alice, kDecisionDay));
    CHECK(second == 2);
    h.service.cancel(second, "Customer paid in full after all", h.as(h.alice, kDecisionDay));
    const CreditMemoRequest r = *h.db->creditMemos().findById(second);
    CHECK(r.state == CreditMemoState::Cancelled);
    REQUIRE(r.events.size() == 2);
    CHECK(r.events[1].note == "Customer paid in full after all");
    CHECK(h.db->creditMemos().list({std::nullopt, std::nullopt, CreditMemoState::Rejected}).size() == 1);
    CHECK(h.db->disputes().findById(h.dispute)->state == DisputeState::Investigating);
}

TEST_CASE("The credit note named by hand is allocated and the dispute resolves as credited", "[creditmemos]") {
    Hand h;
    const CreditMemoId id = h.approved();
    const DocumentId note = h.creditNote("CN-77", 40000, "");
    h.service.credit(id, note, h.as(h.alice, kCreditDay));
    CHECK(h.open(h.doc("INV-1")) == Money(88000, kGbp));
    CHECK(h.open(h.doc("INV-3")) == Money(0, kGbp));
    CHECK(h.open(note) == Money(2950, kGbp)); // 400.00 - 370.50
    const CreditMemoRequest r = *h.db->creditMemos().findById(id);
    CHECK(r.state == CreditMemoState::Credited);
    CHECK(r.creditNote == note);
    CHECK(r.creditNoteNumber == "CN-77");
    CHECK(r.creditedOn == kCreditDay);
    REQUIRE(r.events.size() == 3);
    CHECK(r.events[2].note == "CN-77");
    const Dispute d = *h.db->disputes().findById(h.dispute);
    CHECK(d.state == DisputeState::Credited);
    CHECK(d.closedOn == kCreditDay);
    REQUIRE(d.events.size() == 3);
    CHECK(d.events[2].state == DisputeState::Credited);
    CHECK(d.events[2].note == "Credited by CN-77 (CMR-000001, 370.50 GBP)");
    CHECK(d.events[2].recordedBy == h.alice.id);
}

TEST_CASE("A credit note that cannot settle the request is refused and writes nothing", "[creditmemos]") {
    Hand h;
    const CreditMemoId id = h.requested();
    const DocumentId small = h.creditNote("CN-78", 37049, "");
    const Actor alice = h.as(h.alice, kCreditDay);
    CHECK(refusal([&] { h.service.credit(id, small, alice); }) ==
          "state: CMR-000001: only an approved credit memo is credited; it is requested");
    h.service.approve(id, h.as(h.hannah));
    CHECK(refusal([&] { h.service.credit(id, small, alice); }) ==
          "credit note: CN-78 has 370.49 GBP open, less than the 370.50 GBP of CMR-000001");
    CHECK(refusal([&] { h.service.credit(id, h.doc("INV-2"), alice); }) ==
          "credit note: document " + std::to_string(h.doc("INV-2")) + " is not a credit note");
    const DocumentId early = h.creditNote("CN-79", 37050, "");
    CHECK(refusal([&] { h.service.credit(id, early, h.as(h.alice, kDecisionDay)); }) ==
          "allocation: the allocation date 2026-07-03 is before CN-79's date 2026-07-05");
    CHECK(h.open(early) == Money(37050, kGbp));
    CHECK(h.open(h.doc("INV-1")) == Money(100000, kGbp));
    CHECK(h.db->creditMemos().findById(id)->state == CreditMemoState::Approved);
    CHECK(h.db->disputes().findById(h.dispute)->state == DisputeState::Investigating);
}

TEST_CASE("A credit memo on a dispute withdrawn meanwhile is not approved", "[creditmemos]") {
    Hand h;
    const CreditMemoId id = h.requested();
    DisputeService(*h.db).resolve(h.dispute, DisputeState::Withdrawn, "Customer withdrew it", h.as(h.alice));
    CHECK(refusal([&] { h.service.approve(id, h.as(h.hannah)); }) ==
          "dispute: dispute 1 is withdrawn; cancel CMR-000001");
}

TEST_CASE("An imported credit note whose reference names an approved request settles it", "[creditmemos][import]") {
    Hand h;
    const CreditMemoId id = h.approved();
    const std::string file =
        "account,account_name,document,type,document_date,due_date,currency,amount,open_amount,reference,analyst\n"
        "A1,Acme Ltd,CN-80,credit_note,2026-07-05,,GBP,370.50,,Credit CMR-000001,amorgan\n"
        "A1,Acme Ltd,CN-81,credit_note,2026-07-05,,GBP,10.00,,CMR-000009,amorgan\n";
    ImportOptions options;
    options.effectiveOn = kCreditDay;
    const ImportResult result =
        ImportService(*h.db).importText(file, "erp.csv", genericMapping(), options, h.as(h.alice, kCreditDay));
    REQUIRE(result.outcome == ImportOutcome::Imported);
    REQUIRE(result.creditNotes.size() == 1); // CMR-000009 does not exist
    CHECK(result.creditNotes[0].request == id);
    CHECK(result.creditNotes[0].creditNoteNumber == "CN-80");
    CHECK(result.creditNotes[0].applied);
    CHECK(h.db->creditMemos().findById(id)->state == CreditMemoState::Credited);
    CHECK(h.db->disputes().findById(h.dispute)->state == DisputeState::Credited);
    CHECK(h.open(h.doc("INV-1")) == Money(88000, kGbp));
    const DocumentId cn80 = h.db->documents().findByKey(h.a1, DocumentType::CreditNote, "CN-80")->id;
    CHECK(h.open(cn80) == Money(0, kGbp));
    // Nothing is left to match: a second pass applies nothing.
    CHECK(h.service.applyArrivedCreditNotes(operatorActor()).empty());
}

TEST_CASE("A credit note naming a request not yet approved waits, and one too small is reported",
          "[creditmemos][import]") {
    Hand h;
    const CreditMemoId id = h.requested();
    h.creditNote("CN-82", 30000, "CMR-000001");
    CHECK(h.service.applyArrivedCreditNotes(h.as(h.alice, kCreditDay)).empty());
    h.service.approve(id, h.as(h.hannah));
    const auto arrivals = h.service.applyArrivedCreditNotes(h.as(h.alice, kCreditDay));
    REQUIRE(arrivals.size() == 1);
    CHECK_FALSE(arrivals[0].applied);
    CHECK(arrivals[0].problem == "credit note: CN-82 has 300.00 GBP open, less than the 370.50 GBP of CMR-000001");
    CHECK(h.db->creditMemos().findById(id)->state == CreditMemoState::Approved);
}

TEST_CASE("A version 9 ledger reaches version 11 over the gap left for version 10", "[creditmemos][storage]") {
    TempDir dir;
    const std::string path = dir.file("v9.db");
    {
        auto v9 = SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing,
                                                           SqliteLedgerDatabase::migrations(), 9);
        CHECK(v9->schemaVersion() == 9);
        sqliteConnection(*v9).exec("INSERT INTO accounts (number, name) VALUES ('A1', 'Acme Ltd')");
    }
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    CHECK(LedgerDatabase::currentSchemaVersion() >= 11);
    CHECK(db->accounts().findByNumber("A1")->name == "Acme Ltd");
    CHECK(db->creditMemos().list({}).empty());
    CHECK_THROWS(sqliteConnection(*db).exec("INSERT INTO credit_memo_events (request_id, state, recorded_on) "
                                            "VALUES (1, 'paid', 1)"));
}

TEST_CASE("Analysts and team leaders request credit memos, team leaders and administrators approve them",
          "[creditmemos][permissions]") {
    const Date day = Date::ymd(2026, 7, 1);
    const auto person = [&](Role role) { return Actor{UserId{7}, role, day, "someone"}; };
    CHECK(allows(person(Role::Analyst), Permission::RequestCreditMemos));
    CHECK(allows(person(Role::TeamLeader), Permission::RequestCreditMemos));
    CHECK_FALSE(allows(person(Role::WriteOffApprover), Permission::RequestCreditMemos));
    CHECK_FALSE(allows(person(Role::Administrator), Permission::RequestCreditMemos));
    CHECK_FALSE(allows(person(Role::Analyst), Permission::ApproveCreditMemos));
    CHECK(allows(person(Role::TeamLeader), Permission::ApproveCreditMemos));
    CHECK_FALSE(allows(person(Role::WriteOffApprover), Permission::ApproveCreditMemos));
    CHECK(allows(person(Role::Administrator), Permission::ApproveCreditMemos));
    // Both record a person: the command line's operator does neither.
    CHECK_FALSE(allows(Actor::commandLineOperator(day), Permission::RequestCreditMemos));
    CHECK_FALSE(allows(Actor::commandLineOperator(day), Permission::ApproveCreditMemos));
    CHECK(permissionName(Permission::RequestCreditMemos) == "request credit memos");
    CHECK(permissionName(Permission::ApproveCreditMemos) == "approve credit memos");
}

TEST_CASE("Money awaiting a credit note is not also written off", "[creditmemos][writeoffs]") {
    Hand h;
    h.requested(); // CMR-000001: 120.00 of INV-1 (1,000.00 open), 250.50 of INV-3 (all of it)
    WriteOffService writeOffs(*h.db);
    const auto writeOff = [&](const std::string& number, std::int64_t minor) {
        WriteOff w;
        w.accountId = h.a1;
        w.reason = WriteOffReason::SmallBalance;
        w.evidence = "Residual balance";
        w.items.push_back({h.doc(number), "", Money(minor, kGbp)});
        return writeOffs.request(w, h.as(h.alice, kRequestDay));
    };
    CHECK(refusal([&] { writeOff("INV-3", 100); }) ==
          "documents: 250.50 GBP of INV-3 awaits the credit note of CMR-000001; at most 0.00 GBP is left to write off");
    CHECK(refusal([&] { writeOff("INV-1", 88001); }) ==
          "documents: 120.00 GBP of INV-1 awaits the credit note of CMR-000001; at most 880.00 GBP is left to write "
          "off");
    CHECK(h.db->writeOffs().list(std::nullopt).empty());
    // What the credit leaves open may be written off.
    CHECK(writeOff("INV-1", 88000) == 1);
}
