// duedesk-cli escalate: refer an account to a collection agency or a
// solicitor and record the referral's progress; ask a team leader for
// attention to an account and answer; list both (docs/escalations.md).
#include "cli/CliContext.h"
#include "cli/CommandSupport.h"

#include "duedesk/reports/EscalationListing.h"
#include "duedesk/services/EscalationService.h"
#include "duedesk/storage/EscalationRepository.h"

#include <iostream>

namespace duedesk::cli {
namespace {

std::string recommendationList() {
    std::string out;
    for (const ReferralRecommendation r : referralRecommendations())
        out += (out.empty() ? "" : ", ") + std::string(referralRecommendationName(r));
    return out;
}

std::string stateList() {
    std::string out;
    for (const ReferralState s : referralStates())
        if (s != ReferralState::Referred) out += (out.empty() ? "" : ", ") + std::string(referralStateName(s));
    return out;
}

void addRefer(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("refer", "Refer an account to a collection agency or a solicitor");
    struct Options {
        std::string account, recommend, party, note, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--recommend", o->recommend, "What the team recommends: " + recommendationList())->required();
    cmd->add_option("--party", o->party, "The agency or solicitor it goes to")->required();
    cmd->add_option("--note", o->note, "A note");
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        ReferralRequest request;
        const auto recommendation = referralRecommendationFromName(o->recommend);
        if (!recommendation)
            throw UsageError("--recommend \"" + o->recommend + "\" is not one of " + recommendationList());
        request.recommendation = *recommendation;
        request.party = o->party;
        request.note = o->note;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        request.account = account.id;
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const ReferralId id = EscalationService(*db).refer(request, by);
            const Referral r = *db->escalations().findReferral(id);
            std::cout << "Referral " << id << ": " << account.number << " referred to " << r.party << " ("
                      << referralRecommendationName(r.recommendation) << ") on " << r.referredOn.toIso() << ", "
                      << referralAmountsText(r) << "\n";
        } catch (const EscalationRefused& e) {
            refuse(context, "referral", e);
        }
    });
}

void addUpdate(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("update", "Record a referral's progress, or close it");
    struct Options {
        ReferralId id = 0;
        std::string state, note, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The referral (its id)")->required();
    cmd->add_option("--state", o->state, "Its new state: " + stateList())->required();
    cmd->add_option("--note", o->note, "A note (settled and closed need one)");
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        const auto state = referralStateFromName(o->state);
        if (!state || *state == ReferralState::Referred)
            throw UsageError("--state \"" + o->state + "\" is not one of " + stateList());
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            EscalationService(*db).move(o->id, *state, o->note, by);
            std::cout << "Referral " << o->id << " " << referralStateLabel(*state) << " on " << today.toIso() << "\n";
        } catch (const EscalationRefused& e) {
            refuse(context, "referral update", e);
        }
    });
}

void addAttention(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("attention", "Ask a team leader to look at an account");
    struct Options {
        std::string account, teamLeader, reason, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "The account (its number)")->required();
    cmd->add_option("--team-leader", o->teamLeader, "The team leader asked (sign-in name)")->required();
    cmd->add_option("--reason", o->reason, "What needs their attention")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Account account = accountOption(*db, o->account, "--account");
        const User leader = userOption(*db, o->teamLeader, "--team-leader");
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            const AttentionId id = EscalationService(*db).askAttention(account.id, leader.id, o->reason, by);
            std::cout << "Attention request " << id << ": " << account.number << " for " << leader.name << " on "
                      << today.toIso() << "\n";
        } catch (const EscalationRefused& e) {
            refuse(context, "attention request", e);
        }
    });
}

void addResolve(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("resolve", "Answer a request for management attention");
    struct Options {
        AttentionId id = 0;
        std::string note, user, today;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("ID", o->id, "The attention request (its id)")->required();
    cmd->add_option("--note", o->note, "The answer")->required();
    cmd->add_option("--user", o->user, kSignedInUserHelp)->required();
    cmd->add_option("--today", o->today, kTodayHelp);
    cmd->callback([&context, o] {
        const Date today = CliContext::asOfOrToday(o->today, "--today");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.signedIn(*db, o->user, today);
        try {
            EscalationService(*db).answerAttention(o->id, o->note, by);
            std::cout << "Attention request " << o->id << " answered on " << today.toIso() << "\n";
        } catch (const EscalationRefused& e) {
            refuse(context, "attention answer", e);
        }
    });
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List referrals and attention requests");
    struct Options {
        std::string account, asOf, format = "text";
        bool open = false;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--account", o->account, "Only this account's (its number)");
    cmd->add_flag("--open", o->open, "Only referrals not closed and requests not answered");
    cmd->add_option("--as-of", o->asOf, "The day their ages are counted to (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, o] {
        const Date asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        EscalationListFilter filter;
        filter.openOnly = o->open;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        if (!o->account.empty()) filter.account = accountOption(*db, o->account, "--account").id;
        const EscalationListing listing = loadEscalations(*db, filter, asOf);
        std::cout << (o->format == "json" ? renderEscalationsJson(listing) : renderEscalationsText(listing));
    });
}

} // namespace

void addEscalateCommand(CLI::App& app, CliContext& context) {
    auto* escalate =
        app.add_subcommand("escalate", "Escalations: refer to an agency or solicitor, update, ask for management "
                                       "attention, resolve, list");
    escalate->require_subcommand(1);
    addRefer(*escalate, context);
    addUpdate(*escalate, context);
    addAttention(*escalate, context);
    addResolve(*escalate, context);
    addList(*escalate, context);
}

} // namespace duedesk::cli
