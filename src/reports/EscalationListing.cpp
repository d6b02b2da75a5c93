// Reading and rendering the list of referrals and attention requests.
#include "duedesk/reports/EscalationListing.h"

#include "duedesk/domain/EscalationRules.h"
#include "duedesk/storage/EscalationRepository.h"
#include "duedesk/storage/UserRepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

namespace duedesk {
namespace {

using json = nlohmann::ordered_json;

// Aligned columns; those in `numeric` to the right.
std::string padded(const std::vector<std::vector<std::string>>& rows, std::initializer_list<std::size_t> numeric) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - row[i].size(), ' ');
            line += std::ranges::find(numeric, i) == numeric.end() ? row[i] + pad : pad + row[i];
            if (i + 1 < row.size()) line += "  ";
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    }
    return out;
}

// Line breaks in a note would break the table's lines.
std::string oneLine(std::string text) {
    std::ranges::replace(text, '\n', ' ');
    std::erase(text, '\r');
    return text;
}

} // namespace

EscalationListing loadEscalations(LedgerDatabase& database, const EscalationListFilter& filter, Date asOf) {
    EscalationListing l;
    l.asOf = asOf;
    ReferralFilter referrals;
    referrals.account = filter.account;
    referrals.openOnly = filter.openOnly;
    l.referrals = database.escalations().referrals(referrals);
    AttentionFilter attention;
    attention.account = filter.account;
    attention.openOnly = filter.openOnly;
    l.attention = database.escalations().attentionRequests(attention);
    for (const User& u : database.users().all()) l.userNames.emplace(u.id, u.name);
    return l;
}

std::string referralAmountsText(const Referral& r) {
    std::string out;
    for (const Money& m : r.amounts)
        out += (out.empty() ? "" : ", ") + std::string(m.currency().code()) + " " + m.toGroupedString();
    return out;
}

std::string userNameIn(const EscalationListing& l, const std::optional<UserId>& user) {
    if (!user) return "-";
    const auto it = l.userNames.find(*user);
    return it == l.userNames.end() ? "-" : it->second;
}

std::string renderEscalationsText(const EscalationListing& l) {
    std::string out = "Referrals\n";
    if (l.referrals.empty()) {
        out += "No referrals.\n";
    } else {
        std::vector<std::vector<std::string>> rows{
            {"Id", "Account", "State", "Recommendation", "Party", "Referred", "By", "Days", "Amount"}};
        for (const Referral& r : l.referrals) {
            std::string state(referralStateName(r.state));
            if (r.closedOn) state += " " + r.closedOn->toIso();
            rows.push_back({std::to_string(r.id), r.accountNumber, state,
                            std::string(referralRecommendationName(r.recommendation)), oneLine(r.party),
                            r.referredOn.toIso(), userNameIn(l, r.referredBy),
                            std::to_string(referralAgeDays(r, l.asOf)), referralAmountsText(r)});
        }
        out += padded(rows, {7, 8});
    }
    out += "Attention requests\n";
    if (l.attention.empty()) return out + "No attention requests.\n";
    std::vector<std::vector<std::string>> rows{
        {"Id", "Account", "Team leader", "Raised", "By", "Answered", "Days", "Reason"}};
    for (const AttentionRequest& a : l.attention)
        rows.push_back({std::to_string(a.id), a.accountNumber, a.teamLeaderName, a.raisedOn.toIso(),
                        userNameIn(l, a.raisedBy), a.resolvedOn ? a.resolvedOn->toIso() : "-",
                        std::to_string(attentionAgeDays(a, l.asOf)), oneLine(a.reason)});
    return out + padded(rows, {6});
}

std::string renderEscalationsJson(const EscalationListing& l) {
    json referrals = json::array();
    for (const Referral& r : l.referrals) {
        json amounts = json::array();
        for (const Money& m : r.amounts)
            amounts.push_back({{"currency", std::string(m.currency().code())}, {"amount", m.toDecimalString()}});
        json events = json::array();
        for (const ReferralEvent& e : r.events)
            events.push_back({{"on", e.recordedOn.toIso()},
                              {"by", userNameIn(l, e.recordedBy)},
                              {"state", std::string(referralStateName(e.state))},
                              {"note", e.note}});
        referrals.push_back({{"id", r.id},
                             {"account", r.accountNumber},
                             {"state", std::string(referralStateName(r.state))},
                             {"recommendation", std::string(referralRecommendationName(r.recommendation))},
                             {"party", r.party},
                             {"referred_on", r.referredOn.toIso()},
                             {"referred_by", userNameIn(l, r.referredBy)},
                             {"closed_on", r.closedOn ? json(r.closedOn->toIso()) : json(nullptr)},
                             {"days", referralAgeDays(r, l.asOf)},
                             {"amounts", std::move(amounts)},
                             {"note", r.note},
                             {"events", std::move(events)}});
    }
    json attention = json::array();
    for (const AttentionRequest& a : l.attention)
        attention.push_back({{"id", a.id},
                             {"account", a.accountNumber},
                             {"team_leader", a.teamLeaderName},
                             {"reason", a.reason},
                             {"raised_on", a.raisedOn.toIso()},
                             {"raised_by", userNameIn(l, a.raisedBy)},
                             {"days", attentionAgeDays(a, l.asOf)},
                             {"answered_on", a.resolvedOn ? json(a.resolvedOn->toIso()) : json(nullptr)},
                             {"answered_by", userNameIn(l, a.resolvedBy)},
                             {"answer", a.resolution}});
    json doc;
    doc["as_of"] = l.asOf.toIso();
    doc["referrals"] = std::move(referrals);
    doc["attention"] = std::move(attention);
    return doc.dump(2) + "\n";
}

} // namespace duedesk
