// Cash matching rules on documents built by hand: reference, same amount,
// combination; nothing proposed twice; currencies never mixed.
#include "duedesk/reports/CashMatcher.h"
#include "duedesk/reports/CashProposalRendering.h"

#include <catch2/catch.hpp>

using namespace duedesk;

namespace {

const Currency GBP = Currency::of("GBP");
const Currency EUR = Currency::of("EUR");

struct Book {
    std::vector<Document> documents;
    DocumentId next = 1;

    void add(DocumentType type, const std::string& number, std::int64_t open, Date date, Date due,
             const std::string& reference = "", Currency currency = GBP) {
        Document d;
        d.id = next++;
        d.accountId = 1;
        d.type = type;
        d.number = number;
        d.documentDate = date;
        d.dueDate = due;
        d.amount = Money(open, currency);
        d.openAmount = Money(open, currency);
        d.reference = reference;
        documents.push_back(d);
    }
    void invoice(const std::string& number, std::int64_t open, Date due, Currency currency = GBP) {
        add(DocumentType::Invoice, number, open, due.addDays(-30), due, "", currency);
    }
    void payment(const std::string& number, std::int64_t open, Date date, const std::string& reference = "",
                 Currency currency = GBP) {
        add(DocumentType::Payment, number, open, date, date, reference, currency);
    }
};

// "P1 -> INV-7 120.00, INV-8 10.00"
std::string describe(const CashProposal& p) {
    std::string out = p.credit.number + " ->";
    for (std::size_t i = 0; i < p.lines.size(); ++i)
        out += (i ? ", " : " ") + p.lines[i].invoice.number + " " + p.lines[i].amount.toDecimalString();
    return out;
}

Date day(unsigned month, unsigned d) { return Date::ymd(2026, month, d); }

} // namespace

TEST_CASE("Cash matching: a reference that names an invoice comes first, for the smaller amount", "[cash]") {
    Book b;
    b.invoice("INV-8", 30000, day(3, 1)); // same amount, older: still second to the named invoice
    b.invoice("INV-7", 12000, day(4, 1));
    b.payment("P1", 30000, day(6, 1), "  inv-7 ");
    const auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) == "P1 -> INV-7 120.00");
    CHECK(proposals[0].basis == MatchBasis::Reference);
    // The credit is larger than the invoice it names: the rest stays unapplied.
    CHECK(proposals[0].reason == "P1's reference names invoice INV-7; 180.00 of the payment stays unapplied");
    CHECK(proposals[0].total() == Money(12000, GBP));
}

TEST_CASE("Cash matching: a credit smaller than the invoice it names pays part of it", "[cash]") {
    Book b;
    b.invoice("INV-1", 50000, day(3, 1));
    b.add(DocumentType::CreditNote, "CN-4", 5000, day(5, 2), day(5, 2), "INV-1");
    const auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) == "CN-4 -> INV-1 50.00");
    CHECK(proposals[0].reason == "CN-4's reference names invoice INV-1; 450.00 of the invoice stays open");
}

TEST_CASE("Cash matching: the same amount matches the oldest due of the invoices that have it", "[cash]") {
    Book b;
    b.invoice("I1", 25000, day(5, 1));
    b.invoice("I2", 25000, day(4, 1));
    b.invoice("I3", 10000, day(3, 1));
    b.payment("P2", 25000, day(6, 1), "REMIT 2026-06");
    const auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) == "P2 -> I2 250.00");
    CHECK(proposals[0].basis == MatchBasis::SameAmount);
    CHECK(proposals[0].reason == "same amount as invoice I2 (the oldest due of 2 invoices of that amount)");
}

TEST_CASE("Cash matching: a combination of invoices that adds up exactly, the oldest invoices first", "[cash]") {
    Book b;
    // 350.00 = A + D = B + C; A is the oldest due, so A + D.
    b.invoice("A", 10000, day(3, 1));
    b.invoice("B", 20000, day(3, 15));
    b.invoice("C", 15000, day(4, 1));
    b.invoice("D", 25000, day(4, 15));
    b.payment("P3", 35000, day(6, 1));
    const auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) == "P3 -> A 100.00, D 250.00");
    CHECK(proposals[0].basis == MatchBasis::Combination);
    CHECK(proposals[0].reason == "equals the sum of 2 invoices: A, D");
}

