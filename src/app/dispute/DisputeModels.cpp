// Cells of the Disputes tab.
#include "app/dispute/DisputeModels.h"

#include "app/common/MoneyText.h"

#include "duedesk/domain/DisputeRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

#include <algorithm>
#include <map>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// What is disputed, per currency: "GBP 150.00" (a dispute's invoices are
// usually in one currency, but nothing says they must be).
QString disputedText(const Dispute& d) {
    std::map<std::string, Money> totals;
    for (const DisputedInvoice& inv : d.invoices) {
        const std::string code(inv.amount.currency().code());
        const auto it = totals.find(code);
        if (it == totals.end())
            totals.emplace(code, inv.amount);
        else
            it->second = it->second + inv.amount;
    }
    QStringList parts;
    for (const auto& [code, money] : totals)
        parts << q(code) + QLatin1Char(' ') + moneyText(money.minorUnits(), money.currency());
    return parts.join(QStringLiteral(", "));
}
} // namespace

std::vector<DisputeRow> disputeRows(const DisputeListing& listing, bool newestFirst) {
    std::vector<DisputeRow> rows;
    rows.reserve(listing.disputes.size());
    for (const Dispute& d : listing.disputes) {
        DisputeRow row;
        row.dispute = d;
        if (const auto it = listing.accountNumbers.find(d.accountId); it != listing.accountNumbers.end())
            row.accountNumber = it->second;
        if (const auto it = listing.accountNames.find(d.accountId); it != listing.accountNames.end())
            row.accountName = it->second;
        rows.push_back(std::move(row));
    }
    if (newestFirst) std::ranges::reverse(rows);
    return rows;
}

QString disputeCountsText(const std::vector<DisputeRow>& rows, Date day) {
    const auto active = std::ranges::count_if(rows, [](const DisputeRow& r) { return isActive(r.dispute.state); });
    const auto late =
        std::ranges::count_if(rows, [day](const DisputeRow& r) { return pastServiceLevel(r.dispute, day); });
    return QObject::tr("%1 open · %2 past their service level").arg(active).arg(late);
}

QString disputeStateText(DisputeState state) {
    QString text = q(disputeStateLabel(state));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QVariant DisputesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return RowTableModel::data(index, role);
    const Dispute& d = rowAt(index.row()).dispute;
    const bool late = pastServiceLevel(d, day_) && static_cast<DisputeColumn>(index.column()) == DisputeColumn::Due;
    switch (role) {
    case Qt::FontRole:
        if (late) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (late) return QBrush(QColor(0xb0, 0x00, 0x20));
        if (!isActive(d.state)) return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::ToolTipRole:
        if (late) return tr("Past its service level: it was to be resolved by %1").arg(q(d.dueOn.toIso()));
        if (static_cast<DisputeColumn>(index.column()) == DisputeColumn::Note)
            return text(rowAt(index.row()), DisputeColumn::Note);
        return {};
    default: return RowTableModel::data(index, role);
    }
}

QString DisputesModel::heading(DisputeColumn column) const {
    switch (column) {
    case DisputeColumn::Account: return tr("Account");
    case DisputeColumn::Name: return tr("Name");
    case DisputeColumn::Raised: return tr("Raised");
    case DisputeColumn::Reason: return tr("Reason");
    case DisputeColumn::Invoices: return tr("Invoices");
    case DisputeColumn::Disputed: return tr("Disputed");
    case DisputeColumn::Owner: return tr("Owner");
    case DisputeColumn::State: return tr("State");
    case DisputeColumn::Due: return tr("Resolve by");
    case DisputeColumn::Closed: return tr("Closed");
    case DisputeColumn::Note: return tr("Latest note");
    case DisputeColumn::Count: break;
    }
    return {};
}

QString DisputesModel::text(const DisputeRow& row, DisputeColumn column) const {
    const Dispute& d = row.dispute;
    switch (column) {
    case DisputeColumn::Account: return QString::fromStdString(row.accountNumber);
    case DisputeColumn::Name: return QString::fromStdString(row.accountName);
    case DisputeColumn::Raised: return QString::fromStdString(d.raisedOn.toIso());
    case DisputeColumn::Reason: return q(disputeReasonLabel(d.reason));
    case DisputeColumn::Invoices: {
        QStringList numbers;
        for (const DisputedInvoice& inv : d.invoices) numbers << QString::fromStdString(inv.number);
        return numbers.join(QStringLiteral(", "));
    }
    case DisputeColumn::Disputed: return disputedText(d);
    case DisputeColumn::Owner: return QString::fromStdString(d.owner);
    case DisputeColumn::State: return disputeStateText(d.state);
    case DisputeColumn::Due: return q(d.dueOn.toIso());
    case DisputeColumn::Closed: return d.closedOn ? QString::fromStdString(d.closedOn->toIso()) : QString();
    case DisputeColumn::Note:
        // The latest word on it: the last event's note, else the dispute's own.
        for (auto it = d.events.rbegin(); it != d.events.rend(); ++it)
            if (!it->note.empty()) return QString::fromStdString(it->note);
        return QString::fromStdString(d.note);
    case DisputeColumn::Count: break;
    }
    return {};
}

QVariant DisputesModel::rawValue(const DisputeRow& row, DisputeColumn column) const {
    const Dispute& d = row.dispute;
    switch (column) {
    case DisputeColumn::Raised: return d.raisedOn.dayNumber();
    case DisputeColumn::Due: return d.dueOn.dayNumber();
    case DisputeColumn::Disputed: {
        std::int64_t total = 0;
        for (const DisputedInvoice& inv : d.invoices) total += inv.amount.minorUnits();
        return QVariant::fromValue<qint64>(total);
    }
    default: return text(row, column);
    }
}

} // namespace duedesk::app
