// DemoCustomer: who a demo customer is as a payer: its habit, and whether
// it is one of the few accounts in real trouble.
#pragma once

#include "demo/DemoRandom.h"
#include "duedesk/domain/Date.h"

#include <optional>
#include <string>

namespace duedesk::demo {

// How a customer pays; drives every settlement the generator writes.
enum class Behaviour { Prompt, Late, ChronicLate, Partial, UnappliedCash, Disputer };

// A customer heading for insolvency: it stopped paying on one day, and the
// team put the account on hold some weeks later, so nothing was invoiced
// after that.
struct Distress {
    Date stoppedPaying = Date::fromDayNumber(0);
    Date onHoldFrom = Date::fromDayNumber(0);
};

struct CustomerProfile {
    Behaviour behaviour = Behaviour::Prompt;
    std::optional<Distress> distress;
    bool onHold = false;
    std::string riskClass;
};

// Prompt 35%, late 25%, chronically late 15%, partial 10%, slow to
// remit (unapplied cash) 5%, disputing 10%; about one account in fifty is
// in distress, stopped paying between two and nine months ago.
CustomerProfile drawCustomer(DemoRandom& rng, Date asOf);

} // namespace duedesk::demo
