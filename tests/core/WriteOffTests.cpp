// Write-offs on the hand ledger, computed by hand. As of 2026-06-30 A1
// (amorgan) owes GBP on INV-1 1,000.00, INV-2 200.00 open of 500.00 and
// INV-3 250.50; A2 (amorgan) owes EUR on R-100 2,000.00 and R-101 750.25.
// Approvers: fnaylor (write-off approver, limit GBP 250.50), gwu (write-off
// approver, no limit), hreid (team leader, limit GBP 1,000.00); admin is the
// write-off administrator.
#include "duedesk/reports/WriteOffJournal.h"
#include "duedesk/reports/WriteOffListing.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/LedgerCheck.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/services/WriteOffService.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/ExchangeRateRepository.h"
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
const Currency kEur = Currency::of("EUR");
const Date kRequestDay = Date::ymd(2026, 7, 1);
const Date kDecisionDay = Date::ymd(2026, 7, 2);
const Date kPostingDay = Date::ymd(2026, 7, 3);

User addUser(LedgerDatabase& db, const std::string& name, Role role) {
    UserDirectory(db).add({0, name, name, role, true, std::nullopt, false}, operatorActor());
    return *UserDirectory(db).find(name);
}

struct Hand {
    TempDir dir;
    std::string path = dir.file("ledger.db");
    std::unique_ptr<LedgerDatabase> db = openHandLedger(path);
    AccountId a1 = db->accounts().findByNumber("A1")->id;
    AccountId a2 = db->accounts().findByNumber("A2")->id;
    User alice = *UserDirectory(*db).find("amorgan");
    User frank = addUser(*db, "fnaylor", Role::WriteOffApprover);
    User grace = addUser(*db, "gwu", Role::WriteOffApprover);
    User hannah = addUser(*db, "hreid", Role::TeamLeader);
    User sam = addUser(*db, "admin", Role::Administrator);
    WriteOffService service{*db};

