// The demo's collections work in progress. Each account draws from a
// stream of its own, so the diary leaves the ledger's figures as they were.
#include "demo/DemoDiary.h"

#include "demo/DemoRandom.h"
#include "duedesk/domain/StrategyRules.h"
#include "duedesk/domain/WorklistFacts.h"
#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/ContactLogRepository.h"
#include "duedesk/storage/DiaryRepository.h"
#include "duedesk/storage/PaymentPlanRepository.h"
#include "duedesk/storage/PromiseRepository.h"
#include "duedesk/storage/ReceivedPaymentsQuery.h"
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
        : strategies_(db.strategies()), diary_(db.diary()), contactLog_(db.contactLog()), promises_(db.promises()),
          plans_(db.paymentPlans()), payments_(db.receivedPayments()), options_(options) {
        writeDefaultStrategies(strategies_);
        std::vector<Strategy> all = strategies_.strategies();
        rules_ = usableRules(all, strategies_.rules());
        for (Strategy& s : all) byId_.emplace(s.id, std::move(s));
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
        // Nearly half the calls and a fifth of the e-mails end with a
        // promise; the follow-up is set to check it the day after its
        // grace ends.
        DemoRandom promiseRng(accountSeed(options_.seed ^ 0x9A11u, f.id));
        // A quarter had promised before, some weeks ago: judged by now.
        if (const Date earlier = worked.addDays(-static_cast<std::int32_t>(promiseRng.between(12, 40)));
            promiseRng.percent(25) && earlier > *f.oldestOverdueDue)
            writeEarlierPromise(f, earlier, analyst, promiseRng);
        std::optional<Promise> promise;
        const int promiseChance = step->action == DiaryAction::Call ? 45 : step->action == DiaryAction::Email ? 20 : 0;
        // Every analyst starts the morning with a couple of promises broken
        // since they were taken: a customer reached some days ago who
        // promised to pay the next day and has paid nothing since.
        const bool brokenWanted = broken_[analyst] < kBrokenPromisesPerAnalyst &&
                                  (step->action == DiaryAction::Call || step->action == DiaryAction::Email) &&
                                  worked.addDays(5) <= asOf && paidBetween(f, worked, worked.addDays(4)) == 0;
        if (promiseRng.percent(promiseChance) || brokenWanted) {
            promise = promiseFor(f, worked, analyst, promiseRng);
            if (brokenWanted) promise->promisedFor = worked.addDays(1);
            contact.outcome = ContactOutcome::PromiseToPay;
            contact.note = "Promised " + std::string(promise->amount.currency().code()) + " " +
                           promise->amount.toGroupedString() + " by " + promise->promisedFor.toIso();
            contact.followUpOn = promise->promisedFor.addDays(4);
        }
        const std::int64_t contactId = contactLog_.add(contact);
        if (promise) {
            promise->contactLogId = contactId;
            promises_.add(*promise);
            ++counts_.promises;
            // Nothing paid from the day it was taken to its deadline (date +
            // the default 3 days' grace), which has passed: broken.
            if (promise->promisedFor.addDays(3) < asOf &&
                paidBetween(f, promise->takenOn, promise->promisedFor.addDays(3)) == 0)
                ++broken_[analyst];
        }
        // A few long-overdue accounts agreed to pay by instalments.
        if (!promise && f.overdue.front().minor[3] > 0 && promiseRng.percent(8)) {
            writePlan(f, worked, analyst, contactId, promiseRng);
            ++counts_.plans;
        }

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
    static constexpr int kBrokenPromisesPerAnalyst = 2;

    // What the account paid from `from` to `to`, in its main overdue
    // currency's minor units.
    std::int64_t paidBetween(const WorklistAccountFacts& f, Date from, Date to) {
        const OverdueByAge& main = *std::ranges::max_element(f.overdue, {}, &OverdueByAge::total);
        std::int64_t paid = 0;
        for (const ReceivedPayment& r : payments_.forAccount(f.id))
            if (r.amount.currency() == main.currency && r.receivedOn >= from && r.receivedOn <= to)
                paid += r.amount.minorUnits();
        return paid;
    }

    // What the customer promised on `taken`: mostly what it owes in its
    // main currency; when it did pay in the days after, often just that
    // (kept), so the book shows kept, part kept, broken and open promises
    // as they come.
    Promise promiseFor(const WorklistAccountFacts& f, Date taken, UserId analyst, DemoRandom& rng) {
        const OverdueByAge& main = *std::ranges::max_element(f.overdue, {}, &OverdueByAge::total);
        Promise p;
        p.accountId = f.id;
        p.promisedFor = taken.addDays(static_cast<std::int32_t>(rng.between(1, 5)));
        p.takenOn = taken;
        p.takenBy = analyst;
        std::int64_t owed = main.total() * rng.between(40, 100) / 100;
        const std::int64_t paid = paidBetween(f, taken, p.promisedFor.addDays(3));
        // A customer that paid in those days mostly promised just that;
        // some promised twice what came (part kept).
        if (const auto roll = rng.between(0, 99); paid > 0 && roll < 75) owed = roll < 55 ? paid : paid * 2;
        p.amount = Money(std::max<std::int64_t>(owed, main.currency.minorPerMajor()), main.currency);
        return p;
    }

    void writeEarlierPromise(const WorklistAccountFacts& f, Date taken, UserId analyst, DemoRandom& rng) {
        Promise promise = promiseFor(f, taken, analyst, rng);
        ContactLogEntry call;
        call.accountId = f.id;
        call.contactedOn = taken;
        call.channel = ContactChannel::Phone;
        call.outcome = ContactOutcome::PromiseToPay;
        call.note = "Promised " + std::string(promise.amount.currency().code()) + " " +
                    promise.amount.toGroupedString() + " by " + promise.promisedFor.toIso();
        call.recordedBy = analyst;
        call.recordedOn = taken;
        promise.contactLogId = contactLog_.add(call);
        promises_.add(promise);
        ++counts_.promises;
    }

    // Monthly instalments of the main currency's overdue debt, the first
    // one or two weeks after it was agreed.
    void writePlan(const WorklistAccountFacts& f, Date worked, UserId analyst, std::int64_t contactId,
                   DemoRandom& rng) {
        const OverdueByAge& main = *std::ranges::max_element(f.overdue, {}, &OverdueByAge::total);
        const Date agreed = worked.addDays(-static_cast<std::int32_t>(rng.between(20, 70)));
        PaymentPlan plan;
        plan.accountId = f.id;
        plan.currency = main.currency;
        plan.agreedOn = agreed;
        plan.agreedBy = analyst;
        plan.contactLogId = contactId;
        plan.note = "Agreed with the finance director";
        const auto count = static_cast<int>(rng.between(4, 6));
        const std::int64_t each = std::max<std::int64_t>(1, main.total() / count);
        const Date first = agreed.addDays(static_cast<std::int32_t>(rng.between(7, 14)));
        for (int i = 0; i < count; ++i)
            plan.instalments.push_back({i + 1, first.addMonths(i), Money(each, main.currency)});
        plans_.add(plan);
    }

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
    PromiseRepository& promises_;
    PaymentPlanRepository& plans_;
    ReceivedPaymentsQuery& payments_;
    const DemoOptions& options_;
    std::unordered_map<StrategyId, Strategy> byId_;
    std::vector<StrategyRule> rules_;
    DiaryCounts counts_;
    std::unordered_map<UserId, int> broken_; // promises broken by now, by analyst
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
