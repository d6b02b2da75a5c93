// Cells of the cash application tables.
#include "app/cash/CashModels.h"

#include "app/account/AccountTexts.h"
#include "app/common/MoneyText.h"

namespace duedesk::app {
namespace {
QString q(const std::string& s) { return QString::fromStdString(s); }
QString money(const Money& m) { return moneyText(m.minorUnits(), m.currency()); }
QVariant minor(const Money& m) { return QVariant::fromValue<qint64>(m.minorUnits()); }
QVariant day(Date d) { return QVariant::fromValue<qint64>(d.dayNumber()); }
} // namespace

QString CashProposalsModel::heading(CashProposalColumn column) const {
    switch (column) {
    case CashProposalColumn::Account: return tr("Account");
    case CashProposalColumn::Name: return tr("Name");
    case CashProposalColumn::Credit: return tr("Credit");
    case CashProposalColumn::Type: return tr("Type");
    case CashProposalColumn::Date: return tr("Date");
    case CashProposalColumn::Currency: return tr("Currency");
    case CashProposalColumn::Unapplied: return tr("Unapplied");
    case CashProposalColumn::Invoices: return tr("Invoices");
    case CashProposalColumn::Apply: return tr("Apply");
    case CashProposalColumn::Reason: return tr("Reason");
    case CashProposalColumn::Count: break;
    }
    return {};
}

QString CashProposalsModel::text(const CashProposal& p, CashProposalColumn column) const {
    switch (column) {
    case CashProposalColumn::Account: return q(p.accountNumber);
    case CashProposalColumn::Name: return q(p.accountName);
    case CashProposalColumn::Credit: return q(p.credit.number);
    case CashProposalColumn::Type: return documentTypeText(p.credit.type);
    case CashProposalColumn::Date: return q(p.credit.documentDate.toIso());
    case CashProposalColumn::Currency: return q(std::string(p.credit.amount.currency().code()));
    case CashProposalColumn::Unapplied: return money(p.credit.openAmount);
    case CashProposalColumn::Invoices: {
        QStringList numbers;
        for (const CashMatchLine& line : p.lines) numbers << q(line.invoice.number);
        return numbers.join(QStringLiteral(", "));
    }
    case CashProposalColumn::Apply: return money(p.total());
    case CashProposalColumn::Reason: return q(p.reason);
    case CashProposalColumn::Count: break;
    }
    return {};
}

QVariant CashProposalsModel::rawValue(const CashProposal& p, CashProposalColumn column) const {
    switch (column) {
    case CashProposalColumn::Date: return day(p.credit.documentDate);
    case CashProposalColumn::Unapplied: return minor(p.credit.openAmount);
    case CashProposalColumn::Apply: return minor(p.total());
    default: return text(p, column);
    }
}

bool CashProposalsModel::isNumeric(CashProposalColumn column) const {
    return column == CashProposalColumn::Unapplied || column == CashProposalColumn::Apply;
}

QString CashLinesModel::heading(CashLineColumn column) const {
    switch (column) {
    case CashLineColumn::Invoice: return tr("Invoice");
    case CashLineColumn::Date: return tr("Date");
    case CashLineColumn::Due: return tr("Due");
    case CashLineColumn::Open: return tr("Open");
    case CashLineColumn::Apply: return tr("Apply");
    case CashLineColumn::Count: break;
    }
    return {};
}

QString CashLinesModel::text(const CashMatchLine& line, CashLineColumn column) const {
    switch (column) {
    case CashLineColumn::Invoice: return q(line.invoice.number);
    case CashLineColumn::Date: return q(line.invoice.documentDate.toIso());
    case CashLineColumn::Due: return q(line.invoice.dueDate.toIso());
    case CashLineColumn::Open: return money(line.invoice.openAmount);
    case CashLineColumn::Apply: return money(line.amount);
    case CashLineColumn::Count: break;
    }
    return {};
}

QVariant CashLinesModel::rawValue(const CashMatchLine& line, CashLineColumn column) const {
    switch (column) {
    case CashLineColumn::Date: return day(line.invoice.documentDate);
    case CashLineColumn::Due: return day(line.invoice.dueDate);
    case CashLineColumn::Open: return minor(line.invoice.openAmount);
    case CashLineColumn::Apply: return minor(line.amount);
    default: return text(line, column);
    }
}

bool CashLinesModel::isNumeric(CashLineColumn column) const {
    return column == CashLineColumn::Open || column == CashLineColumn::Apply;
}

} // namespace duedesk::app