    Hand() {
        service.setLimit(frank.id, Money(25050, kGbp), operatorActor());
        service.setLimit(hannah.id, Money(100000, kGbp), operatorActor());
    }
    DocumentId doc(AccountId account, const std::string& number) {
        return db->documents().findByKey(account, DocumentType::Invoice, number)->id;
    }
    Money open(AccountId account, const std::string& number) {
        return db->documents().findById(doc(account, number))->openAmount;
    }
    WriteOff request(std::vector<std::pair<std::string, std::int64_t>> items, AccountId account = 0,
                     Currency currency = kGbp) {
        WriteOff w;
        w.accountId = account == 0 ? a1 : account;
        w.reason = WriteOffReason::SmallBalance;
        w.evidence = "Residual after the customer's last payment";
        for (const auto& [number, minor] : items)
            w.items.push_back({doc(w.accountId, number), "", Money(minor, currency)});
        return w;
    }
    WriteOffId requested(std::vector<std::pair<std::string, std::int64_t>> items) {
        return service.request(request(std::move(items)), Actor::person(alice, kRequestDay));
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

TEST_CASE("Write-off reasons and states have stored names and labels", "[writeoffs]") {
    CHECK(writeOffReasons().size() == 6);
    for (const WriteOffReason r : writeOffReasons()) CHECK(writeOffReasonFromName(writeOffReasonName(r)) == r);
    CHECK(writeOffReasonName(WriteOffReason::SmallBalance) == "small_balance");
    CHECK(writeOffReasonLabel(WriteOffReason::Insolvent) == "Customer insolvent");
    for (const WriteOffState s : writeOffStates()) CHECK(writeOffStateFromName(writeOffStateName(s)) == s);
    CHECK_FALSE(writeOffReasonFromName("bad_luck"));
    CHECK(isPending(WriteOffState::Requested));
    CHECK(isPending(WriteOffState::Approved));
    CHECK_FALSE(isPending(WriteOffState::Posted));
    CHECK_FALSE(writeOffTransitionProblem(WriteOffState::Requested, WriteOffState::Approved));
    CHECK_FALSE(writeOffTransitionProblem(WriteOffState::Approved, WriteOffState::Posted));
    CHECK(*writeOffTransitionProblem(WriteOffState::Requested, WriteOffState::Posted) ==
          "only an approved write-off is posted; it is requested");
}

TEST_CASE("A write-off limit covers totals below and at it, not above", "[writeoffs]") {
    const Money limit(25050, kGbp);
    CHECK_FALSE(writeOffLimitProblem(Money(25049, kGbp), limit));
    CHECK_FALSE(writeOffLimitProblem(Money(25050, kGbp), limit));
    CHECK(*writeOffLimitProblem(Money(25051, kGbp), limit) ==
          "limit 250.50 GBP is below the total 250.51 GBP; it needs an approver with a limit of at least 250.51 GBP");
    CHECK(*writeOffLimitProblem(Money(1, kGbp), Money(0, kGbp)) ==
          "limit 0.00 GBP is below the total 0.01 GBP; it needs an approver with a limit of at least 0.01 GBP");
}

TEST_CASE("An approver approves a write-off at their limit", "[writeoffs]") {
    Hand h;
    const WriteOffId id = h.requested({{"INV-3", 25050}});
    h.service.approve(id, h.as(h.frank));
    const WriteOff w = *h.db->writeOffs().findById(id);
    CHECK(w.state == WriteOffState::Approved);
    CHECK(w.requestedBy == h.alice.id);
    CHECK(w.requestedOn == kRequestDay);
    CHECK(w.decidedBy == h.frank.id);
    CHECK(w.decidedOn == kDecisionDay);
    REQUIRE(w.items.size() == 1);
    CHECK(w.items[0].number == "INV-3");
    CHECK(w.items[0].amount == Money(25050, kGbp));
    REQUIRE(w.events.size() == 2);
    CHECK(w.events[0].state == WriteOffState::Requested);
    CHECK(w.events[0].note == "Residual after the customer's last payment");
    CHECK(w.events[1].state == WriteOffState::Approved);
    CHECK(w.events[1].recordedBy == h.frank.id);
    // Approved, the amounts are still open until the administrator posts.
    CHECK(h.open(h.a1, "INV-3") == Money(25050, kGbp));
}

TEST_CASE("A write-off above the approver's limit goes up the chain to one whose limit covers it", "[writeoffs]") {
    Hand h;
    // 200.00 + 250.50 = 450.50, above fnaylor's 250.50 and within hreid's 1,000.00.
    const WriteOffId id = h.requested({{"INV-2", 20000}, {"INV-3", 25050}});
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] { h.service.approve(id, h.as(h.frank)); }) ==
          "approval: fnaylor's write-off limit 250.50 GBP is below the total 450.50 GBP; it needs an approver with a "
          "limit of at least 450.50 GBP");
    CHECK(refusal([&] { h.service.approve(id, h.as(h.grace)); }) ==
          "approval: gwu has no write-off limit; an administrator sets one");
    CHECK(dumpDatabase(h.path) == before);
    h.service.approve(id, h.as(h.hannah));
    CHECK(h.db->writeOffs().findById(id)->decidedBy == h.hannah.id);
    // Approving twice is refused.
    CHECK(refusal([&] { h.service.approve(id, h.as(h.hannah)); }) ==
          "state: write-off 1: only a requested write-off is approved or rejected; it is approved");
}

TEST_CASE("A total in another currency is compared at the rate in force on the request day", "[writeoffs]") {
    Hand h;
    WriteOff w = h.request({{"R-101", 75025}}, h.a2, kEur);
    const WriteOffId id = h.service.request(w, Actor::person(h.alice, kRequestDay));
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] { h.service.approve(id, h.as(h.frank)); }) ==
          "approval: there is no rate from EUR to GBP in force on 2026-07-01 to compare the write-off with the "
          "limit; enter one first");
    CHECK(dumpDatabase(h.path) == before);
    // 750.25 EUR at 0.85 = 637.7125, so 637.71 GBP; a rate from after the
    // request day is not the one in force.
    h.db->exchangeRates().put({kEur, kGbp, Date::ymd(2026, 6, 1), *DecimalRate::parse("0.85")}, std::nullopt,
                              kRequestDay);
    h.db->exchangeRates().put({kEur, kGbp, Date::ymd(2026, 7, 2), *DecimalRate::parse("2")}, std::nullopt, kRequestDay);
    h.service.setLimit(h.frank.id, Money(63770, kGbp), operatorActor());
    CHECK(refusal([&] { h.service.approve(id, h.as(h.frank)); }) ==
          "approval: fnaylor's write-off limit 637.70 GBP is below the total 637.71 GBP; it needs an approver with a "
          "limit of at least 637.71 GBP");
    h.service.setLimit(h.frank.id, Money(63771, kGbp), operatorActor());
    h.service.approve(id, h.as(h.frank));
    CHECK(h.db->writeOffs().findById(id)->state == WriteOffState::Approved);
}

