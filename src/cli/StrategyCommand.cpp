// duedesk-cli strategy: the team's collection strategies, the rules that
// choose among them, and assigning them to the overdue accounts.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"

#include "duedesk/reports/StrategyRendering.h"
#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/services/StrategyAssignments.h"
#include "duedesk/services/TeamSettings.h"

#include <charconv>
#include <iostream>

namespace duedesk::cli {
namespace {

void refuse(CliContext& context, const std::string& what, const StrategyRejected& e) {
    std::cerr << "duedesk-cli: " << e.what() << "\n";
    context.log.refused(what, e.what());
    context.exitCode = kRejected;
}

// "10:call:first call": the label is everything after the second colon.
StrategyStep parseStep(const std::string& text) {
    const auto usage = [&text](const std::string& why) {
        return UsageError("--step \"" + text + "\": " + why + " (DAYS:ACTION:LABEL, e.g. 10:call:first call)");
    };
    const auto first = text.find(':');
    const auto second = first == std::string::npos ? first : text.find(':', first + 1);
    if (second == std::string::npos) throw usage("not DAYS:ACTION:LABEL");
    StrategyStep step;
    const char* begin = text.data();
    const auto [end, error] = std::from_chars(begin, begin + first, step.daysPastDue);
    if (error != std::errc() || end != begin + first) throw usage("the days past due are not a whole number");
    const auto action = diaryActionFromName(std::string_view(text).substr(first + 1, second - first - 1));
    if (!action) throw usage("the action is one of call, email, letter, visit, review");
    step.action = *action;
    step.label = text.substr(second + 1);
    return step;
}

Strategy findStrategy(LedgerDatabase& db, const std::string& name) {
    auto strategy = CollectionStrategies(db).findByName(name);
    if (!strategy) throw UsageError("no strategy named \"" + name + "\"");
    return *strategy;
}

void addList(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("list", "List the strategies and their steps");
    auto format = std::make_shared<std::string>("text");
    cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&context, format] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const auto strategies = CollectionStrategies(*db).list();
        std::cout << (*format == "json" ? renderStrategiesJson(strategies) : renderStrategiesText(strategies));
    });
}

void addShow(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("show", "Show a strategy's steps with their labels");
    auto name = std::make_shared<std::string>();
    cmd->add_option("NAME", *name, "The strategy's name")->required();
    cmd->callback([&context, name] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        std::cout << renderStrategyText(findStrategy(*db, *name));
    });
}

void addSet(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("set", "Create a strategy, or replace the steps of one");
    struct Options {
        std::string name, user;
        std::vector<std::string> steps;
        std::optional<std::string> description;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("NAME", o->name, "The strategy's name")->required();
    cmd->add_option("--step", o->steps, "A step as DAYS:ACTION:LABEL, e.g. 10:call:first call; repeat for each")
        ->required();
    cmd->add_option("--description", o->description, "What the strategy is for (default: kept as it was)");
    cmd->add_option("--user", o->user, "Act as this user (default: the command line's operator)");
    cmd->callback([&context, o] {
        Strategy strategy;
        for (const std::string& step : o->steps) strategy.steps.push_back(parseStep(step));
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor actor = context.actor(*db, o->user);
        CollectionStrategies strategies(*db);
        const auto existing = strategies.findByName(o->name);
        strategy.name = existing ? existing->name : o->name;
        if (existing) {
            strategy.id = existing->id;
            strategy.description = existing->description;
            strategy.active = existing->active;
        }
        if (o->description) strategy.description = *o->description;
        try {
            strategies.save(strategy, actor);
        } catch (const StrategyRejected& e) {
            refuse(context, "strategy set", e);
            return;
        }
        const Strategy saved = *strategies.findByName(o->name);
        std::cout << (existing ? "Replaced the steps of " : "Created ") << renderStrategyText(saved);
    });
}

void addRules(CLI::App& parent, CliContext& context) {
    parent.add_subcommand("rules", "Print the rules that choose an account's strategy, in rank order")
        ->callback([&context] {
            auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
            CollectionStrategies strategies(*db);
            std::cout << renderStrategyRulesText(strategies.rules(), strategies.list(),
                                                 TeamSettings(*db).reportingCurrency());
        });
}

void addDefaults(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand(
        "defaults", "Add the default strategies whose names are free, and the default rules if there are none");
    auto user = std::make_shared<std::string>();
    cmd->add_option("--user", *user, "Act as this user (default: the command line's operator)");
    cmd->callback([&context, user] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        CollectionStrategies strategies(*db);
        const int added = strategies.installDefaults(context.actor(*db, *user));
        std::cout << "Added " << added << (added == 1 ? " strategy" : " strategies") << "; "
                  << strategies.rules().size() << (strategies.rules().size() == 1 ? " rule" : " rules")
                  << " in force.\n";
    });
}

void addAssign(CLI::App& parent, CliContext& context) {
    auto* cmd = parent.add_subcommand("assign", "Give every overdue account without a strategy one by the rules, and "
                                                "end the strategies of accounts no longer overdue");
    struct Options {
        std::string asOf, user;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--as-of", o->asOf, "The day (YYYY-MM-DD, default today)");
    cmd->add_option("--user", o->user, "Act as this user (default: the command line's operator)");
    cmd->callback([&context, o] {
        const Date asOf = CliContext::asOfOrToday(o->asOf, "--as-of");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const StrategyAssignmentCounts c = StrategyAssignments(*db).assign(asOf, context.actor(*db, o->user));
        std::cout << "Strategies as of " << asOf.toIso() << ": " << c.assigned << " assigned (" << c.challengers
                  << (c.challengers == 1 ? " challenger), " : " challengers), ") << c.kept << " kept, " << c.unmatched
                  << " matched no rule, " << c.ended << " ended.\n";
        if (c.withoutRate > 0)
            std::cout << c.withoutRate << (c.withoutRate == 1 ? " account owes" : " accounts owe")
                      << " in a currency without a rate: compared by its largest amount unconverted.\n";
    });
}

} // namespace

void addStrategyCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("strategy", "Collection strategies: list, show, set, rules, defaults, assign");
    cmd->require_subcommand(1);
    addList(*cmd, context);
    addShow(*cmd, context);
    addSet(*cmd, context);
    addRules(*cmd, context);
    addDefaults(*cmd, context);
    addAssign(*cmd, context);
}

} // namespace duedesk::cli
