// The cash application tables as models: the proposals (one row per
// unapplied credit that matches something) and the invoices of the chosen
// proposal with the amount to apply to each. Cells give their text and,
// under RawValueRole, the raw value they sort on.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/reports/CashMatcher.h"

namespace duedesk::app {

enum class CashProposalColumn {
    Account,
    Name,
    Credit,
    Type,
    Date,
    Currency,
    Unapplied,
    Invoices,
    Apply,
    Reason,
    Count
};

class CashProposalsModel final : public RowTableModel<CashProposal, CashProposalColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(CashProposalColumn column) const override;
    QString text(const CashProposal& row, CashProposalColumn column) const override;
    QVariant rawValue(const CashProposal& row, CashProposalColumn column) const override;
    bool isNumeric(CashProposalColumn column) const override;
};

enum class CashLineColumn { Invoice, Date, Due, Open, Apply, Count };

class CashLinesModel final : public RowTableModel<CashMatchLine, CashLineColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(CashLineColumn column) const override;
    QString text(const CashMatchLine& row, CashLineColumn column) const override;
    QVariant rawValue(const CashMatchLine& row, CashLineColumn column) const override;
    bool isNumeric(CashLineColumn column) const override;
};

} // namespace duedesk::app
