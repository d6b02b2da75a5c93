// Cells of the "Promises & plans" tab's tables.
#include "app/account/CommitmentModels.h"

#include "app/account/AccountTexts.h"
#include "app/common/MoneyText.h"

#include <algorithm>

namespace duedesk::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString iso(Date d) { return q(d.toIso()); }
QVariant day(Date d) { return QVariant::fromValue<qint64>(d.dayNumber()); }
QVariant minor(const Money& m) { return QVariant::fromValue<qint64>(m.minorUnits()); }
QString money(const Money& m) { return moneyText(m.minorUnits(), m.currency()); }

std::string nameIn(const std::map<UserId, std::string>& names, const std::optional<UserId>& user) {
    if (!user) return {};
    const auto found = names.find(*user);
    return found == names.end() ? std::to_string(*user) : found->second;
}

std::string numbers(const CommitmentListing& l, const std::vector<DocumentId>& documents) {
    std::string out;
    for (const DocumentId d : documents) {
        const auto found = l.documentNumbers.find(d);
        out += (out.empty() ? "" : ", ") + (found == l.documentNumbers.end() ? std::to_string(d) : found->second);
    }
    return out;
}

} // namespace

QString instalmentsText(int count) {
    return count == 1 ? QObject::tr("1 instalment") : QObject::tr("%1 instalments").arg(count);
}

QString commitmentStateText(CommitmentState state) {
    switch (state) {
    case CommitmentState::Open: return QObject::tr("Open");
    case CommitmentState::Kept: return QObject::tr("Kept");
    case CommitmentState::PartlyKept: return QObject::tr("Partly kept");
    case CommitmentState::Broken: return QObject::tr("Broken");
    }
    return {};
}

QString planStandingText(const PlanOnDay& plan) {
    if (plan.cancelled) return QObject::tr("Cancelled %1").arg(iso(*plan.plan.cancelledOn));
    if (plan.status.completed) return QObject::tr("Completed");
    if (plan.status.firstMissedOn) return QObject::tr("Behind since %1").arg(iso(*plan.status.firstMissedOn));
    return QObject::tr("In good standing");
}