TEST_CASE("Nobody approves or rejects their own write-off", "[writeoffs]") {
    Hand h;
    WriteOff w = h.request({{"INV-3", 1000}});
    const WriteOffId id = h.service.request(w, h.as(h.hannah, kRequestDay));
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] { h.service.approve(id, h.as(h.hannah)); }) ==
          "approval: hreid requested write-off 1 and may not decide it; another approver must");
    CHECK(refusal([&] { h.service.reject(id, "No", h.as(h.hannah)); }) ==
          "approval: hreid requested write-off 1 and may not decide it; another approver must");
    CHECK(dumpDatabase(h.path) == before);
    h.service.approve(id, h.as(h.frank));
}

TEST_CASE("A rejection needs a reason and ends the request", "[writeoffs]") {
    Hand h;
    const WriteOffId id = h.requested({{"INV-2", 20000}});
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] { h.service.reject(id, "  ", h.as(h.grace)); }) == "reason: say why the write-off is rejected");
    CHECK(dumpDatabase(h.path) == before);
    // Rejecting needs no limit: it loses no money.
    h.service.reject(id, "Customer still trading", h.as(h.grace));
    const WriteOff w = *h.db->writeOffs().findById(id);
    CHECK(w.state == WriteOffState::Rejected);
    CHECK(w.rejectionReason == "Customer still trading");
    CHECK(w.decidedBy == h.grace.id);
    CHECK(w.events.back().note == "Customer still trading");
    CHECK(refusal([&] { h.service.approve(id, h.as(h.hannah)); }) ==
          "state: write-off 1: only a requested write-off is approved or rejected; it is rejected");
    CHECK(refusal([&] { h.service.post({id}, h.as(h.sam)); }) ==
          "state: write-off 1: only an approved write-off is posted; it is rejected");
    // Once rejected, the invoice may be requested again.
    CHECK(h.requested({{"INV-2", 5000}}) == 2);
}

TEST_CASE("A request is for open invoices of the account, no more than is open, once while pending", "[writeoffs]") {
    Hand h;
    const Actor alice = Actor::person(h.alice, kRequestDay);
    h.requested({{"INV-3", 25050}});
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-2", 20001}}), alice);
          }) == "documents: 200.01 GBP is more than the 200.00 GBP open on INV-2");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-3", 100}}), alice);
          }) == "documents: INV-3 is already in write-off 1, still pending");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-2", 100}, {"INV-2", 200}}), alice);
          }) == "documents: INV-2 is listed twice");
    CHECK(refusal([&] {
              h.service.request(h.request({{"INV-2", 0}}), alice);
          }) == "documents: the amount written off INV-2 must be more than zero");
    CHECK(refusal([&] { h.service.request(h.request({}), alice); }) == "documents: name at least one document");
    WriteOff noEvidence = h.request({{"INV-2", 100}});
    noEvidence.evidence = "";
    CHECK(refusal([&] { h.service.request(noEvidence, alice); }) == "evidence: say what shows the money is lost");
    WriteOff elsewhere = h.request({{"INV-2", 100}});
    elsewhere.accountId = h.a2;
    CHECK(refusal([&] { h.service.request(elsewhere, alice); }) ==
          "documents: document " + std::to_string(h.doc(h.a1, "INV-2")) + " is not an invoice of this account");
    CHECK(dumpDatabase(h.path) == before);
}

