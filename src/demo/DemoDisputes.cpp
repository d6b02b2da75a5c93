// The demo's disputes. Each account draws from a stream of its own, so the
// disputes leave the ledger's figures and the diary as they were.
#include "demo/DemoDisputes.h"

#include "demo/DemoRandom.h"
#include "duedesk/domain/DisputeRules.h"
#include "duedesk/domain/WorklistFacts.h"
#include "duedesk/storage/DisputeRepository.h"
#include "duedesk/storage/OpenDocumentsQuery.h"
#include "duedesk/storage/SettingsRepository.h"
#include "duedesk/storage/WorklistQuery.h"

#include <algorithm>

namespace duedesk::demo {
namespace {

std::uint64_t accountSeed(std::uint64_t seed, AccountId account) {
    DemoRandom mix(seed ^ 0xD15B07Eull ^ (static_cast<std::uint64_t>(account) * 0xC2B2AE3D27D4EB4Full));
    return mix.next();
}

// Reasons as often as a collections team meets them: pricing and short
// deliveries lead, deductions and missing orders follow.
constexpr DisputeReason kReasons[] = {
    DisputeReason::Pricing,
    DisputeReason::Pricing,
    DisputeReason::Pricing,
    DisputeReason::Quantity,
    DisputeReason::Quantity,
    DisputeReason::NotReceived,
    DisputeReason::DuplicateBilling,
    DisputeReason::MissingPurchaseOrder,
    DisputeReason::MissingPurchaseOrder,
    DisputeReason::Quality,
    DisputeReason::Deduction,
    DisputeReason::Deduction,
    DisputeReason::Other,
};

const char* ownerFor(DisputeReason reason, DemoRandom& rng) {
    switch (reason) {
    case DisputeReason::Pricing: return rng.percent(50) ? "Pricing desk (J. Hale)" : "Sales operations";
    case DisputeReason::Quantity:
    case DisputeReason::NotReceived: return rng.percent(50) ? "Logistics (K. Brandt)" : "Warehouse team";
    case DisputeReason::DuplicateBilling:
    case DisputeReason::MissingPurchaseOrder: return "Billing team";
    case DisputeReason::Quality: return "Quality assurance";
    case DisputeReason::Deduction: return "Deductions desk (M. Osei)";
    case DisputeReason::Other: return "Sales operations";
    }
    return "Sales operations";
}

const char* noteFor(DisputeReason reason) {
    switch (reason) {
    case DisputeReason::Pricing: return "Customer says the contract price was not applied";
    case DisputeReason::Quantity: return "Delivery short against the invoice";
    case DisputeReason::NotReceived: return "Customer has no proof of delivery";
    case DisputeReason::DuplicateBilling: return "Billed twice for the same order";
    case DisputeReason::MissingPurchaseOrder: return "Customer needs a PO number on the invoice";
    case DisputeReason::Quality: return "Goods returned as faulty";
    case DisputeReason::Deduction: return "Customer deducted a promotion allowance";
    case DisputeReason::Other: return "Query with the account manager";
    }
    return "";
}

} // namespace

DisputeCounts writeDemoDisputes(LedgerDatabase& database, const DemoOptions& options,
                                const std::vector<UserId>& analysts) {
    DisputeCounts counts;
    DisputeRepository& disputes = database.disputes();
    const DisputeServiceLevels levels = readDisputeServiceLevels(database.settings());
    const Date asOf = options.asOf;
    for (const UserId analyst : analysts) {
        for (const WorklistAccountFacts& f : database.worklist().forAnalyst(analyst, asOf)) {
            if (!f.oldestOverdueDue) continue;
            DemoRandom rng(accountSeed(options.seed, f.id));
            if (rng.between(0, 999) >= 36) continue; // 3.6%
            OpenDocumentsScope scope;
            scope.account = f.id;
            std::vector<Document> overdue;
            for (OpenDocument& d : database.openDocuments().forScope(scope, asOf))
                if (d.document.type == DocumentType::Invoice && d.document.dueDate < asOf &&
                    d.document.openAmount.isPositive())
                    overdue.push_back(std::move(d.document));
            if (overdue.empty()) continue;

            Dispute d;
            d.accountId = f.id;
            d.reason = rng.pick(kReasons);
            d.owner = ownerFor(d.reason, rng);
            d.note = noteFor(d.reason);
            d.raisedBy = analyst;
            // Raised after the first invoice it names was issued.
            const Document& first = overdue[static_cast<std::size_t>(rng.between(0, std::ssize(overdue) - 1))];
            // Most were raised in the last two weeks; older ones are mostly settled.
            const auto ago = rng.percent(65) ? rng.between(1, 14) : rng.between(15, 56);
            d.raisedOn = std::max(first.documentDate, asOf.addDays(-static_cast<std::int32_t>(ago)));
            d.dueOn = disputeDueDate(d.raisedOn, d.reason, levels);
            // Mostly part of one invoice (a price difference, a short
            // delivery); a duplicate or a missing order is the whole of it.
            const bool whole = d.reason == DisputeReason::DuplicateBilling ||
                               d.reason == DisputeReason::MissingPurchaseOrder || rng.percent(20);
            const Money open = first.openAmount;
            const Money part(std::max<std::int64_t>(1, open.minorUnits() * rng.between(10, 60) / 100), open.currency());
            d.invoices.push_back({first.id, first.number, whole ? open : part});
            if (overdue.size() > 1 && rng.percent(12)) {
                const Document& second = overdue[first.id == overdue.front().id ? 1 : 0];
                if (second.amount.currency() == open.currency() && second.documentDate <= d.raisedOn)
                    d.invoices.push_back({second.id, second.number, second.openAmount});
            }

            // Where it stands now: the older it is, the likelier decided.
            const int age = asOf - d.raisedOn;
            const auto roll = rng.between(0, 99);
            DisputeState outcome = DisputeState::Open;
            if (age >= 3 && roll < 45) outcome = DisputeState::Investigating;
            // Past its service level, most were decided by now.
            const bool late = age > levels.daysFor(d.reason);
            if (age >= 6 && (roll >= 60 || (late && roll >= 30))) {
                outcome = roll < 78   ? DisputeState::Credited
                          : roll < 92 ? DisputeState::Rejected
                                      : DisputeState::Withdrawn;
            }
            const Date investigated =
                d.raisedOn.addDays(static_cast<std::int32_t>(rng.between(1, std::clamp(age - 1, 1, 5))));
            std::optional<Date> closed;
            if (!isActive(outcome))
                closed =
                    std::min(asOf.addDays(-1), investigated.addDays(static_cast<std::int32_t>(rng.between(1, 20))));
            d.state = outcome;
            d.closedOn = closed;
            d.id = disputes.add(d);
            ++counts.disputes;

            DisputeEvent e;
            e.disputeId = d.id;
            e.owner = d.owner;
            e.recordedBy = analyst;
            e.state = DisputeState::Open;
            e.note = d.note;
            e.recordedOn = d.raisedOn;
            disputes.addEvent(e);
            if (outcome != DisputeState::Open && outcome != DisputeState::Withdrawn) {
                e.state = DisputeState::Investigating;
                e.note = "Passed to " + d.owner;
                e.recordedOn = investigated;
                disputes.addEvent(e);
            }
            if (closed) {
                e.state = outcome;
                e.note = outcome == DisputeState::Credited   ? "Credit note requested"
                         : outcome == DisputeState::Rejected ? "Invoice confirmed correct; customer to pay"
                                                             : "Customer withdrew the query";
                e.recordedOn = *closed;
                disputes.addEvent(e);
            }
            if (d.activeOn(asOf)) {
                ++counts.active;
                if (pastServiceLevel(d, asOf)) ++counts.pastServiceLevel;
            }
        }
    }
    return counts;
}

} // namespace duedesk::demo