TEST_CASE("Cash matching: a combination uses at most six invoices", "[cash]") {
    Book b;
    for (int i = 1; i <= 7; ++i) b.invoice("S" + std::to_string(i), 1000, day(3, static_cast<unsigned>(i)));
    b.payment("P7", 7000, day(6, 1));
    b.payment("P6", 6000, day(6, 2));
    const auto proposals = proposeCashMatches(b.documents);
    // Seven invoices would be needed for P7: no proposal; P6 takes the six oldest.
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) == "P6 -> S1 10.00, S2 10.00, S3 10.00, S4 10.00, S5 10.00, S6 10.00");
    CHECK(proposals[0].reason == "equals the sum of 6 invoices: S1, S2, S3, S4, S5, S6");
}

TEST_CASE("Cash matching: nothing is proposed twice, and a surer match goes first", "[cash]") {
    Book b;
    b.invoice("INV-1", 50000, day(3, 1));
    b.invoice("INV-2", 20000, day(3, 2));
    // Two payments name INV-1: the first takes 300.00 of it, the second the 200.00 left.
    b.payment("P1", 30000, day(5, 1), "INV-1");
    b.payment("P2", 30000, day(5, 2), "INV-1");
    // An older payment of INV-2's amount, and a younger one that names it:
    // the reference wins, and the older payment has nothing left to match.
    b.payment("P0", 20000, day(4, 1));
    b.payment("P3", 20000, day(5, 3), "INV-2");
    const auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 3);
    CHECK(describe(proposals[0]) == "P1 -> INV-1 300.00");
    CHECK(describe(proposals[1]) == "P2 -> INV-1 200.00");
    CHECK(proposals[1].reason == "P2's reference names invoice INV-1; 100.00 of the payment stays unapplied");
    CHECK(describe(proposals[2]) == "P3 -> INV-2 200.00");
}

TEST_CASE("Cash matching: documents of different currencies are never matched", "[cash]") {
    Book b;
    b.invoice("G-1", 10000, day(3, 1));
    b.invoice("G-2", 5000, day(3, 2));
    b.invoice("G-3", 5000, day(3, 3));
    b.payment("E-1", 10000, day(5, 1), "G-1", EUR);
    b.payment("E-2", 5000, day(5, 2), "", EUR);
    CHECK(proposeCashMatches(b.documents).empty());
    b.invoice("E-INV", 10000, day(3, 4), EUR);
    const auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 1);
    CHECK(describe(proposals[0]) == "E-1 -> E-INV 100.00");
}

TEST_CASE("Cash proposals print numbered, with their invoices and reason", "[cash]") {
    Book b;
    b.invoice("A", 10000, day(3, 1));
    b.invoice("D", 125000, day(4, 15));
    b.payment("P3", 135000, day(6, 1));
    auto proposals = proposeCashMatches(b.documents);
    REQUIRE(proposals.size() == 1);
    proposals[0].accountNumber = "A1";
    proposals[0].accountName = "Acme Ltd";
    CHECK(renderCashProposalsText(proposals) == "1. A1 Acme Ltd: payment P3 of 2026-06-01, GBP 1,350.00 unapplied\n"
                                                "   A  due 2026-03-01  open   100.00  apply   100.00\n"
                                                "   D  due 2026-04-15  open 1,250.00  apply 1,250.00\n"
                                                "   Reason: equals the sum of 2 invoices: A, D\n"
                                                "1 proposal\n");
    CHECK(renderCashProposalsCsv(proposals) ==
          "proposal,account,account_name,credit,credit_type,credit_date,currency,credit_open,invoice,invoice_due,"
          "invoice_open,amount,basis,reason\r\n"
          "1,A1,Acme Ltd,P3,payment,2026-06-01,GBP,1350.00,A,2026-03-01,100.00,100.00,combination,"
          "\"equals the sum of 2 invoices: A, D\"\r\n"
          "1,A1,Acme Ltd,P3,payment,2026-06-01,GBP,1350.00,D,2026-04-15,1250.00,1250.00,combination,"
          "\"equals the sum of 2 invoices: A, D\"\r\n");
    CHECK(renderCashProposalsText({}) == "No proposals: no unapplied credit matches an open invoice.\n");

    // A customer's name is theirs to type: a formula in it stays text.
    proposals[0].accountName = "=HYPERLINK(\"http://x\";\"Click\")";
    const std::string csv = renderCashProposalsCsv(proposals);
    CHECK(csv.find(",A1,\"'=HYPERLINK(\"\"http://x\"\";\"\"Click\"\")\",P3,") != std::string::npos);
    CHECK(csv.find(",=HYPERLINK") == std::string::npos);
}