TEST_CASE("Posting closes the exact amounts written off and the ledger check still passes", "[writeoffs]") {
    Hand h;
    const WriteOffId partial = h.requested({{"INV-2", 5000}});
    const WriteOffId whole = h.requested({{"INV-3", 25050}});
    h.service.approve(partial, h.as(h.frank));
    h.service.approve(whole, h.as(h.frank));
    CHECK(refusal([&] { h.service.post({whole}, h.as(h.sam, Date::ymd(2026, 7, 1))); }) ==
          "date: 2026-07-01 is before write-off 2 was approved, 2026-07-02");
    h.service.post({partial, whole}, h.as(h.sam, kPostingDay));
    CHECK(h.open(h.a1, "INV-2") == Money(15000, kGbp));
    CHECK(h.open(h.a1, "INV-3") == Money(0, kGbp));
    CHECK(h.open(h.a1, "INV-1") == Money(100000, kGbp));
    // Aging the day before still shows what was open then.
    CHECK(h.db->documents().openAmountOn(h.doc(h.a1, "INV-3"), Date::ymd(2026, 7, 2)) == 25050);
    CHECK(h.db->documents().openAmountOn(h.doc(h.a1, "INV-3"), kPostingDay) == 0);
    const WriteOff w = *h.db->writeOffs().findById(whole);
    CHECK(w.state == WriteOffState::Posted);
    CHECK(w.postedBy == h.sam.id);
    CHECK(w.postedOn == kPostingDay);
    CHECK(sqliteConnection(*h.db).queryInt("SELECT sum(open_change) FROM document_movements WHERE cause = "
                                           "'write_off'") == -30050);
    CHECK(checkLedger(*h.db).problems.empty());
    // Posted once: a second confirmation is refused and changes nothing.
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] { h.service.post({whole}, h.as(h.sam, kPostingDay)); }) ==
          "state: write-off 2: only an approved write-off is posted; it is posted");
    CHECK(dumpDatabase(h.path) == before);
}

TEST_CASE("Posting refuses, all or none, an amount no longer open", "[writeoffs]") {
    Hand h;
    const WriteOffId first = h.requested({{"INV-2", 20000}});
    h.service.approve(first, h.as(h.frank));
    // The ERP settled part of INV-2 since the request.
    h.db->documents().changeOpenAmount(h.doc(h.a1, "INV-2"), -1000, kDecisionDay,
                                       {MovementCause::Import, std::nullopt, std::nullopt});
    const WriteOffId second = h.requested({{"INV-3", 100}});
    h.service.approve(second, h.as(h.frank));
    const std::string before = dumpDatabase(h.path);
    CHECK(refusal([&] {
              h.service.post({second, first}, h.as(h.sam, kPostingDay));
          }) ==
          "documents: INV-2 has 190.00 GBP open, less than the 200.00 GBP of write-off 1; reject it and request what "
          "is open");
    CHECK(dumpDatabase(h.path) == before);
}

TEST_CASE("The write-off journal lists approved write-offs not yet posted", "[writeoffs][export]") {
    Hand h;
    const WriteOffId a = h.requested({{"INV-2", 5000}, {"INV-3", 25050}});
    h.service.approve(a, h.as(h.hannah));
    const WriteOffId posted = h.requested({{"INV-1", 100}});
    h.service.approve(posted, h.as(h.frank));
    h.service.post({posted}, h.as(h.sam, kPostingDay));
    h.requested({{"INV-1", 200}}); // still requested: not in the journal
    const auto lines = h.service.journal(h.as(h.sam, kPostingDay));
    CHECK(renderWriteOffJournalCsv(lines) ==
          "write_off,account,account_name,document,amount,currency,reason,requester,requested_on,approver,"
          "approved_on\r\n"
          "1,A1,Acme Ltd,INV-2,50.00,GBP,Small balance,amorgan,2026-07-01,hreid,2026-07-02\r\n"
          "1,A1,Acme Ltd,INV-3,250.50,GBP,Small balance,amorgan,2026-07-01,hreid,2026-07-02\r\n");
    const std::string book = h.dir.file("journal.xlsx");
    writeWriteOffJournalXlsx(lines, book);
    const CliRun sheet = runProgram("unzip", "-p '" + book + "' xl/worksheets/sheet1.xml");
    REQUIRE(sheet.exitCode == 0);
    CHECK(sheet.out.find("<f>") == std::string::npos);
    CHECK(sheet.out.find("<t>Acme Ltd</t>") != std::string::npos);
    CHECK(sheet.out.find("<t>INV-3</t>") != std::string::npos);
    CHECK(sheet.out.find("<v>250.5</v>") != std::string::npos);
    CHECK(sheet.out.find("<t>hreid</t>") != std::string::npos);
    CHECK(sheet.out.find("<t>2026-07-02</t>") != std::string::npos);
}

