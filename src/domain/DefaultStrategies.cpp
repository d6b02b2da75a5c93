// The strategies and rules a ledger starts with. The steps follow common
// practice in credit control: a reminder soon after the due date, a call,
// letters of rising firmness, then a review of the account by a person
// who can escalate it (stop supply, a collection agency, legal action).
#include "duedesk/domain/DefaultStrategies.h"

namespace duedesk {
namespace {

Strategy strategy(std::string name, std::string description, std::vector<StrategyStep> steps) {
    Strategy s;
    s.name = std::move(name);
    s.description = std::move(description);
    s.steps = std::move(steps);
    return s;
}

} // namespace

std::vector<Strategy> defaultStrategies() {
    using enum DiaryAction;
    return {
        strategy("Standard", "Reminder, call, then letters of rising firmness.",
                 {{3, Email, "reminder email"},
                  {10, Call, "first call"},
                  {20, Letter, "first letter"},
                  {35, Letter, "second letter"},
                  {50, Letter, "final demand"},
                  {65, Review, "escalation review"}}),
        strategy("High risk", "Faster and firmer, for accounts rated D.",
                 {{1, Call, "first call"},
                  {7, Letter, "first letter"},
                  {14, Call, "second call"},
                  {21, Letter, "final demand"},
                  {30, Review, "escalation review"}}),
        strategy("Key account", "Gentler, through the account manager, for key accounts.",
                 {{5, Email, "reminder email"},
                  {15, Call, "first call"},
                  {30, Call, "account manager call"},
                  {45, Letter, "first letter"},
                  {60, Review, "escalation review"}}),
        strategy("Standard, call first", "Challenger to Standard: a call in place of the reminder email.",
                 {{3, Call, "first call"},
                  {10, Email, "reminder email"},
                  {20, Letter, "first letter"},
                  {35, Letter, "second letter"},
                  {50, Letter, "final demand"},
                  {65, Review, "escalation review"}}),
    };
}

std::vector<DefaultStrategyRule> defaultStrategyRules() {
    return {
        {10, "High risk", "", 0, "D", ""},
        {20, "Key account", "", 0, "", "key account"},
        {30, "Standard", "Standard, call first", 20, "", ""},
    };
}

} // namespace duedesk
