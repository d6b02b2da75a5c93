// Text and JSON forms of strategies and their rules.
#include "duedesk/reports/StrategyRendering.h"

#include "duedesk/domain/Money.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace duedesk {
namespace {

std::string padded(std::string text, std::size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
}

std::string nameOf(const std::vector<Strategy>& strategies, StrategyId id) {
    const auto it = std::ranges::find(strategies, id, &Strategy::id);
    return it != strategies.end() ? it->name : "strategy #" + std::to_string(id);
}

std::string amountText(std::int64_t minor, const std::optional<Currency>& reporting) {
    if (!reporting) return std::to_string(minor) + " (minor units)";
    return formatMinorUnits(minor, reporting->minorDigits(), ',') + " " + std::string(reporting->code());
}

} // namespace

std::string renderStrategiesText(const std::vector<Strategy>& strategies) {
    if (strategies.empty()) return "No strategies.\n";
    std::string out;
    for (const Strategy& s : strategies) {
        out += s.name + (s.active ? "" : " (inactive)") + ":";
        for (std::size_t i = 0; i < s.steps.size(); ++i)
            out += (i == 0 ? " +" : ", +") + std::to_string(s.steps[i].daysPastDue) + " " +
                   std::string(diaryActionName(s.steps[i].action));
        out += "\n";
    }
    return out;
}

std::string renderStrategiesJson(const std::vector<Strategy>& strategies) {
    using json = nlohmann::ordered_json;
    json doc = json::array();
    for (const Strategy& s : strategies) {
        json j;
        j["name"] = s.name;
        j["description"] = s.description;
        j["active"] = s.active;
        j["steps"] = json::array();
        for (const StrategyStep& step : s.steps)
            j["steps"].push_back(
                {{"days_past_due", step.daysPastDue}, {"action", diaryActionName(step.action)}, {"label", step.label}});
        doc.push_back(std::move(j));
    }
    return doc.dump(2) + "\n";
}

std::string renderStrategyText(const Strategy& s) {
    std::string out = s.name + (s.active ? "" : " (inactive)") + "\n";
    if (!s.description.empty()) out += s.description + "\n";
    for (const StrategyStep& step : s.steps)
        out += "  " + padded("+" + std::to_string(step.daysPastDue), 5) +
               padded(std::string(diaryActionName(step.action)), 8) + step.label + "\n";
    return out;
}

std::string renderStrategyRulesText(const std::vector<StrategyRule>& rules, const std::vector<Strategy>& strategies,
                                    const std::optional<Currency>& reporting) {
    if (rules.empty()) return "No rules: no account is given a strategy.\n";
    std::string out;
    for (const StrategyRule& r : rules) {
        std::vector<std::string> conditions;
        if (!r.riskClass.empty()) conditions.push_back("risk class " + r.riskClass);
        if (!r.customerType.empty()) conditions.push_back("customer type \"" + r.customerType + "\"");
        if (r.minOverdue) conditions.push_back("overdue at least " + amountText(*r.minOverdue, reporting));
        if (r.maxOverdue) conditions.push_back("overdue below " + amountText(*r.maxOverdue, reporting));
        std::string when;
        for (const std::string& c : conditions) when += (when.empty() ? "" : ", ") + c;
        out += "rank " + std::to_string(r.rank) + ": " + (when.empty() ? "every account" : when) + " -> " +
               nameOf(strategies, r.strategyId);
        if (r.challengerId && r.challengerPercent > 0)
            out += "; " + std::to_string(r.challengerPercent) + "% take " + nameOf(strategies, *r.challengerId);
        out += "\n";
    }
    return out;
}

} // namespace duedesk