TEST_CASE("Each role is refused what it may not do with write-offs, by the core", "[writeoffs][access]") {
    Hand h;
    const WriteOffId id = h.requested({{"INV-3", 100}});
    const std::string before = dumpDatabase(h.path);
    const Actor analyst = h.as(h.alice);
    const Actor approver = h.as(h.frank);
    const Actor leader = h.as(h.hannah);
    const Actor admin = h.as(h.sam);
    const Actor cli = Actor::commandLineOperator(kDecisionDay);
    const auto request = [&](const Actor& by) { h.service.request(h.request({{"INV-2", 100}}), by); };
    CHECK(refusal([&] { request(approver); }) == "fnaylor (write_off_approver) may not request write-offs");
    CHECK(refusal([&] { request(admin); }) == "admin (administrator) may not request write-offs");
    CHECK(refusal([&] { request(cli); }) == "command line (administrator) may not request write-offs");
    CHECK(refusal([&] { h.service.approve(id, analyst); }) == "amorgan (analyst) may not approve write-offs");
    CHECK(refusal([&] { h.service.reject(id, "No", analyst); }) == "amorgan (analyst) may not approve write-offs");
    CHECK(refusal([&] { h.service.approve(id, cli); }) == "command line (administrator) may not approve write-offs");
    CHECK(refusal([&] { h.service.post({id}, analyst); }) == "amorgan (analyst) may not post write-offs");
    CHECK(refusal([&] { h.service.post({id}, approver); }) == "fnaylor (write_off_approver) may not post write-offs");
    CHECK(refusal([&] { h.service.post({id}, leader); }) == "hreid (team_leader) may not post write-offs");
    CHECK(refusal([&] { h.service.journal(approver); }) == "fnaylor (write_off_approver) may not post write-offs");
    CHECK(refusal([&] { h.service.setLimit(h.frank.id, Money(1, kGbp), analyst); }) ==
          "amorgan (analyst) may not set write-off limits");
    CHECK(refusal([&] { h.service.setLimit(h.frank.id, Money(1, kGbp), leader); }) ==
          "hreid (team_leader) may not set write-off limits");
    CHECK(refusal([&] { h.service.setLimit(h.frank.id, Money(1, kGbp), approver); }) ==
          "fnaylor (write_off_approver) may not set write-off limits");
    CHECK(refusal([&] { h.service.setLimit(h.alice.id, Money(1, kGbp), admin); }) ==
          "user: amorgan is an analyst; analysts request write-offs and do not approve them");
    CHECK(refusal([&] { h.service.setLimit(h.frank.id, Money(-1, kGbp), admin); }) ==
          "limit: a write-off limit cannot be below zero");
    CHECK(dumpDatabase(h.path) == before);
    // An administrator with a limit may approve.
    h.service.setLimit(h.sam.id, Money(1000, kGbp), admin);
    h.service.approve(id, admin);
}

TEST_CASE("Write-off events are never changed or deleted", "[writeoffs]") {
    Hand h;
    h.requested({{"INV-3", 100}});
    CHECK_THROWS(execSql(h.path, "UPDATE write_off_events SET note = 'x'"));
    CHECK_THROWS(execSql(h.path, "DELETE FROM write_off_events"));
}

TEST_CASE("A version 8 ledger is migrated through version 9 with its movements", "[writeoffs][migration]") {
    TempDir dir;
    const std::string path = dir.file("v8.db");
    {
        auto v8 = SqliteLedgerDatabase::openWithMigrations(path, LedgerDatabase::OpenMode::CreateIfMissing,
                                                           SqliteLedgerDatabase::migrations(), 8);
        CHECK(v8->schemaVersion() == 8);
    }
    execSql(path, "INSERT INTO accounts (id, number, name) VALUES (1, 'A1', 'Acme');"
                  "INSERT INTO documents (id, account_id, type, number, document_date, due_date, currency, amount, "
                  "open_amount) VALUES (1, 1, 1, 'INV-1', 20000, 20030, 'GBP', 1000, 400);"
                  "INSERT INTO document_movements (id, document_id, effective_on, open_change, cause) "
                  "VALUES (7, 1, 20010, -600, 'import')");
    auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::ExistingOnly);
    CHECK(db->schemaVersion() == LedgerDatabase::currentSchemaVersion());
    CHECK(LedgerDatabase::currentSchemaVersion() >= 9);
    CHECK(db->documents().openAmountOn(1, Date::fromDayNumber(20005)) == 1000);
    CHECK(sqliteConnection(*db).queryInt("SELECT count(*) FROM document_movements WHERE id = 7") == 1);
    CHECK(db->writeOffs().list(std::nullopt).empty());
    CHECK(db->writeOffs().limits().empty());
}

