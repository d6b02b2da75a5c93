// The worklist's priority score and its reasons. Simple on purpose: an
// analyst must be able to see why an account is where it is, and a team
// leader to predict it. docs/worklist.md states the same rules.
#include "duedesk/reports/Worklist.h"

#include "duedesk/domain/Money.h"

#include <algorithm>
#include <array>
#include <functional>
#include <tuple>

namespace duedesk {
namespace {

constexpr int kBrokenPromisePoints = 1000;
constexpr int kPartlyKeptPromisePoints = 900;
constexpr int kMissedInstalmentPoints = 800;
constexpr int kFollowUpPoints = 200;
constexpr int kFollowUpLatePointsPerDay = 10;
constexpr int kFollowUpLatePointsMax = 100;
constexpr int kNoFollowUpPoints = 150;
constexpr int kStepPoints = 50;
// A colleague asked for it by name: before even a broken promise.
constexpr int kAttentionPoints = 1200;
// Overdue money: weights 1, 2, 3 and 4 for 1-30, 31-60, 61-90 and over 90
// days, per 1,000 units of the reporting currency, at most 600 points.
constexpr std::array<int, 4> kAgeWeights{1, 2, 3, 4};
constexpr std::int64_t kUnitsPerPoint = 1000;
constexpr int kValuePointsMax = 600;

// "12 Nov": short, as an analyst writes a date in a note.
std::string shortDate(Date d) {
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(d.day()) + " " + kMonths[d.month() - 1];
}

// "£18,400", "€950", "JPY 120,000": whole units, as a reason reads.
std::string wholeAmount(std::int64_t minor, const Currency& currency) {
    const std::string units = formatMinorUnits(minor / currency.minorPerMajor(), 0, ',');
    const std::string_view code = currency.code();
    if (code == "GBP") return "\u00a3" + units;
    if (code == "EUR") return "\u20ac" + units;
    if (code == "USD") return "$" + units;
    return std::string(code) + " " + units;
}

// Minor units of `from` in the reporting currency, or as they are when
// there is no rate (documented: ranking then treats units alike).
std::int64_t inReporting(std::int64_t minor, const Currency& from, const ExchangeRateTable& rates) {
    if (from == rates.target()) return minor;
    return rates.convert(minor, from).value_or(minor);
}

int valuePoints(const std::vector<OverdueByAge>& overdue, const ExchangeRateTable& rates) {
    const Currency& target = rates.target();
    const std::int64_t perPoint = kUnitsPerPoint * target.minorPerMajor();
    std::int64_t weighted = 0;
    for (const OverdueByAge& o : overdue)
        for (std::size_t b = 0; b < 4; ++b) weighted += inReporting(o.minor[b], o.currency, rates) * kAgeWeights[b];
    return static_cast<int>(std::min<std::int64_t>(kValuePointsMax, weighted / perPoint));
}

// "£18,400 over 60 days": the money in the oldest age band that has any
// and every band after it.
std::optional<std::string> amountReason(const std::vector<OverdueByAge>& overdue, const ExchangeRateTable& rates) {
    std::size_t oldest = 0;
    bool any = false;
    for (const OverdueByAge& o : overdue)
        for (std::size_t b = 0; b < 4; ++b)
            if (o.minor[b] > 0) {
                oldest = any ? std::max(oldest, b) : b;
                any = true;
            }
    if (!any) return std::nullopt;
    static constexpr std::array<const char*, 4> kPhrases{"overdue", "over 30 days", "over 60 days", "over 90 days"};
    const auto sumFrom = [&](const OverdueByAge& o) {
        std::int64_t sum = 0;
        for (std::size_t b = oldest; b < 4; ++b) sum += o.minor[b];
        return sum;
    };
    if (overdue.size() == 1)
        return wholeAmount(sumFrom(overdue.front()), overdue.front().currency) + " " + kPhrases[oldest];
    std::int64_t total = 0;
    for (const OverdueByAge& o : overdue) total += inReporting(sumFrom(o), o.currency, rates);
    return wholeAmount(total, rates.target()) + " " + kPhrases[oldest] + " (" + std::to_string(overdue.size()) +
           " currencies)";
}

std::string missedReason(const MissedCommitment& m) {
    switch (m.kind) {
    case MissedCommitment::Kind::Promise: return "broken promise " + shortDate(m.promisedFor);
    case MissedCommitment::Kind::PartlyKeptPromise:
        return "promise " + shortDate(m.promisedFor) + " part paid (" +
               wholeAmount(m.paid.minorUnits(), m.paid.currency()) + " of " +
               wholeAmount(m.promised.minorUnits(), m.promised.currency()) + ")";
    case MissedCommitment::Kind::Instalment: return "missed instalment " + shortDate(m.promisedFor);
    }
    return {};
}

int missedPoints(const MissedCommitment& m) {
    switch (m.kind) {
    case MissedCommitment::Kind::Promise: return kBrokenPromisePoints;
    case MissedCommitment::Kind::PartlyKeptPromise: return kPartlyKeptPromisePoints;
    case MissedCommitment::Kind::Instalment: return kMissedInstalmentPoints;
    }
    return 0;
}

std::optional<std::string> riskReason(const std::string& riskClass, int& points) {
    if (riskClass == "D") {
        points += 60;
        return "high risk";
    }
    if (riskClass == "C") {
        points += 30;
        return "elevated risk";
    }
    return std::nullopt;
}

} // namespace

std::optional<WorkItem> rankAccount(const WorklistAccountFacts& f, Date on, const DiarySettings& settings,
                                    const ExchangeRateTable& rates) {
    if (f.hold && f.hold->pausesOn(on)) return std::nullopt;
    const bool overdue = !f.overdue.empty();
    const bool resting =
        f.lastContact && on - *f.lastContact < settings.minimumContactIntervalDays && *f.lastContact <= on;
    // The strategy waits while a plan is kept or a promise is pending.
    const bool strategyWaits = f.planInGoodStanding || (f.promisePending && *f.promisePending >= on);

    WorkItem item;
    item.account = f.id;
    item.number = f.number;
    item.name = f.name;
    bool due = false;
    int points = 0;
    std::optional<DiaryAction> action;
    const auto noteDue = [&](Date d) { item.dueSince = item.dueSince ? std::min(*item.dueSince, d) : d; };

    int strongest = 0;
    for (const MissedCommitment& m : f.missed) {
        item.reasons.push_back(missedReason(m));
        strongest = std::max(strongest, missedPoints(m));
        noteDue(m.promisedFor);
        due = true;
    }
    points += strongest;
    item.missedCommitments = static_cast<int>(f.missed.size());
    if (!f.missed.empty()) action = DiaryAction::Call;

    if (!f.dueEntries.empty()) {
        const DiaryEntry& first = f.dueEntries.front();
        const int late = on - first.dueOn;
        item.reasons.push_back(late == 0 ? "follow-up today" : "follow-up due " + shortDate(first.dueOn));
        points += kFollowUpPoints + std::min(kFollowUpLatePointsMax, late * kFollowUpLatePointsPerDay);
        item.diaryEntryId = first.id;
        item.followUpDue = first.dueOn;
        noteDue(first.dueOn);
        if (!action) action = first.action;
        due = true;
    }
    if (f.dueStep && !strategyWaits && !resting) {
        item.reasons.push_back(f.dueStep->label + " due (day " + std::to_string(f.dueStep->daysPastDue) + ")");
        points += kStepPoints;
        item.step = f.dueStep;
        item.strategyId = f.strategyId;
        if (f.oldestOverdueDue) noteDue(f.oldestOverdueDue->addDays(f.dueStep->daysPastDue));
        if (!action) action = f.dueStep->action;
        due = true;
    }
    if (overdue && !f.nextEntryDue && !strategyWaits && !resting && !due) {
        item.reasons.push_back("no follow-up set");
        points += kNoFollowUpPoints;
        if (!action) action = DiaryAction::Call;
        due = true;
    }
    if (!due) return std::nullopt;

    if (const auto amount = amountReason(f.overdue, rates)) item.reasons.push_back(*amount);
    points += valuePoints(f.overdue, rates);
    if (const auto risk = riskReason(f.riskClass, points)) item.reasons.push_back(*risk);

    item.score = points;
    item.action = action.value_or(DiaryAction::Call);
    std::int64_t total = 0;
    for (const OverdueByAge& o : f.overdue) total += inReporting(o.total(), o.currency, rates);
    item.overdue = f.overdue.size() == 1 && f.overdue.front().currency != rates.target()
                       ? Money(f.overdue.front().total(), f.overdue.front().currency)
                       : Money(total, rates.target());
    if (f.oldestOverdueDue) item.daysPastDue = std::max(0, on - *f.oldestOverdueDue);
    return item;
}

Worklist rankWorklist(std::span<const WorklistAccountFacts> accounts, Date on, const DiarySettings& settings,
                      const ExchangeRateTable& rates) {
    Worklist list;
    list.on = on;
    std::vector<std::pair<std::int64_t, WorkItem>> ranked; // with the overdue in reporting units, for ties
    for (const WorklistAccountFacts& f : accounts) {
        if (auto item = rankAccount(f, on, settings, rates)) {
            std::int64_t total = 0;
            for (const OverdueByAge& o : f.overdue) total += inReporting(o.total(), o.currency, rates);
            ranked.emplace_back(total, std::move(*item));
            continue;
        }
        if (f.overdue.empty() && !f.overdueAllDisputed) continue;
        if (f.hold && f.hold->pausesOn(on))
            ++list.held;
        else if (f.planInGoodStanding || f.promisePending || f.overdueAllDisputed)
            ++list.suspended;
        else
            ++list.scheduled;
    }
    std::ranges::sort(ranked, [](const auto& a, const auto& b) {
        return std::tie(b.second.score, b.first, a.second.number) < std::tie(a.second.score, a.first, b.second.number);
    });
    list.items.reserve(ranked.size());
    for (auto& [total, item] : ranked) list.items.push_back(std::move(item));
    return list;
}

void addAttentionItems(Worklist& worklist, std::span<const AttentionRequest> requests, const Currency& reporting) {
    bool added = false;
    for (const AttentionRequest& a : requests) {
        if (!a.openOn(worklist.on)) continue;
        const std::string reason = "needs management attention (" +
                                   (a.raisedByName.empty() ? std::string("raised") : a.raisedByName) + ", " +
                                   shortDate(a.raisedOn) + "): " + a.reason;
        auto it = std::ranges::find(worklist.items, a.accountId, &WorkItem::account);
        if (it == worklist.items.end()) {
            WorkItem item;
            item.account = a.accountId;
            item.number = a.accountNumber;
            item.name = a.accountName;
            item.action = DiaryAction::Review;
            item.overdue = Money::zero(reporting);
            worklist.items.push_back(std::move(item));
            it = worklist.items.end() - 1;
        }
        // Several requests on one account count once, the earliest first.
        if (!it->attention) {
            it->score += kAttentionPoints;
            it->attention = a.id;
            it->reasons.insert(it->reasons.begin(), reason);
        } else {
            it->reasons.insert(it->reasons.begin() + 1, reason);
        }
        it->dueSince = it->dueSince ? std::min(*it->dueSince, a.raisedOn) : a.raisedOn;
        added = true;
    }
    if (added) std::ranges::stable_sort(worklist.items, std::ranges::greater(), &WorkItem::score);
}

} // namespace duedesk
