// The rules for an entered promise or payment plan, each returning every
// problem at once.
#include "duedesk/domain/CommitmentEntryRules.h"

#include "duedesk/domain/DateLimits.h"

#include <string>

namespace duedesk {
namespace {

// The day a promise was taken or a plan agreed: today or up to ten years
// back, as for a logged contact.
std::optional<std::string> madeOnProblem(Date d, Date today, const std::string& what) {
    const DateRange allowed = contactDates(today);
    if (d > allowed.latest)
        return "The day the " + what + ", " + d.toIso() + ", is after today, " + today.toIso() + ".";
    if (d < allowed.earliest)
        return "The day the " + what + ", " + d.toIso() + ", is before the earliest allowed, " +
               allowed.earliest.toIso() + ".";
    return std::nullopt;
}

} // namespace

std::vector<FieldProblem> promiseProblems(const Promise& p, Date today) {
    std::vector<FieldProblem> problems;
    if (!p.amount.isPositive())
        problems.push_back(
            {"amount", "The amount promised must be above zero; " + p.amount.toDecimalString() + " is not."});
    if (const auto outside = madeOnProblem(p.takenOn, today, "promise was taken"))
        problems.push_back({"takenOn", *outside});
    if (p.promisedFor < p.takenOn)
        problems.push_back({"promisedFor", "The promised date " + p.promisedFor.toIso() +
                                               " is before the day the promise was taken, " + p.takenOn.toIso() + "."});
    else if (p.promisedFor > p.takenOn.addDays(kPromiseHorizonDays))
        problems.push_back({"promisedFor", "The promised date " + p.promisedFor.toIso() + " is more than " +
                                               std::to_string(kPromiseHorizonDays) + " days after " +
                                               p.takenOn.toIso() + ": agree a payment plan instead."});
    return problems;
}

std::vector<FieldProblem> paymentPlanProblems(const PaymentPlan& plan, Date today) {
    std::vector<FieldProblem> problems;
    if (const auto outside = madeOnProblem(plan.agreedOn, today, "plan was agreed"))
        problems.push_back({"agreedOn", *outside});
    if (plan.instalments.empty()) {
        problems.push_back({"instalments", "A payment plan needs at least one instalment."});
        return problems;
    }
    const auto problem = [&problems](std::size_t i, const std::string& text) {
        problems.push_back({"instalments", "Instalment " + std::to_string(i + 1) + ": " + text});
    };
    for (std::size_t i = 0; i < plan.instalments.size(); ++i) {
        const Instalment& inst = plan.instalments[i];
        if (inst.amount.currency() != plan.currency)
            problem(i, "the amount is in " + std::string(inst.amount.currency().code()) + ", the plan in " +
                           std::string(plan.currency.code()) + ".");
        else if (!inst.amount.isPositive())
            problem(i, "the amount must be above zero; " + inst.amount.toDecimalString() + " is not.");
        if (i == 0 && inst.dueOn < plan.agreedOn)
            problem(i, "its date " + inst.dueOn.toIso() + " is before the day the plan was agreed, " +
                           plan.agreedOn.toIso() + ".");
        if (i > 0 && inst.dueOn <= plan.instalments[i - 1].dueOn)
            problem(i, "its date " + inst.dueOn.toIso() + " is not after the instalment before it, " +
                           plan.instalments[i - 1].dueOn.toIso() + ".");
    }
    const Date last = plan.instalments.back().dueOn;
    if (last > plan.agreedOn.addDays(kPlanHorizonDays))
        problems.push_back({"instalments", "The last instalment, " + last.toIso() + ", is more than " +
                                               std::to_string(kPlanHorizonDays) + " days after " +
                                               plan.agreedOn.toIso() + "."});
    return problems;
}

} // namespace duedesk
