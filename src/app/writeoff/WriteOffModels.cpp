// Cells of the write-off tables.
#include "app/writeoff/WriteOffModels.h"

#include "app/common/MoneyText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

QString writeOffStateText(WriteOffState state) {
    switch (state) {
    case WriteOffState::Requested: return QObject::tr("Awaiting approval");
    case WriteOffState::Approved: return QObject::tr("Approved");
    case WriteOffState::Rejected: return QObject::tr("Rejected");
    case WriteOffState::Posted: return QObject::tr("Posted");
    }
    return {};
}

QString writeOffTotalsText(const std::vector<Money>& totals) {
    QStringList parts;
    for (const Money& m : totals)
        parts << q(m.currency().code()) + QLatin1Char(' ') + moneyText(m.minorUnits(), m.currency());
    return parts.join(QStringLiteral(", "));
}

QString refusalSentence(const std::string& refusal) {
    const auto colon = refusal.find(": ");
    QString text = q(colon == std::string::npos ? refusal : refusal.substr(colon + 2));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString approvalMarkText(const WriteOffListingRow& row) {
    if (!row.approvalProblem) return {};
    using Kind = WriteOffApprovalProblem::Kind;
    switch (row.approvalProblem->kind) {
    case Kind::OwnRequest: return QObject::tr("Your own request");
    case Kind::AboveLimit: return QObject::tr("Above your limit");
    case Kind::NoLimit: return QObject::tr("You have no limit");
    case Kind::NoRate: return QObject::tr("No exchange rate");
    case Kind::NotAllowed:
    case Kind::NotRequested: break;
    }
    return {};
}

QVariant WriteOffsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return RowTableModel::data(index, role);
    const WriteOffListingRow& row = rowAt(index.row());
    // What the approver may not approve stands back, and says why.
    if (row.approvalProblem) {
        if (role == Qt::ForegroundRole) return QBrush(QColor(0x80, 0x80, 0x80));
        if (role == Qt::ToolTipRole) return q(row.approvalProblem->message);
        if (role == Qt::FontRole && static_cast<WriteOffColumn>(index.column()) == WriteOffColumn::ForYou) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
    }
    if (role == Qt::ToolTipRole && row.writeOff.state == WriteOffState::Rejected)
        return tr("Rejected: %1").arg(QString::fromStdString(row.writeOff.rejectionReason));
    return RowTableModel::data(index, role);
}

QString WriteOffsModel::heading(WriteOffColumn column) const {
    switch (column) {
    case WriteOffColumn::Id: return tr("Id");
    case WriteOffColumn::Account: return tr("Account");
    case WriteOffColumn::Customer: return tr("Customer");
    case WriteOffColumn::Amount: return tr("Amount");
    case WriteOffColumn::Reason: return tr("Reason");
    case WriteOffColumn::Requester: return tr("Requested by");
    case WriteOffColumn::RequestedOn: return tr("Requested on");
    case WriteOffColumn::State: return tr("State");
    case WriteOffColumn::Approver: return tr("Approver");
    case WriteOffColumn::ForYou: return tr("For you");
    case WriteOffColumn::Count: break;
    }
    return {};
}

QString WriteOffsModel::text(const WriteOffListingRow& row, WriteOffColumn column) const {
    const WriteOff& w = row.writeOff;
    switch (column) {
    case WriteOffColumn::Id: return QString::number(w.id);
    case WriteOffColumn::Account: return QString::fromStdString(row.accountNumber);
    case WriteOffColumn::Customer: return QString::fromStdString(row.accountName);
    case WriteOffColumn::Amount: return writeOffTotalsText(row.totals);
    case WriteOffColumn::Reason: return q(writeOffReasonLabel(w.reason));
    case WriteOffColumn::Requester: return QString::fromStdString(row.requester);
    case WriteOffColumn::RequestedOn: return QString::fromStdString(w.requestedOn.toIso());
    case WriteOffColumn::State: return writeOffStateText(w.state);
    case WriteOffColumn::Approver: return QString::fromStdString(row.decidedBy);
    case WriteOffColumn::ForYou: return approvalMarkText(row);
    case WriteOffColumn::Count: break;
    }
    return {};
}

QVariant WriteOffsModel::rawValue(const WriteOffListingRow& row, WriteOffColumn column) const {
    switch (column) {
    case WriteOffColumn::Id: return QVariant::fromValue<qint64>(row.writeOff.id);
    // Amounts of one currency sort by size; a mix sorts by its first.
    case WriteOffColumn::Amount:
        return row.totals.empty() ? QVariant() : QVariant::fromValue<qint64>(row.totals.front().minorUnits());
    case WriteOffColumn::RequestedOn: return row.writeOff.requestedOn.dayNumber();
    default: return text(row, column);
    }
}

} // namespace duedesk::app
