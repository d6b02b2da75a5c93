// The account view's "Promises & plans" tab as models: the account's
// promises and payment plans (each plan followed by its instalments) with
// their states on the session's day, its open follow-ups, and who collected
// it when. The states come from the core (AccountDiary); nothing here
// judges a commitment.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/reports/AccountDiary.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace duedesk::app {

// One row of the commitments table: a promise, a plan (its total), or one
// of the plan's instalments (after it).
struct CommitmentLine {
    enum class Kind { Promise, Plan, Instalment };
    Kind kind = Kind::Promise;
    std::int64_t id = 0; // the promise's or the plan's (an instalment's plan)
    int seq = 0; // an instalment's number
    int ofCount = 0; // how many instalments its plan has
    std::optional<Date> madeOn; // taken or agreed on; none on an instalment
    std::string by; // who took or agreed it
    Money amount = Money::zero(Currency()); // a promise's, a plan's total, an instalment's
    Date dueOn = Date::fromDayNumber(0); // promised for; a plan's first instalment; an instalment's
    std::optional<Date> lastDueOn; // a plan's last instalment
    QString state; // "Broken", "Withdrawn 2026-07-01", "In good standing", ...
    Money paid = Money::zero(Currency());
    std::string invoices; // the invoices covered, by number
    std::string note;
    // Still in force on the day: a promise that may be withdrawn, a plan
    // (or an instalment of one) that may be cancelled.
    bool inForce = false;
};

// Promises (by the day promised), then plans (by the day agreed) each
// followed by its instalments.
std::vector<CommitmentLine> commitmentLines(const CommitmentListing& listing);

// "1 instalment", "3 instalments".
QString instalmentsText(int count);
// "Open", "Kept", "Partly kept", "Broken".
QString commitmentStateText(CommitmentState state);
// "In good standing", "Completed", "Behind since 2026-07-15", "Cancelled 2026-07-20".
QString planStandingText(const PlanOnDay& plan);

enum class CommitmentColumn { What, MadeOn, By, Currency, Amount, Due, State, Paid, Invoices, Note, Count };

class CommitmentsModel final : public RowTableModel<CommitmentLine, CommitmentColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(CommitmentColumn column) const override;
    QString text(const CommitmentLine& row, CommitmentColumn column) const override;
    QVariant rawValue(const CommitmentLine& row, CommitmentColumn column) const override;
    bool isNumeric(CommitmentColumn column) const override {
        return column == CommitmentColumn::Amount || column == CommitmentColumn::Paid;
    }
};

// An open follow-up with its owner's name.
struct FollowUpLine {
    DiaryEntry entry;
    std::string owner; // empty when no one owns it
};
std::vector<FollowUpLine> followUpLines(const AccountDiary& diary);

enum class FollowUpColumn { Due, Action, Owner, Note, Count };

class FollowUpsModel final : public RowTableModel<FollowUpLine, FollowUpColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(FollowUpColumn column) const override;
    QString text(const FollowUpLine& row, FollowUpColumn column) const override;
    QVariant rawValue(const FollowUpLine& row, FollowUpColumn column) const override;
    bool isNumeric(FollowUpColumn) const override { return false; }
};

// A change of analyst with the names behind its ids; empty: no one.
struct AssignmentLine {
    AssignmentChange change;
    std::string from, to, by;
};
std::vector<AssignmentLine> assignmentLines(const AccountDiary& diary); // newest first

enum class AssignmentColumn { Date, From, To, By, Count };

class AssignmentsModel final : public RowTableModel<AssignmentLine, AssignmentColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(AssignmentColumn column) const override;
    QString text(const AssignmentLine& row, AssignmentColumn column) const override;
    QVariant rawValue(const AssignmentLine& row, AssignmentColumn column) const override;
    bool isNumeric(AssignmentColumn) const override { return false; }
};

// The header's line about the hold in force: "Chasing paused until
// 2026-07-10: customer on holiday (placed 2026-06-30 by amorgan)".
QString holdText(const Hold& hold, const AccountDiary& diary);

} // namespace duedesk::app
