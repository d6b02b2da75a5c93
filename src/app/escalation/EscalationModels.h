// ReferralsModel and AttentionModel: the Escalations page's tables. A
// referral shows its account, state, recommendation, party, amount
// referred, day referred, days since and who referred it; a request for
// attention its account, team leader, reason, day raised, days since, who
// raised it and, once answered, when and how.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/domain/Escalation.h"
#include "duedesk/reports/EscalationListing.h"

#include <vector>

namespace duedesk::app {

struct ReferralRow {
    Referral referral;
    std::string referredBy; // sign-in name, "-" for no one
};
struct AttentionRow {
    AttentionRequest request;
    std::string answeredBy; // sign-in name, "-" while open
};

std::vector<ReferralRow> referralRows(const EscalationListing& listing);
std::vector<AttentionRow> attentionRows(const EscalationListing& listing);
// "2 referrals open · 1 request awaiting attention".
QString escalationCountsText(const std::vector<ReferralRow>& referrals, const std::vector<AttentionRow>& attention);
// The state as a window shows it, capitalised: "Claim issued".
QString referralStateText(ReferralState state);

enum class ReferralColumn { Account, Name, State, Recommendation, Party, Amount, Referred, Days, By, Count };

class ReferralsModel final : public RowTableModel<ReferralRow, ReferralColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    // The day ages are counted to.
    void setDay(Date day) { day_ = day; }

protected:
    QString heading(ReferralColumn column) const override;
    QString text(const ReferralRow& row, ReferralColumn column) const override;
    QVariant rawValue(const ReferralRow& row, ReferralColumn column) const override;
    bool isNumeric(ReferralColumn column) const override {
        return column == ReferralColumn::Amount || column == ReferralColumn::Days;
    }

private:
    Date day_ = Date::fromDayNumber(0);
};

enum class AttentionColumn { Account, Name, TeamLeader, Reason, Raised, Days, By, Answered, Answer, Count };

class AttentionModel final : public RowTableModel<AttentionRow, AttentionColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;
    void setDay(Date day) { day_ = day; }

protected:
    QString heading(AttentionColumn column) const override;
    QString text(const AttentionRow& row, AttentionColumn column) const override;
    QVariant rawValue(const AttentionRow& row, AttentionColumn column) const override;
    bool isNumeric(AttentionColumn column) const override { return column == AttentionColumn::Days; }

private:
    Date day_ = Date::fromDayNumber(0);
};

} // namespace duedesk::app
