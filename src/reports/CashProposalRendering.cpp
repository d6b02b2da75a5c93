// Text and CSV of cash proposals.
#include "duedesk/reports/CashProposalRendering.h"

#include "duedesk/reports/CsvWriter.h"

#include <algorithm>

namespace duedesk {
namespace {
std::string padded(std::string s, std::size_t width, bool right) {
    if (s.size() >= width) return s;
    const std::string pad(width - s.size(), ' ');
    return right ? pad + s : s + pad;
}
} // namespace

std::string_view matchBasisName(MatchBasis basis) {
    switch (basis) {
    case MatchBasis::Reference: return "reference";
    case MatchBasis::SameAmount: return "same amount";
    case MatchBasis::Combination: return "combination";
    }
    return "";
}

std::string_view creditTypeName(DocumentType type) {
    switch (type) {
    case DocumentType::CreditNote: return "credit note";
    case DocumentType::Adjustment: return "adjustment";
    case DocumentType::Invoice: return "invoice";
    case DocumentType::Payment: break;
    }
    return "payment";
}

std::string renderCashProposalsText(std::span<const CashProposal> proposals) {
    if (proposals.empty()) return "No proposals: no unapplied credit matches an open invoice.\n";
    std::string out;
    int n = 0;
    for (const CashProposal& p : proposals) {
        const Document& c = p.credit;
        out += std::to_string(++n) + ". " + p.accountNumber + " " + p.accountName + ": " +
               std::string(creditTypeName(c.type)) + " " + c.number + " of " + c.documentDate.toIso() + ", " +
               std::string(c.amount.currency().code()) + " " + c.openAmount.toGroupedString() + " unapplied\n";
        std::size_t numberWidth = 0, openWidth = 0, amountWidth = 0;
        for (const CashMatchLine& l : p.lines) {
            numberWidth = std::max(numberWidth, l.invoice.number.size());
            openWidth = std::max(openWidth, l.invoice.openAmount.toGroupedString().size());
            amountWidth = std::max(amountWidth, l.amount.toGroupedString().size());
        }
        for (const CashMatchLine& l : p.lines)
            out += "   " + padded(l.invoice.number, numberWidth, false) + "  due " + l.invoice.dueDate.toIso() +
                   "  open " + padded(l.invoice.openAmount.toGroupedString(), openWidth, true) + "  apply " +
                   padded(l.amount.toGroupedString(), amountWidth, true) + "\n";
        out += "   Reason: " + p.reason + "\n";
    }
    out += std::to_string(proposals.size()) + (proposals.size() == 1 ? " proposal\n" : " proposals\n");
    return out;
}

std::string renderCashProposalsCsv(std::span<const CashProposal> proposals) {
    std::string out;
    CsvWriter csv(out, CsvReader::Spreadsheet);
    for (const char* h : {"proposal", "account", "account_name", "credit", "credit_type", "credit_date", "currency",
                          "credit_open", "invoice", "invoice_due", "invoice_open", "amount", "basis", "reason"})
        csv.field(h);
    csv.endRow();
    int n = 0;
    for (const CashProposal& p : proposals) {
        ++n;
        for (const CashMatchLine& l : p.lines) {
            csv.number(std::to_string(n)).field(p.accountNumber).field(p.accountName).field(p.credit.number);
            csv.field(creditTypeName(p.credit.type)).field(p.credit.documentDate.toIso());
            csv.field(p.credit.amount.currency().code()).number(p.credit.openAmount.toDecimalString());
            csv.field(l.invoice.number).field(l.invoice.dueDate.toIso()).number(l.invoice.openAmount.toDecimalString());
            csv.number(l.amount.toDecimalString()).field(matchBasisName(p.basis)).field(p.reason);
            csv.endRow();
        }
    }
    return out;
}

} // namespace duedesk
