// duedesk-cli dispute on the hand ledger, signed in as amorgan: raised on
// part of an invoice, followed up, resolved; refusals that write nothing;
// the aging's disputed column and the dispute report.
#include "cli/SignedInLedger.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace duedesk;
using namespace duedesk::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

} // namespace

TEST_CASE("CLI: a dispute is raised on part of an invoice, investigated and resolved", "[cli][disputes]") {
    TempDir dir;
    const std::string db = handLedgerWithPassword(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun open = runCli(at + "dispute open --account A1 --invoice INV-2=150.00 --invoice INV-3 --reason pricing "
                                    "--owner 'Pricing desk' --note 'Contract price' --user amorgan --today 2026-06-20",
                               kSignedIn);
    CHECK(open.err.empty());
    CHECK(open.exitCode == 0);
    CHECK(open.out == "Dispute 1 raised on A1 (pricing, owner Pricing desk), due 2026-06-30: INV-2 GBP 150.00 "
                      "INV-3 GBP 250.50\n");

    const CliRun aging = runCli(at + "aging --by account --as-of 2026-06-30 --format csv");
    CHECK(aging.exitCode == 0);
    CHECK(
        aging.out.find("2026-06-30,A1,Acme Ltd,GBP,1000.00,200.00,0.00,0.00,250.50,0.00,-300.00,1150.50,400.50\r\n") !=
        std::string::npos);

    const CliRun list = runCli(at + "dispute list --account A1 --as-of 2026-07-01");
    CHECK(list.exitCode == 0);
    CHECK(list.out == "Id  Account  Reason   State  Owner         Raised      Due                Invoices      Amount\n"
                      "1   A1       pricing  open   Pricing desk  2026-06-20  2026-06-30 (late)  INV-2, INV-3  GBP "
                      "150.00, GBP 250.50\n");

    // Resolving before investigating is refused and writes nothing.
    const std::string before = dumpDatabase(db);
    const CliRun early = runCli(
        at + "dispute resolve 1 --as credited --note 'Credit agreed' --user amorgan --today 2026-06-22", kSignedIn);
    CHECK(early.exitCode == 1);
    CHECK(early.err == "duedesk-cli: state: an open dispute is investigated before it is resolved as credited\n");
    const CliRun tooMuch = runCli(at + "dispute open --account A1 --invoice INV-2=50.01 --reason quantity --owner "
                                       "Logistics --user amorgan --today 2026-06-22",
                                  kSignedIn);
    CHECK(tooMuch.exitCode == 1);
    CHECK(tooMuch.err == "duedesk-cli: invoices: 50.01 GBP is more than the 50.00 GBP of INV-2 not yet disputed "
                         "(200.00 GBP open, 150.00 GBP disputed)\n");
    CHECK(dumpDatabase(db) == before);

    const CliRun update = runCli(at + "dispute update 1 --state investigating --owner 'Sales operations' --note "
                                      "'Asked sales' --user amorgan --today 2026-06-22",
                                 kSignedIn);
    CHECK(update.err.empty());
    CHECK(update.out == "Dispute 1 investigating, owner Sales operations\n");
    const CliRun report = runCli(at + "dispute report --date 2026-07-01 --format csv");
    // Raised 2026-06-20, due 2026-06-30: 11 days old and late on 2026-07-01.
    CHECK(report.out == "as_of,by,key,currency,disputes,amount,past_service_level\r\n"
                        "2026-07-01,reason,Pricing,GBP,1,400.50,1\r\n"
                        "2026-07-01,owner,Sales operations,GBP,1,400.50,1\r\n"
                        "2026-07-01,age,8-15 days,GBP,1,400.50,1\r\n"
                        "2026-07-01,total,Total,GBP,1,400.50,1\r\n");
    const CliRun resolve =
        runCli(at + "dispute resolve 1 --as credited --note 'Credit note requested' --user amorgan --today 2026-07-02",
               kSignedIn);
    CHECK(resolve.err.empty());
    CHECK(resolve.out == "Dispute 1 resolved as credited on 2026-07-02\n");
    const CliRun closed = runCli(at + "dispute list --state credited --format json --as-of 2026-07-02");
    CHECK(closed.out.find("\"closed_on\": \"2026-07-02\"") != std::string::npos);
    CHECK(closed.out.find("\"note\": \"Credit note requested\"") != std::string::npos);
    CHECK(closed.out.find("\"by\": \"amorgan\"") != std::string::npos);
}

TEST_CASE("CLI: dispute options are checked before anything is written", "[cli][disputes]") {
    TempDir dir;
    const std::string db = handLedgerWithPassword(dir);
    const std::string at = "--db " + q(db) + " ";
    const CliRun reason = runCli(at + "dispute open --account A1 --invoice INV-1 --reason price --owner X --user "
                                      "amorgan --today 2026-07-01",
                                 kSignedIn);
    CHECK(reason.exitCode != 0);
    CHECK(reason.err.find("--reason \"price\" is not one of pricing, quantity, not_received, duplicate_billing, "
                          "missing_po, quality, deduction, other") != std::string::npos);
    const CliRun invoice = runCli(at + "dispute open --account A1 --invoice INV-9 --reason pricing --owner X --user "
                                       "amorgan --today 2026-07-01",
                                  kSignedIn);
    CHECK(invoice.exitCode != 0);
    CHECK(invoice.err.find("--invoice: A1 has no invoice numbered \"INV-9\"") != std::string::npos);
    CHECK(runCli(at + "dispute list").out == "No disputes.\n");
}
