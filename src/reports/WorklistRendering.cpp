// Rendering the worklist: aligned columns for people, JSON for programs.
#include "duedesk/reports/WorklistRendering.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace duedesk {
namespace {

std::string amountText(const Money& m) { return std::string(m.currency().code()) + " " + m.toGroupedString(); }

// A request for attention on an account that is not the team leader's own
// has no overdue money of theirs.
bool noOverdue(const WorkItem& i) { return i.attention && i.overdue.isZero(); }
std::string overdueText(const WorkItem& i) { return noOverdue(i) ? "-" : amountText(i.overdue); }

std::string joined(const std::vector<std::string>& reasons) {
    std::string out;
    for (const auto& r : reasons) out += (out.empty() ? "" : "; ") + r;
    return out;
}

} // namespace

std::string renderWorklistText(const std::string& analyst, const Worklist& w, const DaySummary& day) {
    std::string out = fmt::format("{} on {}: {} due, {} worked, {} follow-up{} late, {} missed promise{} or "
                                  "instalment{}\n",
                                  analyst, w.on.toIso(), day.due, day.worked, day.overdueFollowUps,
                                  day.overdueFollowUps == 1 ? "" : "s", day.missedCommitments,
                                  day.missedCommitments == 1 ? "" : "s", day.missedCommitments == 1 ? "" : "s");
    out += fmt::format("left out: {} on hold, {} suspended by a plan or promise, {} scheduled later\n", w.held,
                       w.suspended, w.scheduled);
    if (w.items.empty()) return out;
    std::size_t numberWidth = 7, nameWidth = 4, amountWidth = 7;
    for (const WorkItem& i : w.items) {
        numberWidth = std::max(numberWidth, i.number.size());
        nameWidth = std::max(nameWidth, std::min<std::size_t>(30, i.name.size()));
        amountWidth = std::max(amountWidth, overdueText(i).size());
    }
    out += fmt::format("{:>4}  {:>5}  {:<{}}  {:<{}}  {:>{}}  {:>4}  {:<6}  {}\n", "rank", "score", "account",
                       numberWidth, "name", nameWidth, "overdue", amountWidth, "days", "action", "reasons");
    int rank = 0;
    for (const WorkItem& i : w.items) {
        const std::string name = i.name.size() > 30 ? i.name.substr(0, 29) + "~" : i.name;
        out += fmt::format("{:>4}  {:>5}  {:<{}}  {:<{}}  {:>{}}  {:>4}  {:<6}  {}\n", ++rank, i.score, i.number,
                           numberWidth, name, nameWidth, overdueText(i), amountWidth, i.daysPastDue,
                           diaryActionName(i.action), joined(i.reasons));
    }
    return out;
}

std::string renderWorklistJson(const std::string& analyst, const Worklist& w, const DaySummary& day) {
    using json = nlohmann::ordered_json;
    json doc;
    doc["analyst"] = analyst;
    doc["date"] = w.on.toIso();
    doc["due"] = day.due;
    doc["worked"] = day.worked;
    doc["follow_ups_late"] = day.overdueFollowUps;
    doc["missed_commitments"] = day.missedCommitments;
    doc["held"] = w.held;
    doc["suspended"] = w.suspended;
    doc["scheduled"] = w.scheduled;
    doc["items"] = json::array();
    int rank = 0;
    for (const WorkItem& i : w.items) {
        json item;
        item["rank"] = ++rank;
        item["score"] = i.score;
        item["account"] = i.number;
        item["name"] = i.name;
        item["currency"] = noOverdue(i) ? json(nullptr) : json(std::string(i.overdue.currency().code()));
        item["overdue"] = noOverdue(i) ? json(nullptr) : json(i.overdue.toDecimalString());
        item["days_past_due"] = i.daysPastDue;
        item["action"] = std::string(diaryActionName(i.action));
        item["reasons"] = i.reasons;
        item["follow_up_due"] = i.followUpDue ? json(i.followUpDue->toIso()) : json(nullptr);
        item["strategy_step"] = i.step ? json(i.step->label) : json(nullptr);
        doc["items"].push_back(std::move(item));
    }
    return doc.dump(2) + "\n";
}

} // namespace duedesk
