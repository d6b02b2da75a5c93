#include "demo/DemoCustomer.h"

namespace duedesk::demo {
namespace {

Behaviour drawBehaviour(DemoRandom& rng) {
    const auto roll = rng.between(0, 99);
    if (roll < 35) return Behaviour::Prompt;
    if (roll < 60) return Behaviour::Late;
    if (roll < 75) return Behaviour::ChronicLate;
    if (roll < 85) return Behaviour::Partial;
    if (roll < 90) return Behaviour::UnappliedCash;
    return Behaviour::Disputer;
}

std::string riskFor(Behaviour b, DemoRandom& rng) {
    switch (b) {
    case Behaviour::Prompt: return rng.percent(70) ? "A" : "B";
    case Behaviour::Late: return rng.percent(60) ? "B" : "C";
    case Behaviour::ChronicLate: return rng.percent(50) ? "C" : "D";
    case Behaviour::Partial: return "C";
    case Behaviour::UnappliedCash: return "B";
    case Behaviour::Disputer: return rng.percent(50) ? "B" : "C";
    }
    return "B";
}

} // namespace

CustomerProfile drawCustomer(DemoRandom& rng, Date asOf) {
    CustomerProfile p;
    p.behaviour = drawBehaviour(rng);
    const std::string risk = riskFor(p.behaviour, rng);
    // Distress comes to customers who were never prompt payers.
    if (p.behaviour != Behaviour::Prompt && rng.percent(3)) {
        Distress d;
        d.stoppedPaying = asOf.addDays(-static_cast<std::int32_t>(rng.between(60, 270)));
        d.onHoldFrom = d.stoppedPaying.addDays(static_cast<std::int32_t>(rng.between(30, 55)));
        p.distress = d;
    }
    // A customer in distress is rated as the highest risk, whatever its habit.
    p.riskClass = p.distress ? std::string(1, 'D') : risk;
    p.onHold = p.distress || (p.behaviour == Behaviour::ChronicLate && rng.percent(10));
    return p;
}

} // namespace duedesk::demo