TEST_CASE("The write-off journal in CSV neutralises text a spreadsheet would run", "[writeoffs][export]") {
    WriteOffJournalLine line;
    line.writeOff = 7;
    line.accountNumber = "H1";
    line.accountName = "=HYPERLINK(\"http://evil.example\")";
    line.document = "@SUM(1+1)";
    line.amount = Money(1234, kGbp);
    line.reason = WriteOffReason::Insolvent;
    line.requester = "amorgan";
    line.requestedOn = kRequestDay;
    line.approver = "fnaylor";
    line.approvedOn = kDecisionDay;
    CHECK(renderWriteOffJournalCsv({line}) ==
          "write_off,account,account_name,document,amount,currency,reason,requester,requested_on,approver,"
          "approved_on\r\n"
          "7,H1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'@SUM(1+1)\",12.34,GBP,Customer insolvent,amorgan,"
          "2026-07-01,fnaylor,2026-07-02\r\n");
}

TEST_CASE("The write-off listing says why the viewer may not approve a request, as approve refuses it",
          "[writeoffs][listing]") {
    Hand h;
    using Kind = WriteOffApprovalProblem::Kind;
    const WriteOffId above = h.requested({{"INV-2", 5000}, {"INV-3", 25050}}); // 300.50 GBP
    const WriteOffId within = h.requested({{"INV-1", 100}});
    const WriteOffListing forFrank = loadWriteOffListing(*h.db, {}, h.as(h.frank));
    CHECK(forFrank.viewerLimit == Money(25050, kGbp));
    REQUIRE(forFrank.rows.size() == 2);
    const WriteOffListingRow& first = forFrank.rows[0];
    CHECK(first.writeOff.id == above);
    CHECK(first.accountNumber == "A1");
    CHECK(first.accountName == "Acme Ltd");
    CHECK(first.requester == "Alice Morgan");
    CHECK(first.decidedBy.empty());
    CHECK(first.totals == std::vector<Money>{Money(30050, kGbp)});
    REQUIRE(first.approvalProblem);
    CHECK(first.approvalProblem->kind == Kind::AboveLimit);
    CHECK(first.approvalProblem->message == refusal([&] { h.service.approve(above, h.as(h.frank)); }));
    CHECK(first.approvalProblem->message ==
          "approval: fnaylor's write-off limit 250.50 GBP is below the total 300.50 GBP; it needs an approver with a "
          "limit of at least 300.50 GBP");
    CHECK_FALSE(forFrank.rows[1].approvalProblem);

    // No limit, no authority; an analyst is not judged at all.
    const WriteOffListing forGrace = loadWriteOffListing(*h.db, {}, h.as(h.grace));
    CHECK_FALSE(forGrace.viewerLimit);
    REQUIRE(forGrace.rows[1].approvalProblem);
    CHECK(forGrace.rows[1].approvalProblem->kind == Kind::NoLimit);
    const WriteOffListing forAlice = loadWriteOffListing(*h.db, {}, h.as(h.alice));
    CHECK_FALSE(forAlice.rows[0].approvalProblem);
    CHECK_FALSE(forAlice.rows[1].approvalProblem);

    // Their own request, whatever the limit.
    WriteOff own = h.request({{"R-100", 1000}}, h.a2, kEur);
    const WriteOffId hannahs = h.service.request(own, h.as(h.hannah, kRequestDay));
    const WriteOffListing forHannah = loadWriteOffListing(*h.db, {WriteOffState::Requested, h.a2}, h.as(h.hannah));
    REQUIRE(forHannah.rows.size() == 1);
    CHECK(forHannah.rows[0].writeOff.id == hannahs);
    CHECK(forHannah.rows[0].totals == std::vector<Money>{Money(1000, kEur)});
    REQUIRE(forHannah.rows[0].approvalProblem);
    CHECK(forHannah.rows[0].approvalProblem->kind == Kind::OwnRequest);

    // Decided: by whom, and no longer judged.
    h.service.approve(within, h.as(h.frank));
    const WriteOffListing approved = loadWriteOffListing(*h.db, {WriteOffState::Approved, std::nullopt}, h.as(h.frank));
    REQUIRE(approved.rows.size() == 1);
    CHECK(approved.rows[0].writeOff.id == within);
    CHECK(approved.rows[0].decidedBy == "fnaylor");
    CHECK_FALSE(approved.rows[0].approvalProblem);
}
