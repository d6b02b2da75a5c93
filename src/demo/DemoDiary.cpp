// The demo's collections work in progress. Each account draws from a
// stream of its own, so the diary leaves the ledger's figures as they were.
#include "demo/DemoDiary.h"

#include "demo/DemoRandom.h"
#include "duedesk/domain/StrategyRules.h"
#include "duedesk/reports/WorklistFacts.h"
#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/StrategyRepository.h"
#include "duedesk/storage/WorklistQuery.h"

#include <algorithm>
#include <unordered_map>

namespace duedesk::demo {
namespace {

std::uint64_t accountSeed(std::uint64_t seed, AccountId account) {
    DemoRandom mix(seed ^ 0x5DEECE66Dull ^ (static_cast<std::uint64_t>(account) * 0x9E3779B97F4A7C15ull));
    return mix.next();
}

class DiaryWriter final {
public:
    DiaryWriter(LedgerDatabase& db, const DemoOptions& options)
        : strategies_(db.strategies()), diary_(db.diary()), contactLog_(db.contactLog()), options_(options) {
        writeDefaultStrategies(strategies_);
        for (Strategy& s : strategies_.strategies()) byId_.emplace(s.id, std::move(s));
        rules_ = strategies_.rules();
    }

    void write(UserId analyst, const WorklistAccountFacts& f) {
        if (!f.oldestOverdueDue) return;
        DemoRandom rng(accountSeed(options_.seed, f.id));
        const Date asOf = options_.asOf;
        std::int64_t overdue = 0;
        for (const OverdueByAge& o : f.overdue) overdue = std::max(overdue, o.total());
        const auto choice = chooseStrategy(rules_, {f.number, f.riskClass, f.customerType, overdue});
        if (!choice) return;
        const Strategy& strategy = byId_.at(choice->strategyId);
        StrategyAssignment assignment;
        assignment.accountId = f.id;
        assignment.strategyId = strategy.id;
        assignment.ruleId = choice->ruleId;
        assignment.challenger = choice->challenger;
        assignment.assignedOn = std::max(*f.oldestOverdueDue, asOf.addDays(-options_.historyDays));
        strategies_.assign(assignment);
        ++counts_.assigned;

        // About one overdue account in thirty is on hold for a while.
        if (rng.percent(3)) {
            Hold hold;
            hold.accountId = f.id;
            hold.placedOn = asOf.addDays(-static_cast<std::int32_t>(rng.between(1, 10)));
            hold.untilOn = asOf.addDays(static_cast<std::int32_t>(rng.between(3, 20)));
            hold.reason = std::string(rng.pick(suggestedHoldReasons()));
            hold.placedBy = analyst;
            diary_.addHold(hold);
            ++counts_.holds;
        }

        // The step reached now; most were worked already, on a recent day
        // after they fell due, with a contact and a follow-up set then.
        const auto step = dueStep(strategy, *f.oldestOverdueDue, asOf, {});
        if (!step || rng.percent(6)) return; // left for today: the strategy brings it up
        const Date stepDue = f.oldestOverdueDue->addDays(step->daysPastDue);
        const Date worked = std::max(stepDue, asOf.addDays(-static_cast<std::int32_t>(rng.between(1, 12))));
        if (worked >= asOf) return;
        ContactLogEntry contact;
        contact.accountId = f.id;
        contact.contactedOn = worked;
        contact.channel = channelFor(step->action);
        contact.outcome = outcomeFor(step->action, rng);
        contact.note = step->label;
        // Follow-ups mostly fall in the next two weeks; one in ten is due
        // today or was missed in the last days.
        const std::int32_t ahead = rng.percent(10) ? -static_cast<std::int32_t>(rng.between(0, 3))
                                                   : static_cast<std::int32_t>(rng.between(1, 14));
        contact.followUpOn = std::max(worked.addDays(1), asOf.addDays(ahead));
        contact.recordedBy = analyst;
        contact.recordedOn = worked;
        const std::int64_t contactId = contactLog_.add(contact);

        StrategyStepDone done;
        done.accountId = f.id;
        done.strategyId = strategy.id;
        done.daysPastDue = step->daysPastDue;
        done.doneOn = worked;
        done.doneBy = analyst;
        done.contactLogId = contactId;
        strategies_.recordStepDone(done);

        DiaryEntry followUp;
        followUp.accountId = f.id;
        followUp.dueOn = *contact.followUpOn;
        followUp.action = step->action == DiaryAction::Letter ? DiaryAction::Call : step->action;
        followUp.ownerId = analyst;
        followUp.fromContactId = contactId;
        followUp.createdBy = analyst;
        followUp.createdOn = worked;
        diary_.add(followUp);
        ++counts_.followUps;
    }

    const DiaryCounts& counts() const { return counts_; }

private:
    static ContactChannel channelFor(DiaryAction action) {
        switch (action) {
        case DiaryAction::Call: return ContactChannel::Phone;
        case DiaryAction::Email: return ContactChannel::Email;
        case DiaryAction::Letter: return ContactChannel::Letter;
        case DiaryAction::Visit: return ContactChannel::Meeting;
        case DiaryAction::Review: return ContactChannel::Note;
        }
        return ContactChannel::Note;
    }

    static ContactOutcome outcomeFor(DiaryAction action, DemoRandom& rng) {
        if (action == DiaryAction::Letter || action == DiaryAction::Review || action == DiaryAction::Email)
            return ContactOutcome::Other;
        static constexpr ContactOutcome kCalls[] = {
            ContactOutcome::NoAnswer,    ContactOutcome::LeftMessage,         ContactOutcome::LeftMessage,
            ContactOutcome::PaidAlready, ContactOutcome::RemittanceRequested, ContactOutcome::Other,
        };
        return rng.pick(kCalls);
    }

    StrategyRepository& strategies_;
    DiaryRepository& diary_;
    ContactLogRepository& contactLog_;
    const DemoOptions& options_;
    std::unordered_map<StrategyId, Strategy> byId_;
    std::vector<StrategyRule> rules_;
    DiaryCounts counts_;
};

} // namespace

DiaryCounts writeDemoDiary(LedgerDatabase& database, const DemoOptions& options, const std::vector<UserId>& analysts) {
    DiaryWriter writer(database, options);
    for (const UserId analyst : analysts)
        for (const WorklistAccountFacts& f : database.worklist().forAnalyst(analyst, options.asOf))
            writer.write(analyst, f);
    return writer.counts();
}

} // namespace duedesk::demo
