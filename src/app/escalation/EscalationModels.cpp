// Cells of the Escalations page.
#include "app/escalation/EscalationModels.h"

#include "app/common/MoneyText.h"

#include "duedesk/domain/EscalationRules.h"

#include <QStringList>

#include <algorithm>

namespace duedesk::app {
namespace {
QString q(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString amountsText(const Referral& r) {
    QStringList parts;
    for (const Money& m : r.amounts)
        parts << q(m.currency().code()) + QLatin1Char(' ') + moneyText(m.minorUnits(), m.currency());
    return parts.join(QStringLiteral(", "));
}
} // namespace

std::vector<ReferralRow> referralRows(const EscalationListing& listing) {
    std::vector<ReferralRow> rows;
    for (const Referral& r : listing.referrals) rows.push_back({r, userNameIn(listing, r.referredBy)});
    return rows;
}

std::vector<AttentionRow> attentionRows(const EscalationListing& listing) {
    std::vector<AttentionRow> rows;
    for (const AttentionRequest& a : listing.attention) rows.push_back({a, userNameIn(listing, a.resolvedBy)});
    return rows;
}

QString escalationCountsText(const std::vector<ReferralRow>& referrals, const std::vector<AttentionRow>& attention) {
    const auto open = std::ranges::count_if(referrals, [](const ReferralRow& r) { return isOpen(r.referral.state); });
    const auto waiting =
        std::ranges::count_if(attention, [](const AttentionRow& a) { return !a.request.resolvedOn.has_value(); });
    return QObject::tr("%1 referrals open · %2 requests awaiting attention").arg(open).arg(waiting);
}

QString referralStateText(ReferralState state) {
    QString text = q(referralStateLabel(state));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QString ReferralsModel::heading(ReferralColumn column) const {
    switch (column) {
    case ReferralColumn::Account: return tr("Account");
    case ReferralColumn::Name: return tr("Name");
    case ReferralColumn::State: return tr("State");
    case ReferralColumn::Recommendation: return tr("Recommendation");
    case ReferralColumn::Party: return tr("Referred to");
    case ReferralColumn::Amount: return tr("Amount referred");
    case ReferralColumn::Referred: return tr("Referred");
    case ReferralColumn::Days: return tr("Days");
    case ReferralColumn::By: return tr("By");
    case ReferralColumn::Count: break;
    }
    return {};
}

QString ReferralsModel::text(const ReferralRow& row, ReferralColumn column) const {
    const Referral& r = row.referral;
    switch (column) {
    case ReferralColumn::Account: return q(r.accountNumber);
    case ReferralColumn::Name: return q(r.accountName);
    case ReferralColumn::State:
        return r.closedOn ? tr("%1 %2").arg(referralStateText(r.state), q(r.closedOn->toIso()))
                          : referralStateText(r.state);
    case ReferralColumn::Recommendation: return q(referralRecommendationLabel(r.recommendation));
    case ReferralColumn::Party: return q(r.party);
    case ReferralColumn::Amount: return amountsText(r);
    case ReferralColumn::Referred: return q(r.referredOn.toIso());
    case ReferralColumn::Days: return QString::number(referralAgeDays(r, day_));
    case ReferralColumn::By: return q(row.referredBy);
    case ReferralColumn::Count: break;
    }
    return {};
}

QVariant ReferralsModel::rawValue(const ReferralRow& row, ReferralColumn column) const {
    const Referral& r = row.referral;
    switch (column) {
    case ReferralColumn::State: return static_cast<int>(r.state);
    case ReferralColumn::Amount:
        return r.amounts.empty() ? QVariant(qint64{0}) : QVariant(qint64{r.amounts.front().minorUnits()});
    case ReferralColumn::Referred: return r.referredOn.dayNumber();
    case ReferralColumn::Days: return referralAgeDays(r, day_);
    default: return text(row, column);
    }
}

QString AttentionModel::heading(AttentionColumn column) const {
    switch (column) {
    case AttentionColumn::Account: return tr("Account");
    case AttentionColumn::Name: return tr("Name");
    case AttentionColumn::TeamLeader: return tr("Team leader");
    case AttentionColumn::Reason: return tr("Reason");
    case AttentionColumn::Raised: return tr("Raised");
    case AttentionColumn::Days: return tr("Days");
    case AttentionColumn::By: return tr("By");
    case AttentionColumn::Answered: return tr("Answered");
    case AttentionColumn::Answer: return tr("Answer");
    case AttentionColumn::Count: break;
    }
    return {};
}

QString AttentionModel::text(const AttentionRow& row, AttentionColumn column) const {
    const AttentionRequest& a = row.request;
    switch (column) {
    case AttentionColumn::Account: return q(a.accountNumber);
    case AttentionColumn::Name: return q(a.accountName);
    case AttentionColumn::TeamLeader: return q(a.teamLeaderName);
    case AttentionColumn::Reason: return q(a.reason);
    case AttentionColumn::Raised: return q(a.raisedOn.toIso());
    case AttentionColumn::Days: return QString::number(attentionAgeDays(a, day_));
    case AttentionColumn::By: return a.raisedByName.empty() ? QStringLiteral("-") : q(a.raisedByName);
    case AttentionColumn::Answered:
        return a.resolvedOn ? tr("%1 by %2").arg(q(a.resolvedOn->toIso()), q(row.answeredBy)) : QString();
    case AttentionColumn::Answer: return q(a.resolution);
    case AttentionColumn::Count: break;
    }
    return {};
}

QVariant AttentionModel::rawValue(const AttentionRow& row, AttentionColumn column) const {
    const AttentionRequest& a = row.request;
    switch (column) {
    case AttentionColumn::Raised: return a.raisedOn.dayNumber();
    case AttentionColumn::Days: return attentionAgeDays(a, day_);
    default: return text(row, column);
    }
}

} // namespace duedesk::app