std::vector<CommitmentLine> commitmentLines(const CommitmentListing& l) {
    std::vector<CommitmentLine> lines;
    for (const PromiseOnDay& p : l.commitments.promises) {
        CommitmentLine line;
        line.kind = CommitmentLine::Kind::Promise;
        line.id = p.promise.id;
        line.madeOn = p.promise.takenOn;
        line.by = nameIn(l.userNames, p.promise.takenBy);
        line.amount = p.promise.amount;
        line.dueOn = p.promise.promisedFor;
        line.state = p.withdrawn ? QObject::tr("Withdrawn %1").arg(iso(*p.promise.withdrawnOn))
                                 : commitmentStateText(p.status.state);
        line.paid = p.withdrawn ? Money::zero(p.promise.amount.currency()) : p.status.paid;
        line.invoices = numbers(l, p.promise.documents);
        line.note = p.promise.note;
        line.inForce = !p.withdrawn;
        lines.push_back(std::move(line));
    }
    for (const PlanOnDay& p : l.commitments.plans) {
        CommitmentLine plan;
        plan.kind = CommitmentLine::Kind::Plan;
        plan.id = p.plan.id;
        plan.ofCount = static_cast<int>(p.plan.instalments.size());
        plan.madeOn = p.plan.agreedOn;
        plan.by = nameIn(l.userNames, p.plan.agreedBy);
        plan.amount = Money::zero(p.plan.currency);
        plan.paid = Money::zero(p.plan.currency);
        for (const InstalmentStatus& i : p.status.instalments) {
            plan.amount += i.instalment.amount;
            plan.paid += i.status.paid;
        }
        if (!p.plan.instalments.empty()) {
            plan.dueOn = p.plan.instalments.front().dueOn;
            plan.lastDueOn = p.plan.instalments.back().dueOn;
        }
        plan.state = planStandingText(p);
        plan.invoices = numbers(l, p.plan.documents);
        plan.note = p.plan.note;
        plan.inForce = !p.cancelled;
        lines.push_back(plan);
        for (const InstalmentStatus& i : p.status.instalments) {
            CommitmentLine line;
            line.kind = CommitmentLine::Kind::Instalment;
            line.id = p.plan.id;
            line.seq = i.instalment.seq;
            line.ofCount = plan.ofCount;
            line.amount = i.instalment.amount;
            line.dueOn = i.instalment.dueOn;
            // A cancelled plan's instalments are no longer owed.
            line.state = p.cancelled ? QString() : commitmentStateText(i.status.state);
            line.paid = i.status.paid;
            line.inForce = plan.inForce;
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

QString CommitmentsModel::heading(CommitmentColumn column) const {
    switch (column) {
    case CommitmentColumn::What: return tr("What");
    case CommitmentColumn::MadeOn: return tr("Taken on");
    case CommitmentColumn::By: return tr("By");
    case CommitmentColumn::Currency: return tr("Currency");
    case CommitmentColumn::Amount: return tr("Amount");
    case CommitmentColumn::Due: return tr("Due");
    case CommitmentColumn::State: return tr("State");
    case CommitmentColumn::Paid: return tr("Paid so far");
    case CommitmentColumn::Invoices: return tr("Invoices");
    case CommitmentColumn::Note: return tr("Note");
    case CommitmentColumn::Count: break;
    }
    return {};
}

QString CommitmentsModel::text(const CommitmentLine& row, CommitmentColumn column) const {
    switch (column) {
    case CommitmentColumn::What:
        switch (row.kind) {
        case CommitmentLine::Kind::Promise: return tr("Promise to pay");
        case CommitmentLine::Kind::Plan: return tr("Payment plan, %1").arg(instalmentsText(row.ofCount));
        case CommitmentLine::Kind::Instalment:
            // Indented under its plan.
            return QStringLiteral("    ") + tr("Instalment %1 of %2").arg(row.seq).arg(row.ofCount);
        }
        return {};
    case CommitmentColumn::MadeOn: return row.madeOn ? iso(*row.madeOn) : QString();
    case CommitmentColumn::By: return q(row.by);
    case CommitmentColumn::Currency:
        return row.kind == CommitmentLine::Kind::Instalment ? QString() : q(row.amount.currency().code());
    case CommitmentColumn::Amount: return money(row.amount);
    case CommitmentColumn::Due:
        return row.lastDueOn ? tr("%1 to %2").arg(iso(row.dueOn), iso(*row.lastDueOn)) : iso(row.dueOn);
    case CommitmentColumn::State: return row.state;
    case CommitmentColumn::Paid: return money(row.paid);
    case CommitmentColumn::Invoices: return q(row.invoices);
    case CommitmentColumn::Note: return q(row.note);
    case CommitmentColumn::Count: break;
    }
    return {};
}

QVariant CommitmentsModel::rawValue(const CommitmentLine& row, CommitmentColumn column) const {
    switch (column) {
    case CommitmentColumn::MadeOn: return row.madeOn ? day(*row.madeOn) : QVariant();
    case CommitmentColumn::Amount: return minor(row.amount);
    case CommitmentColumn::Due: return day(row.dueOn);
    case CommitmentColumn::Paid: return minor(row.paid);
    default: return text(row, column);
    }
}

std::vector<FollowUpLine> followUpLines(const AccountDiary& diary) {
    std::vector<FollowUpLine> lines;
    for (const DiaryEntry& e : diary.followUps) lines.push_back({e, nameIn(diary.userNames, e.ownerId)});
    return lines;
}

QString FollowUpsModel::heading(FollowUpColumn column) const {
    switch (column) {
    case FollowUpColumn::Due: return tr("Due");
    case FollowUpColumn::Action: return tr("Action");
    case FollowUpColumn::Owner: return tr("Owner");
    case FollowUpColumn::Note: return tr("Note");
    case FollowUpColumn::Count: break;
    }
    return {};
}

QString FollowUpsModel::text(const FollowUpLine& row, FollowUpColumn column) const {
    switch (column) {
    case FollowUpColumn::Due: return iso(row.entry.dueOn);
    case FollowUpColumn::Action: return diaryActionText(row.entry.action);
    case FollowUpColumn::Owner: return q(row.owner);
    case FollowUpColumn::Note: return q(row.entry.note);
    case FollowUpColumn::Count: break;
    }
    return {};
}

QVariant FollowUpsModel::rawValue(const FollowUpLine& row, FollowUpColumn column) const {
    return column == FollowUpColumn::Due ? day(row.entry.dueOn) : QVariant(text(row, column));
}

std::vector<AssignmentLine> assignmentLines(const AccountDiary& diary) {
    std::vector<AssignmentLine> lines;
    for (const AssignmentChange& c : diary.assignments)
        lines.push_back({c, nameIn(diary.userNames, c.fromId), nameIn(diary.userNames, c.toId),
                         nameIn(diary.userNames, c.changedBy)});
    std::ranges::reverse(lines);
    return lines;
}

QString AssignmentsModel::heading(AssignmentColumn column) const {
    switch (column) {
    case AssignmentColumn::Date: return tr("Date");
    case AssignmentColumn::From: return tr("From");
    case AssignmentColumn::To: return tr("To");
    case AssignmentColumn::By: return tr("By");
    case AssignmentColumn::Count: break;
    }
    return {};
}

QString AssignmentsModel::text(const AssignmentLine& row, AssignmentColumn column) const {
    const auto person = [](const std::string& name) { return name.empty() ? tr("(no one)") : q(name); };
    switch (column) {
    case AssignmentColumn::Date: return iso(row.change.changedOn);
    case AssignmentColumn::From: return person(row.from);
    case AssignmentColumn::To: return person(row.to);
    case AssignmentColumn::By: return row.by.empty() ? tr("(import or command line)") : q(row.by);
    case AssignmentColumn::Count: break;
    }
    return {};
}

QVariant AssignmentsModel::rawValue(const AssignmentLine& row, AssignmentColumn column) const {
    return column == AssignmentColumn::Date ? day(row.change.changedOn) : QVariant(text(row, column));
}

QString holdText(const Hold& hold, const AccountDiary& diary) {
    QString text = QObject::tr("Chasing paused until %1: %2").arg(iso(hold.untilOn), q(hold.reason));
    const std::string by = nameIn(diary.userNames, hold.placedBy);
    if (!by.empty()) text += QStringLiteral(" ") + QObject::tr("(placed %1 by %2)").arg(iso(hold.placedOn), q(by));
    return text;
}

} // namespace duedesk::app
