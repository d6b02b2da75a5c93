// Rules for referring an account, following the referral and asking for
// and giving management attention.
#include "duedesk/services/EscalationService.h"

#include "duedesk/domain/EscalationRules.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"
#include "duedesk/storage/EscalationRepository.h"
#include "duedesk/storage/UnitOfWork.h"
#include "duedesk/storage/UserRepository.h"

#include <map>

namespace duedesk {
namespace {

[[noreturn]] void refuse(const std::string& message) { throw EscalationRefused(message); }

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

} // namespace

std::vector<Money> referableBalances(LedgerDatabase& database, AccountId account) {
    std::map<std::string, Money> totals;
    for (const Document& d : database.documents().forAccount(account)) {
        if (d.openAmount.isZero()) continue;
        const std::string code(d.openAmount.currency().code());
        const auto it = totals.find(code);
        if (it == totals.end())
            totals.emplace(code, d.signedOpen());
        else
            it->second = it->second + d.signedOpen();
    }
    std::vector<Money> out;
    for (const auto& [code, total] : totals)
        if (total.isPositive()) out.push_back(total);
    return out;
}

namespace {

void record(LedgerDatabase& database, ReferralId id, ReferralState state, const std::string& note, const Actor& by) {
    ReferralEvent e;
    e.referralId = id;
    e.state = state;
    e.note = note;
    e.recordedBy = by.user;
    e.recordedOn = by.on;
    database.escalations().addReferralEvent(e);
}

} // namespace

EscalationService::EscalationService(LedgerDatabase& database) : database_(database) {}

ReferralId EscalationService::refer(const ReferralRequest& request, const Actor& by) {
    requirePermission(by, Permission::ReferAccounts);
    if (blank(request.party)) refuse("party: say which agency or solicitor the account goes to");
    UnitOfWork work(database_);
    const auto account = database_.accounts().findById(request.account);
    if (!account) refuse("account: no such account");
    if (const auto open = database_.escalations().openReferralOf(account->id))
        refuse("account: " + account->number + " is already referred (referral " + std::to_string(open->id) + ", " +
               std::string(referralStateLabel(open->state)) + ", since " + open->referredOn.toIso() + ")");
    Referral r;
    r.accountId = account->id;
    r.recommendation = request.recommendation;
    r.state = ReferralState::Referred;
    r.party = request.party;
    r.note = request.note;
    r.referredOn = by.on;
    r.referredBy = by.user;
    r.amounts = referableBalances(database_, account->id);
    if (r.amounts.empty()) refuse("account: " + account->number + " owes nothing to refer");
    r.id = database_.escalations().addReferral(r);
    record(database_, r.id, r.state, r.note, by);
    work.commit();
    return r.id;
}

void EscalationService::move(ReferralId id, ReferralState to, const std::string& note, const Actor& by) {
    requirePermission(by, Permission::UpdateReferrals);
    if ((to == ReferralState::Settled || to == ReferralState::Closed) && blank(note))
        refuse("note: say " + std::string(to == ReferralState::Settled ? "how the account was settled"
                                                                       : "why the referral is closed"));
    UnitOfWork work(database_);
    const auto r = database_.escalations().findReferral(id);
    if (!r) refuse("referral: there is no referral " + std::to_string(id));
    if (const auto problem = referralTransitionProblem(r->state, to)) refuse("state: " + *problem);
    if (by.on < r->referredOn)
        refuse("date: " + by.on.toIso() + " is before the account was referred, " + r->referredOn.toIso());
    const std::optional<Date> closedOn = isOpen(to) ? std::nullopt : std::optional<Date>(by.on);
    database_.escalations().updateReferral(id, to, closedOn);
    record(database_, id, to, note, by);
    work.commit();
}

AttentionId EscalationService::askAttention(AccountId account, UserId teamLeader, const std::string& reason,
                                            const Actor& by) {
    requirePermission(by, Permission::AskAttention);
    if (blank(reason)) refuse("reason: say what needs the team leader's attention");
    UnitOfWork work(database_);
    const auto found = database_.accounts().findById(account);
    if (!found) refuse("account: no such account");
    const auto leader = database_.users().findById(teamLeader);
    if (!leader) refuse("team leader: no such user");
    if (leader->role != Role::TeamLeader)
        refuse("team leader: " + leader->name + " is not a team leader (" + std::string(roleName(leader->role)) + ")");
    if (!leader->active) refuse("team leader: " + leader->name + " is no longer active");
    if (by.user && *by.user == leader->id) refuse("team leader: ask another team leader than yourself");
    AttentionFilter open;
    open.account = account;
    open.teamLeader = teamLeader;
    open.openOnly = true;
    if (const auto waiting = database_.escalations().attentionRequests(open); !waiting.empty())
        refuse("account: " + found->number + " already awaits " + leader->name + "'s attention (request " +
               std::to_string(waiting.front().id) + ")");
    AttentionRequest a;
    a.accountId = account;
    a.teamLeader = teamLeader;
    a.reason = reason;
    a.raisedBy = by.user;
    a.raisedOn = by.on;
    const AttentionId id = database_.escalations().addAttention(a);
    work.commit();
    return id;
}

void EscalationService::answerAttention(AttentionId id, const std::string& resolution, const Actor& by) {
    requirePermission(by, Permission::AnswerAttention);
    if (blank(resolution)) refuse("note: say how the request was answered");
    UnitOfWork work(database_);
    const auto a = database_.escalations().findAttention(id);
    if (!a) refuse("attention: there is no request " + std::to_string(id));
    if (a->resolvedOn)
        refuse("attention: request " + std::to_string(id) + " was answered on " + a->resolvedOn->toIso());
    if (by.on < a->raisedOn)
        refuse("date: " + by.on.toIso() + " is before the request was raised, " + a->raisedOn.toIso());
    database_.escalations().resolveAttention(id, by.user, by.on, resolution);
    work.commit();
}

} // namespace duedesk
